import { createServer, type Server } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { en } from '../../packages/widget/src/i18n/en.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowserSession } from '../support/browser-session.js';
import { chromiumPath } from '../support/chromium.js';
import { signedInConsole } from '../support/console-page.js';
import { DEMO_ADMIN } from '../support/console-sign-in.js';
import { screenshotStep } from '../support/partner-page.js';

const executablePath = chromiumPath();

/** A page on an origin of its own, holding whatever HTML it is given. */
async function servePage(html: () => string): Promise<{ origin: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, server };
}

describe.skipIf(!executablePath)('an admin brings a new partner on, in a real browser', () => {
  const session = useBrowserSession(executablePath ?? '');
  let snippet = '';
  let site: { origin: string; server: Server } | undefined;
  afterAll(async () => {
    await new Promise((resolve) => (site ? site.server.close(resolve) : resolve(undefined)));
  });

  it('creates a partner, pastes its snippet into a page on another origin and books there; a revoked secret key is refused', async () => {
    site = await servePage(
      () => `<!doctype html><html lang="en"><head><title>Riverside Gym</title></head>
        <body><main><h1>Book a massage at Riverside Gym</h1>${snippet}</main></body></html>`,
    );
    const { page, errors } = await signedInConsole(session, DEMO_ADMIN, '/partners');
    const main = page.getByRole('main');
    await main.getByRole('table', { name: 'Partners' }).waitFor();
    await expectNoAxeViolations(page, 'the partners list');
    const add = main.getByRole('form', { name: 'Partner' });
    await add.getByLabel(/^Name/).fill('Riverside Gym');
    await add.getByLabel(/^Web origins/).fill(`${site.origin}/booking`);
    await add.getByRole('button', { name: 'Add the partner' }).click();
    await add.getByText(/An origin is a scheme, host and port/).waitFor();
    await add.getByLabel(/^Web origins/).fill(site.origin);
    await add.getByRole('button', { name: 'Add the partner' }).click();

    await main.getByRole('heading', { name: 'Riverside Gym', level: 1 }).waitFor();
    await main.getByText('Issue a publishable key below to get the snippet.').waitFor();
    await main.getByRole('button', { name: 'New publishable key' }).click();
    await page.getByRole('dialog', { name: 'The new publishable key' }).getByRole('button', { name: 'Done' }).click();
    const code = main.getByLabel('Embed snippet');
    await code.waitFor();
    snippet = (await code.textContent()) ?? '';
    expect(snippet).toMatch(
      /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/widget\/mm-booking\.js"><\/script>/,
    );
    expect(snippet).toMatch(/partner-key="pk_[A-Za-z0-9_-]+"/);
    await expectNoAxeViolations(page, 'the partner page');

    // The partner's page, on its own origin, with the snippet as pasted.
    const visitor = await session.browser().newPage();
    const pageErrors: string[] = [];
    visitor.on('pageerror', (e) => pageErrors.push(e.message));
    await visitor.goto(site.origin);
    const widget = visitor.locator('mm-booking');
    const forward = (name = en.continue) => widget.getByRole('button', { name, exact: true }).click();
    await widget.getByLabel(en.postcodeLabel).fill('2000');
    await forward();
    await widget.getByRole('radio', { name: /^Deep tissue/ }).click();
    await forward();
    await widget.getByRole('radio', { name: /^60 / }).check();
    await forward();
    await widget.locator('[part="time"]').first().click();
    await forward();
    await widget.getByLabel(en.name, { exact: true }).fill('Gym Member');
    await widget.getByLabel(en.email, { exact: true }).fill('gym.member@example.com');
    await widget.getByLabel(en.phone, { exact: true }).fill('0412 345 678');
    await widget.getByLabel(en.line1, { exact: true }).fill('3 River Rd');
    await widget.getByLabel(en.suburb, { exact: true }).fill('Sydney');
    await widget.getByLabel(en.consent).check();
    await forward(en.review);
    await forward(en.confirm);
    await widget.getByRole('heading', { name: en.stepTitle.done, level: 2 }).waitFor();
    const reference = (await widget.locator('[part="summary"] strong').textContent()) ?? '';
    expect(pageErrors).toEqual([]);

    // A secret key sees the partner's bookings, until it is revoked.
    await main.getByRole('button', { name: 'New secret key' }).click();
    const shown = page.getByRole('dialog', { name: 'The new secret key' });
    const secret = ((await shown.getByLabel('New key').textContent()) ?? '').trim();
    await shown.getByRole('button', { name: 'Done' }).click();
    const asPartner = () =>
      fetch(session.stack().apiUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` },
        body: JSON.stringify({ query: '{ partnerBookings(first: 10) { edges { node { reference } } } }' }),
      }).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
      }));
    const before = await asPartner();
    expect(JSON.stringify(before.body.data)).toContain(reference);

    const row = main.getByRole('table', { name: 'Keys' }).getByRole('row', { name: /Secret/ });
    await row.getByRole('button', { name: 'Revoke…' }).click();
    await page
      .getByRole('dialog', { name: 'Revoke this key?' })
      .getByRole('button', { name: 'Revoke the key' })
      .click();
    await row.getByText(/^Revoked/).waitFor();
    await screenshotStep(page, 'console-partner-key-revoked');
    const after = await asPartner();
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const details = main.getByRole('form', { name: 'Partner' });
    await details.getByLabel(/^Name/).fill('Riverside Gym & Spa');
    await details.getByRole('button', { name: 'Save the partner' }).click();
    await details.getByRole('status').getByText('Saved.').waitFor();
    await main.getByRole('heading', { name: 'Riverside Gym & Spa', level: 1 }).waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
