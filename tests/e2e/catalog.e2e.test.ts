import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.js';
import { chromiumPath } from '../support/chromium.js';
import { DEMO_COORDINATOR, signInToConsole } from '../support/console-sign-in.js';

const executablePath = chromiumPath();

const tiers = ['$139.00', '$174.00', '$199.00', '$259.00'];

describe.skipIf(!executablePath)('the catalogue in a real browser', () => {
  const session = useBrowserSession(executablePath ?? '');

  it('the partner page embeds the widget, which shows the treatments and price tiers from the API', async () => {
    const page = await session.browser().newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(session.stack().partnerUrl);
    const widget = page.locator('mm-booking');
    // The postcode comes first: the treatments follow once it is known to be served.
    await widget.getByLabel('Postcode of the visit').fill('2000');
    await widget.getByRole('button', { name: 'Continue' }).click();
    for (const price of tiers) await expect.poll(() => widget.getByText(price).count()).toBeGreaterThan(0);
    await expect.poll(() => widget.getByText('60 min').count()).toBeGreaterThan(0);
    await expect.poll(() => widget.getByText('Medical massage').count()).toBeGreaterThan(0);
    await expect.poll(() => widget.getByText('Deep tissue massage').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('the admin console, once signed in, lists the same treatments and price tiers', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.stack().adminUrl);
    await signInToConsole(page, DEMO_COORDINATOR);
    for (const price of tiers) await expect.poll(() => page.getByText(price).count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Medical massage').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText('Lymphatic drainage').count()).toBeGreaterThan(0);
  });
});
