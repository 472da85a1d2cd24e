import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowserSession } from '../support/browser-session.js';
import { chromiumPath } from '../support/chromium.js';
import { signedInConsole } from '../support/console-page.js';
import { DEMO_ADMIN, signInToConsole } from '../support/console-sign-in.js';
import { screenshotStep } from '../support/partner-page.js';

const executablePath = chromiumPath();

describe.skipIf(!executablePath)('an admin manages the staff accounts, in a real browser', () => {
  const session = useBrowserSession(executablePath ?? '');

  it('adds an account, changes its role to a therapist, and closes it: it can no longer sign in', async () => {
    const { page, errors } = await signedInConsole(session, DEMO_ADMIN, '/staff');
    const main = page.getByRole('main');
    const table = main.getByRole('table', { name: 'Staff accounts' });
    await table.waitFor();
    const form = main.getByRole('form', { name: 'New account' });
    await form.getByLabel(/^Name/).fill('Robin Reception');
    await form.getByLabel(/^Email/).fill('Robin@Clinic.example');
    await form.getByLabel(/^First password/).fill('too short');
    await form.getByRole('button', { name: 'Add the account' }).click();
    await form.getByText('A password has at least 12 characters').waitFor();
    await form.getByLabel(/^First password/).fill('a long first passphrase');
    await form.getByRole('button', { name: 'Add the account' }).dblclick();
    await form.getByText('Robin Reception can now sign in as robin@clinic.example.').waitFor();
    const row = table.getByRole('row', { name: /Robin Reception/ });
    await row.waitFor();
    expect(await table.getByRole('row', { name: /Robin Reception/ }).count()).toBe(1);
    await expectNoAxeViolations(page, 'the staff page');

    await row.getByRole('button', { name: 'Change role…' }).click();
    const change = page.getByRole('dialog', { name: 'Change the role of Robin Reception' });
    await change.getByLabel('Role').selectOption('THERAPIST');
    await change.getByRole('button', { name: 'Change the role' }).click();
    await change.getByText('A THERAPIST account, and only one, names its therapist').waitFor();
    await change.getByLabel('Therapist').selectOption({ label: 'Amelia Hart' });
    await expectNoAxeViolations(page, 'the role dialog');
    await change.getByRole('button', { name: 'Change the role' }).click();
    await row.getByText('THERAPIST (Amelia Hart)').waitFor();

    await row.getByRole('button', { name: 'Close…' }).click();
    await page
      .getByRole('dialog', { name: /Close the account of Robin Reception/ })
      .getByRole('button', { name: 'Close the account' })
      .click();
    await row.getByText('Closed').waitFor();
    await screenshotStep(page, 'console-staff');
    expect(errors).toEqual([]);

    const robin = await session.browser().newPage();
    await robin.goto(new URL('sign-in', session.stack().adminUrl).href);
    await signInToConsole(robin, { email: 'robin@clinic.example', password: 'a long first passphrase' });
    await robin.getByRole('alert').getByText('The email or password is not right').waitFor();
    await page.context().close();
  });

  it("shows the dashboard of the demo's past weeks, its charts with their figures", async () => {
    const { page, errors } = await signedInConsole(session, DEMO_ADMIN, '/dashboard');
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor();
    const perDay = main.getByRole('region', { name: 'Bookings per day, last 8 weeks' });
    await perDay.locator('svg.recharts-surface').first().waitFor();
    await perDay.getByText('The figures').click();
    const rows = perDay.getByRole('table', { name: 'Bookings per day' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(10);
    const channels = main.getByRole('region', { name: 'Sold by channel, last 30 days' });
    await channels.getByText('The figures').click();
    await channels.getByRole('table').getByText('Harbourside Physio').waitFor();
    expect(await main.getByRole('progressbar').count()).toBe(12);
    await main.getByRole('link', { name: 'Ethan Clarke' }).waitFor();
    await main.getByRole('link', { name: 'Grace Walker' }).waitFor();
    await expectNoAxeViolations(page, 'the dashboard');
    await screenshotStep(page, 'console-dashboard');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
