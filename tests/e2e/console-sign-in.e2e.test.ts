import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowserSession } from '../support/browser-session.js';
import { chromiumPath } from '../support/chromium.js';
import { DEMO_COORDINATOR, signInToConsole } from '../support/console-sign-in.js';

const executablePath = chromiumPath();

/** The session cookie's name over http (over https it is __Host-mm_session). */
const SESSION_COOKIE = 'mm_session';

describe.skipIf(!executablePath)('signing in to the admin console in a real browser', () => {
  const session = useBrowserSession(executablePath ?? '');

  const consoleUrl = (path: string) => new URL(path, session.stack().adminUrl).toString();

  /** A browser profile of its own (cookies included), with the page's uncaught errors collected. */
  async function freshPage(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await session.browser().newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    return { context, page, errors };
  }

  const sections = (page: Page) => page.getByRole('navigation', { name: 'Sections' });

  it('a signed-out visit lands on sign-in, and signing in as the coordinator comes back to the page', async () => {
    const { context, page, errors } = await freshPage();
    await page.goto(consoleUrl('account'));
    await expect.poll(() => page.url()).toBe(consoleUrl('sign-in?next=%2Faccount'));

    await signInToConsole(page, DEMO_COORDINATOR);

    await expect.poll(() => page.url()).toBe(consoleUrl('account'));
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Your account' }).waitFor();
    await expect.poll(() => main.getByText('Casey Coordinator').count()).toBe(1);
    await expect.poll(() => main.getByText('COORDINATOR', { exact: true }).count()).toBe(1);
    await expect.poll(() => main.getByText(DEMO_COORDINATOR.email).count()).toBe(1);
    await expect.poll(() => page.getByRole('banner').getByText('Casey Coordinator').count()).toBe(1);

    const nav = sections(page);
    for (const section of [
      'Dashboard',
      'Catalog',
      'Bookings',
      'Calendar',
      'Therapists',
      'Clients',
      'Prices',
      'Referrals',
      'Your account',
    ]) {
      await expect.poll(() => nav.getByRole('link', { name: section, exact: true }).count()).toBe(1);
    }
    expect(await nav.getByText(/coming soon/).count()).toBe(0);
    for (const adminOnly of ['Partners', 'Staff', 'Audit log'])
      expect(await nav.getByText(adminOnly, { exact: true }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Your account' }).getAttribute('aria-current')).toBe('page');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a wrong password shows the error and stays on sign-in', async () => {
    const { context, page, errors } = await freshPage();
    await page.goto(consoleUrl('sign-in?next=%2Faccount'));

    await signInToConsole(page, { email: DEMO_COORDINATOR.email, password: 'not-the-password' });

    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('The email or password is not right');
    expect(page.url()).toBe(consoleUrl('sign-in?next=%2Faccount'));
    expect(await page.getByLabel(/^Password/).inputValue()).toBe('');
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain(SESSION_COOKIE);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an ended session sends the person to sign-in, and signing in returns to the page they were on', async () => {
    const { context, page, errors } = await freshPage();
    await page.goto(consoleUrl('sign-in'));
    await signInToConsole(page, DEMO_COORDINATOR);
    await expect.poll(() => page.url()).toBe(consoleUrl(''));
    await page.goto(consoleUrl('account?view=full'));
    await page.getByRole('heading', { name: 'Your account' }).waitFor();

    const cookie = (await context.cookies()).find((c) => c.name === SESSION_COOKIE);
    if (!cookie) throw new Error(`the API set no ${SESSION_COOKIE} cookie`);
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    // Well-formed, but no session the API knows: as if it had expired or been revoked.
    await context.addCookies([{ ...cookie, value: 'bogus-session-token-0123456789abcdef' }]);
    await page.reload();

    await expect.poll(() => page.url()).toBe(consoleUrl('sign-in?next=%2Faccount%3Fview%3Dfull'));
    await signInToConsole(page, DEMO_COORDINATOR);

    await expect.poll(() => page.url()).toBe(consoleUrl('account?view=full'));
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    await expect.poll(() => page.getByRole('main').getByText('Casey Coordinator').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('signing out shows sign-in, and the console then asks to sign in again', async () => {
    const { context, page, errors } = await freshPage();
    await page.goto(consoleUrl('account'));
    await signInToConsole(page, DEMO_COORDINATOR);
    await page.getByRole('heading', { name: 'Your account' }).waitFor();

    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();

    await expect.poll(() => page.url()).toBe(consoleUrl('sign-in'));
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect((await context.cookies()).map((c) => c.name)).not.toContain(SESSION_COOKIE);
    await page.goto(consoleUrl('account'));
    await expect.poll(() => page.url()).toBe(consoleUrl('sign-in?next=%2Faccount'));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('the sign-in page and the signed-in console pass axe', async () => {
    const { context, page } = await freshPage();
    await page.goto(consoleUrl('sign-in'));
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await expectNoAxeViolations(page, 'the sign-in page');

    await signInToConsole(page, { email: DEMO_COORDINATOR.email, password: 'not-the-password' });
    await page.getByRole('alert').waitFor();
    await expectNoAxeViolations(page, 'the sign-in page showing an error');

    await signInToConsole(page, DEMO_COORDINATOR);
    await expect.poll(() => page.url()).toBe(consoleUrl(''));
    await page.getByRole('table', { name: 'Price tiers' }).waitFor();
    await expectNoAxeViolations(page, 'the catalog in the signed-in console');

    await sections(page).getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { name: 'Your account' }).waitFor();
    await page.getByRole('main').getByText(DEMO_COORDINATOR.email).waitFor();
    await expectNoAxeViolations(page, 'the account page');
    await context.close();
  });
});
