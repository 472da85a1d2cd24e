import { describe, expect, it } from 'vitest';
import { en } from '../../packages/widget/src/i18n/en.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowserSession } from '../support/browser-session.js';
import { chromiumPath } from '../support/chromium.js';
import { bookWithApi, signedInConsole, sydneyDate } from '../support/console-page.js';
import { DEMO_COORDINATOR } from '../support/console-sign-in.js';
import { openPartnerPage, screenshotStep } from '../support/partner-page.js';

const executablePath = chromiumPath();

describe.skipIf(!executablePath)("a coordinator runs the day's bookings in the console, in a real browser", () => {
  const session = useBrowserSession(executablePath ?? '');

  it('cancels a booking from the calendar, and the widget offers its therapist at that time again', async () => {
    const booked = await bookWithApi(session, 'Calendar Client', 4);
    const { page, errors } = await signedInConsole(
      session,
      DEMO_COORDINATOR,
      `/calendar?date=${sydneyDate(booked.start)}`,
    );
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
    const column = main.getByRole('group', { name: booked.therapist.displayName });
    const block = column.getByRole('button', { name: /Calendar Client/ });
    await block.waitFor();
    // the time is named in Sydney's zone, though the browser runs in UTC
    expect(await main.getByText(/Times are in AEDT \(Australia\/Sydney\)/).count()).toBe(1);
    await expectNoAxeViolations(page, 'the day calendar');
    await screenshotStep(page, 'console-calendar-day');

    await block.click();
    const drawer = page.getByRole('dialog', { name: 'Booking' });
    await drawer.getByRole('heading', { name: `Booking ${booked.reference}` }).waitFor();
    await drawer.getByRole('button', { name: 'Cancel booking…' }).click();
    const ask = page.getByRole('dialog', { name: `Cancel booking ${booked.reference}` });
    // asked first: nothing without a reason
    await ask.getByRole('button', { name: 'Cancel booking' }).click();
    await ask.getByText('Say why the booking is cancelled').waitFor();
    await ask.getByLabel(/^Reason/).fill('Client phoned: unwell');
    await expectNoAxeViolations(page, 'the cancel dialog');
    await ask.getByRole('button', { name: 'Cancel booking' }).dblclick();
    await drawer.getByText('Cancelled', { exact: true }).first().waitFor();
    await drawer.getByText(/Client phoned: unwell/).waitFor();
    await expect.poll(() => column.getByRole('button', { name: /Calendar Client/ }).count()).toBe(0);
    await screenshotStep(page, 'console-calendar-cancelled');
    expect(errors).toEqual([]);

    // The widget: that day, that time, and the therapist among those free then.
    const partner = await openPartnerPage(session);
    const { widget } = partner;
    await widget.getByLabel(en.postcodeLabel).fill('2000');
    await widget.getByRole('button', { name: en.continue, exact: true }).click();
    await widget.getByRole('radio', { name: /^Deep tissue/ }).click();
    await widget.getByRole('button', { name: en.continue, exact: true }).click();
    await widget.getByRole('radio', { name: /^60 / }).check();
    await widget.getByRole('button', { name: en.continue, exact: true }).click();
    const day = widget.locator(`[part="day"][data-date="${sydneyDate(booked.start)}"]`);
    await widget.locator('[part="time"]').first().waitFor();
    if ((await day.count()) === 0) await widget.getByRole('button', { name: en.nextMonth }).click();
    await day.click();
    const times = widget.locator('[part="time"]');
    await times.first().waitFor();
    const starts = await times.evaluateAll((els) => els.map((e) => e.getAttribute('data-start') ?? ''));
    const index = starts.findIndex((s) => Date.parse(s) === Date.parse(booked.start));
    expect(index).toBeGreaterThanOrEqual(0);
    await times.nth(index).click();
    await expect
      .poll(() => widget.locator('[part="therapists"]').getByText(booked.therapist.displayName).count())
      .toBeGreaterThan(0);
    expect(partner.errors).toEqual([]);
    await page.context().close();
  });

  it('finds a booking in the list and reassigns it to a therapist the console offers', async () => {
    const booked = await bookWithApi(session, 'Reassign Client', 6);
    const { page, errors } = await signedInConsole(session, DEMO_COORDINATOR, '/bookings');
    const main = page.getByRole('main');
    await main.getByRole('table', { name: 'Bookings' }).waitFor();
    await expectNoAxeViolations(page, 'the bookings list');

    await main.getByLabel('Reference or client').fill('nobody-at-all');
    await main.getByRole('button', { name: 'Show bookings' }).click();
    await main.getByText('No bookings match these filters.').waitFor();

    await main.getByLabel('Reference or client').fill(booked.reference.toLowerCase());
    await main.getByRole('button', { name: 'Show bookings' }).click();
    const link = main.getByRole('link', { name: booked.reference });
    await link.waitFor();
    expect(await main.getByRole('table', { name: 'Bookings' }).locator('tbody tr').count()).toBe(1);
    await screenshotStep(page, 'console-bookings-list');
    await link.click();

    await main.getByRole('heading', { name: `Booking ${booked.reference}`, level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'the booking page');
    await main.getByRole('button', { name: 'Reassign…' }).click();
    const ask = page.getByRole('dialog', { name: `Reassign booking ${booked.reference}` });
    const options = ask.getByRole('radio');
    await options.first().waitFor();
    const names = await options.evaluateAll((els) =>
      els.map((e) => (e as HTMLInputElement).labels?.[0]?.textContent ?? ''),
    );
    expect(names.join()).not.toContain(booked.therapist.displayName);
    await expectNoAxeViolations(page, 'the reassign dialog');
    const chosen = names[0]?.replace(' (medical)', '') ?? '';
    expect(chosen).not.toBe('');
    await options.first().check();
    await ask.getByRole('button', { name: 'Reassign' }).dblclick();
    await expect.poll(() => ask.count()).toBe(0);
    await expect.poll(() => main.getByText(chosen, { exact: false }).count()).toBeGreaterThan(0);
    await screenshotStep(page, 'console-booking-reassigned');

    const { staffBooking } = await fetch(session.stack().apiUrl, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; '),
      },
      body: JSON.stringify({
        query: 'query ($id: ID!) { staffBooking(id: $id) { therapist { displayName } } }',
        variables: { id: booked.id },
      }),
    }).then(async (r) => ((await r.json()) as { data: { staffBooking: { therapist: { displayName: string } } } }).data);
    expect(staffBooking.therapist.displayName).not.toBe(booked.therapist.displayName);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('finds a client, corrects their phone with the rules the API uses, and sees their bookings', async () => {
    const booked = await bookWithApi(session, 'Casey Client', 8);
    const { page, errors } = await signedInConsole(session, DEMO_COORDINATOR, '/clients');
    const main = page.getByRole('main');
    await main.getByLabel('Name, email or phone').fill('casey.client@');
    await main.getByRole('button', { name: 'Find' }).click();
    await main.getByRole('table', { name: 'Clients' }).getByText('casey.client@example.com').waitFor();
    await expectNoAxeViolations(page, 'the clients list');
    await main.getByRole('link', { name: 'Casey Client' }).click();
    await main.getByRole('heading', { name: 'Casey Client', level: 1 }).waitFor();
    await main.getByRole('table', { name: 'Bookings' }).getByRole('link', { name: booked.reference }).waitFor();
    const form = main.getByRole('form', { name: 'Contact details' });
    await form.getByLabel(/^Phone/).fill('12');
    await form.getByRole('button', { name: 'Save the details' }).click();
    await form.getByText(/phone/i).first().waitFor();
    expect(await form.getByRole('status').count()).toBe(0);
    await form.getByLabel(/^Phone/).fill('0499 888 777');
    await form.getByRole('button', { name: 'Save the details' }).click();
    await form.getByRole('status').getByText('Saved.').waitFor();
    await expect.poll(() => form.getByLabel(/^Phone/).inputValue()).toBe('+61499888777');
    await expectNoAxeViolations(page, 'the client page');
    await screenshotStep(page, 'console-client');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('works a booking in the calendar by keyboard: reached with Tab, opened, cancelled with a reason, the drawer closed', async () => {
    const booked = await bookWithApi(session, 'Keyboard Client', 9);
    const { page, errors } = await signedInConsole(
      session,
      DEMO_COORDINATOR,
      `/calendar?date=${sydneyDate(booked.start)}&view=week`,
    );
    const main = page.getByRole('main');
    await main.getByRole('table', { name: /Week calendar/ }).waitFor();
    await expectNoAxeViolations(page, 'the week calendar');
    // the day view, then Tab from the top of the page to the booking's block
    await main.locator('label', { hasText: /^Day$/ }).click();
    const block = main
      .getByRole('group', { name: booked.therapist.displayName })
      .getByRole('button', { name: /Keyboard Client/ });
    await block.waitFor();
    await page.locator('body').focus();
    let presses = 0;
    while (!(await block.evaluate((b) => b === document.activeElement)) && presses < 80) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(presses).toBeLessThan(80);
    await page.keyboard.press('Enter');
    const drawer = page.getByRole('dialog', { name: 'Booking' });
    await drawer.getByRole('button', { name: 'Cancel booking…' }).waitFor();
    // Tab through the drawer to the cancel button, as a keyboard user would
    for (let i = 0; i < 12; i++) {
      if (await drawer.getByRole('button', { name: 'Cancel booking…' }).evaluate((b) => b === document.activeElement))
        break;
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    const ask = page.getByRole('dialog', { name: `Cancel booking ${booked.reference}` });
    await expect.poll(() => ask.getByLabel(/^Reason/).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Client asked by phone');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await drawer.getByText(/Client asked by phone/).waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => drawer.count()).toBe(0);
    await expect.poll(() => main.getByRole('button', { name: /Keyboard Client/ }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
