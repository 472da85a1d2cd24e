import { describe, expect, it } from 'vitest';
import { en } from '../../packages/widget/src/i18n/en.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowserSession } from '../support/browser-session.js';
import { chromiumPath } from '../support/chromium.js';
import { bookWithApi, signedInConsole, sydneyDate } from '../support/console-page.js';
import { DEMO_COORDINATOR } from '../support/console-sign-in.js';
import { openPartnerPage, screenshotStep } from '../support/partner-page.js';

const executablePath = chromiumPath();

/** 'YYYY-MM-DDTHH:MM' of Sydney's wall clock, as a datetime-local field takes it. */
const sydneyLocal = (ms: number) =>
  new Date(ms).toLocaleString('sv-SE', { timeZone: 'Australia/Sydney' }).slice(0, 16).replace(' ', 'T');

describe.skipIf(!executablePath)('a coordinator runs the team in the console, in a real browser', () => {
  const session = useBrowserSession(executablePath ?? '');

  it('adds a therapist with a schedule, sees the preview, and the widget offers exactly those times', async () => {
    const { page, errors } = await signedInConsole(session, DEMO_COORDINATOR, '/therapists');
    const main = page.getByRole('main');
    await main.getByRole('table', { name: 'Therapists' }).waitFor();
    await expectNoAxeViolations(page, 'the therapists list');
    await main.getByRole('link', { name: 'Add a therapist' }).click();

    await main.getByRole('heading', { name: 'Add a therapist' }).waitFor();
    // the domain's rules, in the browser: nothing is sent with a name missing
    await main.getByRole('button', { name: 'Add the therapist' }).click();
    await main.getByText('Give a name').waitFor();
    await main.getByLabel(/^Name/).fill('Nadia Novak');
    await main.getByLabel('Gender').selectOption('female');
    await main.getByLabel('Deep tissue').check();
    await main.getByLabel(/^Licence number/).fill('MT-7781');
    await main.getByLabel(/^Issued by/).fill('Massage & Myotherapy Australia');
    await main.getByLabel(/^Licence valid until/).fill('2031-06-30');
    await main.getByLabel(/^Postcodes visited/).fill('2999');
    await expectNoAxeViolations(page, 'the new therapist form');
    await main.getByRole('button', { name: 'Add the therapist' }).click();

    await main.getByRole('heading', { name: 'Nadia Novak', level: 1 }).waitFor();
    const schedule = main.getByRole('table', { name: 'Working hours by weekday' });
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      await schedule
        .getByRole('row', { name: new RegExp(`^${day}`) })
        .getByRole('button', { name: 'Add hours' })
        .click();
    }
    await schedule.getByLabel('Monday: from').fill('07:30');
    await schedule.getByLabel('Monday: until').fill('07:00');
    await main.getByText('Monday: A range ends after it starts').waitFor();
    await schedule.getByLabel('Monday: until').fill('11:00');
    const preview = main.getByRole('region', { name: /Preview/ });
    const firstDay = preview.getByRole('list').first();
    await firstDay.waitFor();
    const previewStarts = await firstDay
      .locator('li')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-start')));
    expect(previewStarts.length).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'the therapist page');
    await main.getByRole('button', { name: 'Save the schedule' }).dblclick();
    await main.getByText('Schedule saved.').waitFor();
    const profile = main.getByRole('form', { name: 'Therapist profile' });
    await profile.getByLabel(/^Bio/).fill('Sports and deep tissue, mornings and evenings.');
    await profile.getByRole('button', { name: 'Save the profile' }).click();
    await main.getByRole('status').getByText('Profile saved.').waitFor();
    await screenshotStep(page, 'console-therapist-schedule');
    expect(errors).toEqual([]);

    // In the widget, at the only postcode she visits, the preview's first day shows exactly its starts.
    const partner = await openPartnerPage(session);
    const { widget } = partner;
    await widget.getByLabel(en.postcodeLabel).fill('2999');
    await widget.getByRole('button', { name: en.continue, exact: true }).click();
    await widget.getByRole('radio', { name: /^Deep tissue/ }).click();
    await widget.getByRole('button', { name: en.continue, exact: true }).click();
    await widget.getByRole('radio', { name: /^60 / }).check();
    await widget.getByRole('button', { name: en.continue, exact: true }).click();
    const times = widget.locator('[part="time"]');
    await times.first().waitFor();
    const day = widget.locator(`[part="day"][data-date="${sydneyDate(previewStarts[0] ?? '')}"]`);
    if ((await day.count()) === 0) await widget.getByRole('button', { name: en.nextMonth }).click();
    await day.click();
    await expect
      .poll(async () => sydneyDate((await times.first().getAttribute('data-start')) ?? ''))
      .toBe(sydneyDate(previewStarts[0] ?? ''));
    const widgetStarts = await times.evaluateAll((els) =>
      els.map((e) => new Date(e.getAttribute('data-start') ?? '').toISOString()),
    );
    expect(widgetStarts).toEqual(previewStarts);
    expect(partner.errors).toEqual([]);
    await page.context().close();
  });

  it('refuses time off over a booking, naming it, and changes nothing', async () => {
    const booked = await bookWithApi(session, 'Time Off Client', 5);
    const { page, errors } = await signedInConsole(session, DEMO_COORDINATOR, '/therapists');
    const main = page.getByRole('main');
    await main.getByRole('link', { name: booked.therapist.displayName }).click();
    await main.getByRole('heading', { name: booked.therapist.displayName, level: 1 }).waitFor();
    const start = Date.parse(booked.start);
    const form = main.getByRole('form', { name: 'Add time off' });
    await form.getByLabel('From').fill(sydneyLocal(start - 3_600_000));
    await form.getByLabel('Until').fill(sydneyLocal(start + 3 * 3_600_000));
    await form.getByLabel(/^Reason/).fill('Conference');
    await form.getByRole('button', { name: 'Add time off' }).click();
    await form.getByText(new RegExp(`covers live bookings \\(${booked.reference}\\)`)).waitFor();
    expect(await main.getByRole('table', { name: 'Time off' }).getByText('Conference').count()).toBe(0);
    await expectNoAxeViolations(page, 'the refused time off');
    await screenshotStep(page, 'console-time-off-refused');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
