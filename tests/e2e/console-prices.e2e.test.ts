import { describe, expect, it } from 'vitest';
import { en } from '../../packages/widget/src/i18n/en.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowserSession } from '../support/browser-session.js';
import { chromiumPath } from '../support/chromium.js';
import { bookWithApi, signedInConsole } from '../support/console-page.js';
import { DEMO_COORDINATOR } from '../support/console-sign-in.js';
import { openPartnerPage, screenshotStep } from '../support/partner-page.js';

const executablePath = chromiumPath();

describe.skipIf(!executablePath)('a coordinator changes a price from next month, in a real browser', () => {
  const session = useBrowserSession(executablePath ?? '');

  it('a booking already sold keeps its price; one after the date is sold at the new price in the widget', async () => {
    // sold today for a session well after next month begins: it keeps today's price
    const sold = await bookWithApi(session, 'Early Bird', 40);
    const { page, errors } = await signedInConsole(session, DEMO_COORDINATOR, '/prices');
    const main = page.getByRole('main');
    await main.getByRole('table', { name: 'Prices on sale today' }).waitFor();
    await main.getByText('No changes scheduled.').waitFor();
    const form = main.getByRole('form', { name: 'Schedule a price change' });
    const from = await form.getByLabel('From').inputValue();
    expect(from).toMatch(/^\d{4}-\d{2}-01$/);
    await form.getByLabel('Length (minutes)').fill('60');
    await form.getByLabel(/^New price/).fill('0');
    await form.getByRole('button', { name: 'Schedule' }).click();
    await form.getByText('A price is above zero and below 100,000').waitFor();
    await form.getByLabel(/^New price/).fill('149');
    await form.getByRole('button', { name: 'Schedule' }).dblclick();
    await form.getByText(/Sessions of 60 minutes from .* will cost \$149\.00/).waitFor();
    const scheduled = main.getByRole('table', { name: 'Scheduled price changes' });
    await scheduled.getByText('$149.00').waitFor();
    expect(await scheduled.locator('tbody tr').count()).toBe(1);
    await expectNoAxeViolations(page, 'the prices page');
    await screenshotStep(page, 'console-prices-scheduled');

    await page.goto(new URL(`/bookings?q=${sold.reference}&from=`, session.stack().adminUrl).href);
    const row = main.getByRole('table', { name: 'Bookings' }).getByRole('row', { name: new RegExp(sold.reference) });
    await row.waitFor();
    expect(await row.textContent()).toContain('$139.00');
    expect(errors).toEqual([]);

    // The widget, next month: the review and the booking carry the new price.
    const partner = await openPartnerPage(session);
    const { widget } = partner;
    const forward = (name = en.continue) => widget.getByRole('button', { name, exact: true }).click();
    await widget.getByLabel(en.postcodeLabel).fill('2000');
    await forward();
    await widget.getByRole('radio', { name: /^Deep tissue/ }).click();
    await forward();
    await expect.poll(() => widget.getByText('$139.00').count()).toBeGreaterThan(0);
    await widget.getByRole('radio', { name: /^60 / }).check();
    await forward();
    await widget.locator('[part="time"]').first().waitFor();
    await widget.getByRole('button', { name: en.nextMonth }).click();
    const time = widget.locator('[part="time"]').first();
    await expect.poll(async () => ((await time.getAttribute('data-start')) ?? '') >= from).toBe(true);
    await time.click();
    await forward();
    await widget.getByLabel(en.name, { exact: true }).fill('Next Month');
    await widget.getByLabel(en.email, { exact: true }).fill('next.month@example.com');
    await widget.getByLabel(en.phone, { exact: true }).fill('0412 345 678');
    await widget.getByLabel(en.line1, { exact: true }).fill('1 Harbour St');
    await widget.getByLabel(en.suburb, { exact: true }).fill('Sydney');
    await widget.getByLabel(en.consent).check();
    await forward(en.review);
    await widget.getByRole('heading', { name: en.stepTitle.review, level: 2 }).waitFor();
    expect(await widget.locator('[part="step"]').textContent()).toContain('$149.00');
    await forward(en.confirm);
    await widget.getByRole('heading', { name: en.stepTitle.done, level: 2 }).waitFor();
    await screenshotStep(partner.page, 'console-prices-widget-after');
    expect(partner.errors).toEqual([]);

    // withdrawn before it starts, the change leaves the schedule
    await page.goto(new URL('/prices', session.stack().adminUrl).href);
    await scheduled.getByRole('button', { name: 'Withdraw…' }).click();
    await page
      .getByRole('dialog', { name: 'Withdraw this price change?' })
      .getByRole('button', { name: 'Withdraw' })
      .click();
    await main.getByText('No changes scheduled.').waitFor();
    await page.context().close();
  });

  it('adds a treatment, checked as the API checks it, edits it and takes it off sale', async () => {
    const { page, errors } = await signedInConsole(session, DEMO_COORDINATOR, '/treatments');
    const main = page.getByRole('main');
    const table = main.getByRole('table', { name: 'Treatments' });
    await table.waitFor();
    await main.getByRole('button', { name: 'Add a treatment' }).click();
    const add = page.getByRole('dialog', { name: 'Add a treatment' });
    await add.getByLabel(/^Name/).fill('Hot stone massage');
    await add.getByLabel(/^Slug/).fill('Hot Stone');
    await add.getByRole('button', { name: 'Add the treatment' }).click();
    await add.getByText(/A slug is lower-case words joined by hyphens/).waitFor();
    await add.getByLabel(/^Slug/).fill('hot-stone');
    await add.getByLabel('Swedish').check();
    await expectNoAxeViolations(page, 'the treatment dialog');
    await add.getByRole('button', { name: 'Add the treatment' }).dblclick();
    const row = table.getByRole('row', { name: /hot-stone/ });
    await row.waitFor();
    expect(await table.getByRole('row', { name: /hot-stone/ }).count()).toBe(1);

    await row.getByRole('button', { name: 'Edit…' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit Hot stone massage' });
    await edit.getByLabel(/^Name/).fill('Hot stone therapy');
    await edit.getByRole('button', { name: 'Save the treatment' }).click();
    await table.getByRole('row', { name: /Hot stone therapy/ }).waitFor();

    await row.getByRole('button', { name: 'Take off sale…' }).click();
    await page
      .getByRole('dialog', { name: /Take Hot stone therapy off sale/ })
      .getByRole('button', { name: 'Take off sale' })
      .click();
    await row.getByRole('button', { name: 'Put on sale…' }).waitFor();
    await expectNoAxeViolations(page, 'the treatments page');
    await screenshotStep(page, 'console-treatments');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
