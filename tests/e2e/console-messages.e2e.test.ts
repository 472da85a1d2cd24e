import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Locator, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { en } from '../../packages/widget/src/i18n/en.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { type BrowserSession, useBrowserSession } from '../support/browser-session.js';
import { chromiumPath } from '../support/chromium.js';
import { bookWithApi, signedInConsole } from '../support/console-page.js';
import { DEMO_ADMIN } from '../support/console-sign-in.js';
import { openPartnerPage, screenshotStep } from '../support/partner-page.js';

const executablePath = chromiumPath();

/**
 * The API settings of this file: the outbox worker looks every 100 ms (not every second), webhooks may call
 * a receiver on this machine, and a failing call is tried three times, a fraction of a second apart.
 */
const API_ENV = {
  // known here, to sign an unsubscribe link as a follow-up's would be
  TOKEN_SECRET: 'console-messages-e2e-token-secret-0123456789',
  OUTBOX_POLL_MS: '100',
  WEBHOOK_ALLOW_LOOPBACK: 'true',
  OUTBOX_RETRY_BASE_MS: '200',
  OUTBOX_MAX_ATTEMPTS: '3',
};

type Headers = Record<string, string>;

/** The demo partner's widget, as it calls from the demo partner page: its publishable key, from its origin. */
const asDemoPartner = (session: BrowserSession): Headers => ({
  'X-Partner-Key': 'pk_demo_harbourside',
  Origin: new URL(session.stack().partnerUrl).origin,
});

type Received = { path: string; headers: Record<string, string | string[] | undefined>; body: string };

/** A partner's webhook receiver on 127.0.0.1, answering every call with `status()`, and what it was sent. */
async function startReceiver(status: () => number) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      res.writeHead(status()).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Presses a list's Refresh until `row` shows: the list asks again by itself only while a row on it is due. */
async function refreshUntil(page: Page, list: string, row: Locator) {
  await expect
    .poll(
      async () => {
        if ((await row.count()) > 0) return true;
        await page.getByRole('main').getByRole('button', { name: 'Refresh' }).click();
        await page.waitForTimeout(300);
        return (await row.count()) > 0;
      },
      { message: `${list} never showed the row` },
    )
    .toBe(true);
}

describe.skipIf(!executablePath)('messages and webhooks in the console, in a real browser', () => {
  const session = useBrowserSession(executablePath ?? '', undefined, API_ENV);
  const receivers: { close: () => Promise<unknown> }[] = [];
  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.close()));
  });

  it("an admin reads a booking's confirmation, kept without a mail server, with its calendar invite", async () => {
    const { reference } = await bookWithApi(session, 'Message Reader', 3);
    const { page, errors } = await signedInConsole(session, DEMO_ADMIN, '/dashboard');
    const main = page.getByRole('main');
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Messages' }).click();
    await main.getByRole('heading', { name: 'Messages', level: 1 }).waitFor();
    await main.getByText(/When no mail server \(SMTP\) is set up/).waitFor();

    const emails = main.getByRole('table', { name: 'Emails' });
    const row = emails
      .getByRole('row')
      .filter({ hasText: reference })
      .filter({ hasText: 'booking.confirmation' })
      .filter({ hasText: 'Kept, not sent' });
    await refreshUntil(page, 'the messages', row);
    await expectNoAxeViolations(page, 'the messages list');
    await screenshotStep(page, 'messages-list');

    await row.getByRole('link', { name: `Booking confirmed: ${reference}` }).click();
    await main.getByRole('heading', { name: `Booking confirmed: ${reference}`, level: 1 }).waitFor();
    const headers = main.getByRole('table', { name: 'Headers' });
    expect(await headers.getByRole('row', { name: /^Message-ID/ }).textContent()).toMatch(/<[^>]+@[^>]+>/);
    expect(await headers.getByRole('row', { name: /^Kept/ }).textContent()).toMatch(/not sent to anyone/);

    const frame = main.locator('iframe');
    expect(await frame.getAttribute('sandbox')).toBe('');
    expect(await frame.getAttribute('title')).toMatch(/as its recipient sees it/);
    expect(await frame.getAttribute('srcdoc')).toContain(reference);

    const facts = main.getByRole('table', { name: 'Invite facts' });
    const value = (name: string) => facts.getByRole('row', { name: new RegExp(`^${name}`) }).getByRole('cell');
    expect(await value('METHOD').textContent()).toBe('REQUEST');
    expect(await value('SEQUENCE').textContent()).toMatch(/^\d+$/);
    expect(await value('DTSTART').textContent()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} Australia\/Sydney$/);
    const download = main.getByRole('link', { name: /Download the invite/ });
    expect(await download.getAttribute('download')).toBe(`${reference}.ics`);
    expect(await download.getAttribute('href')).toMatch(/^data:text\/calendar/);
    await main.getByText(/^BEGIN:VCALENDAR/).waitFor();

    await main.getByRole('tab', { name: 'Plain text' }).click();
    await main.getByRole('tabpanel').getByText(reference).first().waitFor();
    await main.getByRole('tab', { name: /HTML/ }).click();
    await expectNoAxeViolations(page, 'a kept confirmation with its invite');
    await screenshotStep(page, 'messages-confirmation-with-invite');
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('an admin adds webhook endpoints to the demo partner; its booking is delivered, signed, and a failed call is resent', async () => {
    const ok = await startReceiver(() => 204);
    let failingStatus = 500;
    const failing = await startReceiver(() => failingStatus);
    receivers.push(ok, failing);

    const { page, errors } = await signedInConsole(session, DEMO_ADMIN, '/partners');
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Harbourside Physio' }).click();
    await main.getByRole('heading', { name: 'Webhooks', level: 2 }).waitFor();
    await main.getByText('No endpoints yet.').waitFor();

    const form = main.getByRole('form', { name: 'Add a webhook endpoint' });
    // the API's refusal, beside the field
    await form.getByLabel(/^URL/).fill('hooks.example');
    await form.getByLabel('booking.created').check();
    await form.getByRole('button', { name: 'Add the endpoint' }).click();
    await form.getByText(/must be an absolute URL/).waitFor();

    await form.getByLabel(/^URL/).fill(ok.url);
    await form.getByRole('button', { name: 'Add the endpoint' }).click();
    const shown = page.getByRole('dialog', { name: "The endpoint's signing secret" });
    await shown.getByText(/shown only this once/).waitFor();
    const secret = ((await shown.getByLabel('Signing secret').textContent()) ?? '').trim();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{20,}$/);
    await expectNoAxeViolations(page, 'the new signing secret');
    await shown.getByRole('button', { name: 'Done' }).click();
    await shown.waitFor({ state: 'detached' });
    // shown once: nowhere on the page any more
    expect(await page.getByText(secret).count()).toBe(0);
    const endpoints = main.getByRole('table', { name: 'Webhook endpoints' });
    await endpoints
      .getByRole('row', { name: new RegExp(ok.url) })
      .getByText('booking.created')
      .waitFor();

    await form.getByLabel(/^URL/).fill(failing.url);
    await form.getByLabel('booking.created').check();
    await form.getByRole('button', { name: 'Add the endpoint' }).click();
    await page
      .getByRole('dialog', { name: "The endpoint's signing secret" })
      .getByRole('button', { name: 'Done' })
      .click();
    await endpoints.getByRole('row', { name: new RegExp(failing.url) }).waitFor();

    // the demo partner's booking, made as its widget makes it
    const { reference } = await bookWithApi(session, 'Webhook Client', 5, asDemoPartner(session));

    const log = main.getByRole('table', { name: 'Webhook deliveries' });
    const delivered = log
      .getByRole('row')
      .filter({ hasText: ok.url })
      .filter({ hasText: reference })
      .filter({ hasText: 'Sent' })
      .filter({ hasText: '204' });
    await refreshUntil(page, 'the delivery log', delivered);
    const dead = log
      .getByRole('row')
      .filter({ hasText: failing.url })
      .filter({ hasText: reference })
      .filter({ hasText: 'Failed' });
    await refreshUntil(page, 'the delivery log', dead);
    expect(await dead.getByRole('cell').nth(4).textContent()).toBe('3');
    expect(await dead.getByRole('cell').nth(5).textContent()).toBe('500');
    expect(failing.received).toHaveLength(3);

    // what the receiver got: booking.created for the reference, signed with the secret shown once
    const call = ok.received.find((r) => r.body.includes(reference));
    expect(call?.path).toBe('/hooks');
    const payload = JSON.parse(call?.body ?? '{}') as { type?: string; data?: { booking?: { reference?: string } } };
    expect(payload.type).toBe('booking.created');
    expect(payload.data?.booking?.reference).toBe(reference);
    const signature = String(call?.headers['x-mm-signature'] ?? '');
    const t = /(?:^|,)t=(\d+)/.exec(signature)?.[1];
    const expected = createHmac('sha256', secret).update(`${t}.${call?.body}`).digest('hex');
    expect(signature.split(',')).toContain(`v1=${expected}`);

    await expectNoAxeViolations(page, 'the partner page with its webhooks and delivery log');
    await screenshotStep(page, 'partner-webhook-delivery-log');

    // the partner fixes its server; the failed call is sent again and now delivered
    failingStatus = 204;
    await dead.getByRole('button', { name: 'Resend…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Send this call again?' });
    await confirm.getByText(reference).waitFor();
    await confirm.getByRole('button', { name: 'Send again' }).click();
    await confirm.waitFor({ state: 'detached' });
    const resent = log
      .getByRole('row')
      .filter({ hasText: failing.url })
      .filter({ hasText: reference })
      .filter({ hasText: 'Sent' })
      .filter({ hasText: '204' });
    await refreshUntil(page, 'the delivery log', resent);
    expect(failing.received).toHaveLength(4);

    // rotating shows a new secret once; removing stops the endpoint
    const failingRow = endpoints.getByRole('row', { name: new RegExp(failing.url) });
    await failingRow.getByRole('button', { name: 'Rotate secret…' }).click();
    await page
      .getByRole('dialog', { name: 'Rotate the signing secret?' })
      .getByRole('button', { name: 'Rotate the secret' })
      .click();
    const rotated = page.getByRole('dialog', { name: "The endpoint's signing secret" });
    await rotated.getByText(/shown only this once/).waitFor();
    await rotated.getByRole('button', { name: 'Done' }).click();
    // the secret it replaced still signs, until a day from now
    await expect.poll(() => failingRow.getByRole('cell').nth(3).textContent()).toMatch(/AEDT|AEST/);
    await failingRow.getByRole('button', { name: 'Remove…' }).click();
    await page
      .getByRole('dialog', { name: 'Remove this endpoint?' })
      .getByRole('button', { name: 'Remove the endpoint' })
      .click();
    await failingRow.waitFor({ state: 'detached' });
    expect(await endpoints.getByRole('row').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it("opens the emails' manage link on the API's own booking page; the kept copy's link, without its token, is refused", async () => {
    const { reference, manageToken } = await bookWithApi(session, 'Link Follower', 9);
    const base = new URL(session.stack().apiUrl).origin;
    const page = await openPartnerPage(session, { base, path: `/book#mm-manage=${reference}.${manageToken}` });
    await page.widget.locator('[part="summary"]').getByText(reference).waitFor();
    await expectNoAxeViolations(page.page, 'the booking page in manage mode');
    await page.widget.getByRole('button', { name: en.cancel }).waitFor();
    expect(page.errors).toEqual([]);
    expect(page.violations).toEqual([]);

    const kept = await openPartnerPage(session, { base, path: `/book#mm-manage=${reference}.token-not-kept` });
    await kept.widget.getByText(en.manageNotFound).waitFor();

    // The follow-ups' unsubscribe page: shown by GET, done by its button (a POST); a forged link is refused.
    const client = crypto.randomUUID();
    const token = createHmac('sha256', API_ENV.TOKEN_SECRET).update(`stop-followups:${client}`).digest('base64url');
    const stop = page.page;
    await stop.goto(`${base}/messages/unsubscribe?client=${client}&token=${token}`);
    await stop.getByRole('heading', { name: 'Stop follow-up emails' }).waitFor();
    await expectNoAxeViolations(stop, 'the unsubscribe page');
    await stop.getByRole('button', { name: 'Stop follow-up emails' }).click();
    await stop.getByRole('heading', { name: 'Done' }).waitFor();
    await expectNoAxeViolations(stop, 'unsubscribed');
    await stop.goto(`${base}/messages/unsubscribe?client=${client}&token=forged`);
    await stop.getByRole('heading', { name: 'This link is not valid' }).waitFor();
    await expectNoAxeViolations(stop, 'a forged unsubscribe link');
  });
});
