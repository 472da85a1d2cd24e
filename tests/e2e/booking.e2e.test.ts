import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { en, type Messages } from '../../packages/widget/src/i18n/en.js';
import { zhHans } from '../../packages/widget/src/i18n/zh-hans.js';
import { expectNoAxeViolations } from '../support/axe.js';
import { useBrowserSession } from '../support/browser-session.js';
import { chromiumPath } from '../support/chromium.js';
import { openPartnerPage, type PartnerPage, screenshotStep } from '../support/partner-page.js';

const executablePath = chromiumPath();

interface BookingAnswer {
  data?: { booking: { reference: string; status: string; start: string; treatment: { name: string } } | null };
}

interface Client {
  name: string;
  email: string;
}

const PRIYA: Client = { name: 'Priya Shah', email: 'priya.shah@example.com' };
/** The seed's referral for Priya Shah: its code, and whom it was written for. */
const PRIYA_REFERRAL = { code: 'RX-DEMO-BACK', familyName: 'Shah', dateOfBirth: '1984-03-09' };
/** The API's words, shown as they are in English, for an unknown code and someone else's alike. */
const NO_MATCHING_REFERRAL = 'No referral matches this code, family name and date of birth';

/** The element focused inside the widget's shadow root: its accessible label or text. */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return (active?.getAttribute('aria-label') ?? active?.textContent ?? '').trim();
  });

/** Presses Tab until the focused element's name matches, at most `limit` times; returns the presses. */
async function tabTo(page: Page, name: RegExp, limit = 15): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (name.test(await focused(page))) return presses;
  }
  throw new Error(`no focusable element named ${name} within ${limit} Tabs (last: ${await focused(page)})`);
}

describe.skipIf(!executablePath)('the booking widget on a partner page, in a real browser', () => {
  const session = useBrowserSession(executablePath ?? '');

  async function api<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const response = await fetch(session.stack().apiUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    // The API's answer to the operation; callers assert on it field by field.
    return (await response.json()) as T;
  }

  const bookingFromApi = (reference: string, manageToken: string) =>
    api<BookingAnswer>(
      'query ($r: String!, $t: String!) { booking(reference: $r, manageToken: $t) { reference status start treatment { name } } }',
      { r: reference, t: manageToken },
    );

  /** The step shown: its heading, checked by axe and photographed at both widths. */
  async function atStep(partner: PartnerPage, m: Messages, step: keyof Messages['stepTitle'], shot?: string) {
    await partner.widget
      .getByRole('heading', { name: m.stepTitle[step], level: 2 })
      .waitFor()
      .catch(async (error: Error) => {
        // what the widget showed instead, and what it reported, say why the step never came
        const shown = await partner.widget
          .evaluate((host) => host.shadowRoot?.querySelector('[part="base"]')?.textContent ?? '(nothing)', undefined, {
            timeout: 5000,
          })
          .catch(() => '(unreadable)');
        const reported = await partner.events().catch(() => []);
        throw new Error(
          `${error.message}\nthe widget showed: ${shown.slice(0, 400)}\nits events: ${JSON.stringify(reported.filter((e) => e.type === 'mm-error'))}\npage errors: ${partner.errors.join('; ')}`,
        );
      });
    await expectNoAxeViolations(partner.page, `the ${step} step`);
    if (shot) await screenshotStep(partner.page, shot);
  }

  const forward = (widget: Locator, m: Messages, label = m.continue) =>
    widget.getByRole('button', { name: label, exact: true }).click();

  /** Postcode, treatment and length, by mouse. */
  async function startBooking(partner: PartnerPage, m: Messages, treatment: RegExp, shots = '') {
    const { widget } = partner;
    await atStep(partner, m, 'where', shots && `${shots}-1-where`);
    await widget.getByLabel(m.postcodeLabel).fill('2000');
    await forward(widget, m);
    await atStep(partner, m, 'treatment', shots && `${shots}-2-treatment`);
    await widget.getByRole('radio', { name: treatment }).click();
    await forward(widget, m);
    await atStep(partner, m, 'length', shots && `${shots}-3-length`);
    await widget.getByRole('radio', { name: /^60 / }).check();
    await forward(widget, m);
  }

  /**
   * The first free day's first time (next month's when `later`: outside the free-change cutoff),
   * any therapist; then details, review and confirmation.
   */
  async function finishBooking(partner: PartnerPage, m: Messages, client: Client, shots = '', later = false) {
    const { widget } = partner;
    await atStep(partner, m, 'when');
    if (later) {
      await widget.locator('[part="time"]').first().waitFor();
      await widget.getByRole('button', { name: m.nextMonth }).click();
    }
    await widget.locator('[part="time"]').first().click();
    await widget.locator('[part="therapists"] input[type="radio"]').first().waitFor();
    if (shots) await screenshotStep(partner.page, `${shots}-5-when`);
    await forward(widget, m);

    await atStep(partner, m, 'details');
    await widget.getByLabel(m.name, { exact: true }).fill(client.name);
    await widget.getByLabel(m.email, { exact: true }).fill(client.email);
    await widget.getByLabel(m.phone, { exact: true }).fill('0412 345 678');
    await widget.getByLabel(m.line1, { exact: true }).fill('1 Harbour St');
    await widget.getByLabel(m.suburb, { exact: true }).fill('Sydney');
    await widget.getByLabel(m.health.surgery).check();
    await widget.getByLabel(m.healthNotes).fill('Lower back pain');
    await widget.getByLabel(m.consent).check();
    if (shots) await screenshotStep(partner.page, `${shots}-6-details`);
    await forward(widget, m, m.review);

    await atStep(partner, m, 'review', shots && `${shots}-7-review`);
    await forward(widget, m, m.confirm);
    await atStep(partner, m, 'done', shots && `${shots}-8-done`);
    const reference = (await widget.locator('[part="summary"] strong').textContent()) ?? '';
    const link = (await widget.getByRole('link', { name: m.manageLink }).getAttribute('href')) ?? '';
    const token = decodeURIComponent(link.split('#mm-manage=')[1]?.split('.')[1] ?? '');
    expect(reference).toMatch(/^BK-[A-Z0-9]{6}$/);
    expect(link.startsWith(session.stack().partnerUrl)).toBe(true);
    return { reference, token, link };
  }

  it('books a wellness massage by mouse, on a device set to UTC, seeing Sydney times with the zone named', async () => {
    const partner = await openPartnerPage(session, { timezoneId: 'UTC' });
    const { widget } = partner;
    await startBooking(partner, en, /^Deep tissue massage/, 'en');

    await atStep(partner, en, 'when');
    await expect.poll(() => widget.getByText('Australian Eastern Time').count()).toBeGreaterThan(0);
    const times = await widget.locator('[part="time"]').allTextContents();
    expect(times.length).toBeGreaterThan(0);
    for (const time of times) expect(time.trim()).toMatch(/^\d{1,2}:\d{2} (am|pm) AE[DS]T$/);
    // No time outside working hours: a UTC device must not shift them.
    expect(times.some((time) => /^(12|1|2|3|4|5):\d{2} am/.test(time.trim()))).toBe(false);

    const { reference, token } = await finishBooking(partner, en, PRIYA, 'en');
    const confirmation = (await widget.locator('[part="confirmation"]').textContent()) ?? '';
    expect(confirmation).toContain('Deep tissue massage');
    expect(confirmation).toContain('$139.00');
    expect(confirmation).toContain('1 Harbour St, Sydney, 2000');
    expect(confirmation).toMatch(/AE[DS]T/);
    const calendar = widget.getByRole('link', { name: en.addToCalendar });
    expect(await calendar.getAttribute('download')).toBe(`${reference}.ics`);
    expect(decodeURIComponent((await calendar.getAttribute('href')) ?? '')).toContain(`UID:${reference}@mm-booking`);

    await widget.getByRole('button', { name: en.copyLink }).click();
    await widget.getByText(en.copied).waitFor();

    const answer = await bookingFromApi(reference, token);
    expect(answer.data?.booking).toMatchObject({ reference, status: 'CONFIRMED' });

    const events = await partner.events();
    expect(events.filter((e) => e.type === 'mm-booking-created').map((e) => e.detail)).toEqual([
      { reference, treatmentId: expect.any(String) },
    ]);
    expect(events.find((e) => e.type === 'mm-ready')).toBeDefined();
    expect(events.filter((e) => e.type === 'mm-step-change').map((e) => (e.detail as { step: string }).step)).toEqual([
      'treatment',
      'length',
      'when',
      'details',
      'review',
      'done',
    ]);
    expect(JSON.stringify(events)).not.toContain(token);
    expect(JSON.stringify(events)).not.toContain(PRIYA.email);
    expect(events.filter((e) => e.type === 'csp')).toEqual([]);
    expect(partner.violations).toEqual([]);
    expect(partner.errors).toEqual([]);
  });

  it('books a medical massage by keyboard only, from the month to a time in at most 10 key presses', async () => {
    const partner = await openPartnerPage(session);
    const { page, widget } = partner;
    await atStep(partner, en, 'where');
    await tabTo(page, /^$/); // the postcode input has no text of its own
    await page.keyboard.type('2000');
    await page.keyboard.press('Enter');

    await atStep(partner, en, 'treatment');
    await tabTo(page, /^Medical massage/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Continue$/);
    await page.keyboard.press('Enter');

    await atStep(partner, en, 'length');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await tabTo(page, /^Continue$/);
    await page.keyboard.press('Enter');

    await atStep(partner, en, 'referral', 'en-4-referral');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PRIYA_REFERRAL.code);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PRIYA_REFERRAL.familyName);
    // The native date input, segment by segment. Chromium orders them by its own language, not the page's:
    // headless, month first whatever the locale (even with en-AU and --lang=en-AU).
    await page.keyboard.press('Tab');
    await page.keyboard.type('03091984');
    expect(await widget.getByLabel(en.dateOfBirthLabel).inputValue()).toBe(PRIYA_REFERRAL.dateOfBirth);
    await page.keyboard.press('Enter');
    await widget.locator('[part="referral-result"]').waitFor();
    expect(await widget.locator('[part="referral-result"]').textContent()).toMatch(/^Valid: \d+ sessions? left/);
    await tabTo(page, /^Continue$/);
    await page.keyboard.press('Enter');

    // The month view: count every key from its heading to the chosen time.
    await atStep(partner, en, 'when');
    await widget.locator('[part="day"][aria-pressed="true"]').waitFor();
    let presses = await tabTo(page, /free times?$/);
    await page.keyboard.press('Enter');
    presses += 1;
    expect(await focused(page)).toMatch(/AE[DS]T, \d+ therapists? available$/);
    await page.keyboard.press('ArrowRight');
    presses += 1;
    expect(presses).toBeLessThanOrEqual(10);
    const chosen = await focused(page);
    expect(await widget.getByRole('radio', { name: chosen }).getAttribute('aria-checked')).toBe('true');
    await tabTo(page, /^Continue$/);
    await page.keyboard.press('Enter');

    await atStep(partner, en, 'details');
    for (const [label, value] of [
      [/^Full name$/, PRIYA.name],
      [/^Email$/, PRIYA.email],
      [/^Phone$/, '0412 345 678'],
      [/^Address line 1$/, '1 Harbour St'],
      [/^Suburb$/, 'Sydney'],
    ] as const) {
      await widget.getByLabel(label).focus();
      await page.keyboard.type(value);
    }
    await widget.getByLabel(en.consent).focus();
    await page.keyboard.press('Space');
    await tabTo(page, /^Review booking$/);
    await page.keyboard.press('Enter');

    await atStep(partner, en, 'review');
    await tabTo(page, /^Confirm booking$/);
    await page.keyboard.press('Enter');
    await atStep(partner, en, 'done');
    const summary = (await widget.locator('[part="confirmation"]').textContent()) ?? '';
    expect(summary).toContain('Medical massage');
    const left = Number(/Sessions left on your referral\s*(\d+)/.exec(summary)?.[1]);
    expect(left).toBeGreaterThan(0);
    expect(partner.violations).toEqual([]);
    expect(partner.errors).toEqual([]);

    // The course goes on from the manage link, without the code: the next session, same therapist.
    const link = (await widget.getByRole('link', { name: en.manageLink }).getAttribute('href')) ?? '';
    const course = await openPartnerPage(session, { path: link.slice(session.stack().partnerUrl.length - 1) });
    await atStep(course, en, 'manage');
    await course.widget.getByRole('button', { name: en.bookNext }).click();
    await atStep(course, en, 'next', 'en-12-next-session');
    await course.widget.locator('[part="time"]').last().click();
    await course.widget.getByText(/^With .+, your therapist\.$/).waitFor();
    await forward(course.widget, en, en.confirm);
    await atStep(course, en, 'done');
    const next = (await course.widget.locator('[part="confirmation"]').textContent()) ?? '';
    expect(next).toContain('Medical massage');
    expect(next).toMatch(new RegExp(`Sessions left on your referral\\s*${left - 1}`));
    expect(course.errors).toEqual([]);
  });

  it("refuses a referral on the code when the holder is someone else's, and takes its own however written", async () => {
    const partner = await openPartnerPage(session);
    const { widget } = partner;
    await startBooking(partner, en, /^Medical massage/);
    await atStep(partner, en, 'referral');
    const code = widget.getByLabel(en.referralLabel);
    const familyName = widget.getByLabel(en.familyNameLabel);
    await code.fill('RX-DEMO-KNEE');
    await familyName.fill(PRIYA_REFERRAL.familyName);
    await widget.getByLabel(en.dateOfBirthLabel).fill('1979-11-22');
    await widget.getByRole('button', { name: en.check, exact: true }).click();
    await widget.locator('#referral-error').getByText(NO_MATCHING_REFERRAL).waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');
    expect(await code.getAttribute('aria-describedby')).toBe('referral-error');
    await expectNoAxeViolations(partner.page, "someone else's referral");
    await screenshotStep(partner.page, 'en-4-referral-not-theirs');

    // The seed has "Fraser": compared without case or spaces.
    await familyName.fill(' FRASER ');
    await widget.getByRole('button', { name: en.check, exact: true }).click();
    await widget
      .locator('[part="referral-result"]')
      .getByText(/^Valid: 1 session left/)
      .waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('false');
    expect(partner.errors).toEqual([]);
  });

  it('names an unserved postcode at once, and shows inline errors tied to their fields', async () => {
    const partner = await openPartnerPage(session);
    const { widget } = partner;
    await atStep(partner, en, 'where');
    const postcode = widget.getByLabel(en.postcodeLabel);
    await postcode.fill('20');
    await forward(widget, en);
    await widget.locator('#postcode-error').getByText(en.postcodeInvalid).waitFor();
    expect(await postcode.getAttribute('aria-invalid')).toBe('true');
    expect(await postcode.getAttribute('aria-describedby')).toContain('postcode-error');

    await postcode.fill('3000');
    await forward(widget, en);
    await widget.locator('#postcode-error').getByText(en.notServed('3000')).waitFor();
    await expectNoAxeViolations(partner.page, 'an unserved postcode');
    await screenshotStep(partner.page, 'en-1-where-unserved');
    expect(await widget.getByRole('heading', { level: 2 }).textContent()).toBe(en.stepTitle.where);
  });

  it('offers the nearest free times when the chosen one is taken before confirming, then books', async () => {
    const partner = await openPartnerPage(session);
    const { widget } = partner;
    await startBooking(partner, en, /^Swedish massage/);
    await atStep(partner, en, 'when');
    const time = widget.locator('[part="time"]').first();
    await time.click();
    const start = (await time.getAttribute('data-start')) ?? '';
    const named = widget.locator('[part="therapists"] label').nth(1);
    await named.waitFor();
    const therapist = ((await named.locator('.name').textContent()) ?? '').trim();
    await named.click();
    await forward(widget, en);
    await widget.getByLabel(en.name, { exact: true }).fill('Alex Chen');
    await widget.getByLabel(en.email, { exact: true }).fill('alex.chen@example.com');
    await widget.getByLabel(en.phone, { exact: true }).fill('0412 345 678');
    await widget.getByLabel(en.line1, { exact: true }).fill('5 Market St');
    await widget.getByLabel(en.suburb, { exact: true }).fill('Sydney');
    await widget.getByLabel(en.consent).check();
    await forward(widget, en, en.review);
    await atStep(partner, en, 'review');

    // Someone else takes that therapist at that time.
    const swedish = await api<{ data: { treatments: { id: string; slug: string }[] } }>(
      '{ treatments { id slug } }',
      {},
    );
    const treatmentId = swedish.data.treatments.find((t) => t.slug === 'swedish')?.id;
    const names = await api<{
      data: { availability: { slots: { start: string; therapists: { id: string; displayName: string }[] }[] }[] };
    }>(
      'query ($input: AvailabilityInput!) { availability(input: $input) { slots { start therapists { id displayName } } } }',
      {
        input: {
          treatmentId,
          durationMinutes: 60,
          from: start.slice(0, 10),
          to: start.slice(0, 10),
          timeZone: 'Australia/Sydney',
          postcode: '2000',
        },
      },
    );
    const slot = names.data.availability.flatMap((d) => d.slots).find((s) => Date.parse(s.start) === Date.parse(start));
    const therapistId = slot?.therapists.find((t) => t.displayName === therapist)?.id;
    const taken = await api<{ errors?: unknown }>(
      'mutation ($input: CreateBookingInput!) { createBooking(input: $input) { booking { reference } } }',
      {
        input: {
          idempotencyKey: crypto.randomUUID(),
          treatmentId,
          durationMinutes: 60,
          start,
          therapistId,
          client: { name: 'Someone Else', email: 'someone.else@example.com', phone: '0412 345 679' },
          address: { line1: '9 George St', suburb: 'Sydney', postcode: '2000', country: 'AU' },
        },
      },
    );
    expect(taken.errors).toBeUndefined();

    await forward(widget, en, en.confirm);
    await widget.getByRole('alert').getByText(en.slotTaken).waitFor();
    const alternative = widget.locator('[part="alternative"]').first();
    await alternative.waitFor();
    await expectNoAxeViolations(partner.page, 'the alternatives');
    await screenshotStep(partner.page, 'en-7-review-taken');
    await alternative.click();
    await forward(widget, en, en.confirm);
    await atStep(partner, en, 'done');
    expect(await widget.locator('[part="confirmation"]').textContent()).toContain('Swedish');
    expect(partner.errors).toEqual([]);
  });

  it('offers only female therapists when that is a must, and chooses one when it is a preference', async () => {
    const partner = await openPartnerPage(session);
    const { widget } = partner;
    await startBooking(partner, en, /^Deep tissue massage/);
    await atStep(partner, en, 'when');
    await widget.locator('[part="time"]').first().waitFor();
    const { data } = await api<{ data: { treatments: { id: string; slug: string }[] } }>(
      '{ treatments { id slug } }',
      {},
    );
    /** The female therapists the API offers at an instant (its date is Sydney's: the offset is +10/+11). */
    const femaleAt = async (instant: string) => {
      const women = await api<{
        data: { availability: { slots: { start: string; therapists: { displayName: string }[] }[] }[] };
      }>(
        'query ($input: AvailabilityInput!) { availability(input: $input) { slots { start therapists { displayName } } } }',
        {
          input: {
            treatmentId: data.treatments.find((t) => t.slug === 'deep-tissue')?.id,
            durationMinutes: 60,
            from: instant.slice(0, 10),
            to: instant.slice(0, 10),
            timeZone: 'Australia/Sydney',
            postcode: '2000',
            therapistGender: 'female',
          },
        },
      );
      const slot = women.data.availability
        .flatMap((day) => day.slots)
        .find((s) => Date.parse(s.start) === Date.parse(instant));
      return slot?.therapists.map((t) => t.displayName) ?? [];
    };

    await widget.getByRole('radio', { name: en.genderFemale }).check();
    await widget.getByRole('radio', { name: en.genderMust }).check();
    await widget.locator('[part="time"]').first().click();
    const mustStart = (await widget.locator('[part="time"][aria-checked="true"]').getAttribute('data-start')) ?? '';
    await widget.locator('[part="therapists"] .name').first().waitFor();
    const offered = await widget.locator('[part="therapists"] .name').allTextContents();
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.map((name) => name.trim()).sort()).toEqual((await femaleAt(mustStart)).sort());

    // A preference shows every time again; at one where a woman is free, she is chosen.
    await widget.getByRole('radio', { name: en.genderPrefer }).check();
    // The month reloads without the filter, and the chosen time with it.
    await widget.locator('[part="therapists"]').waitFor({ state: 'detached' });
    await widget.locator(`[part="time"][data-start="${mustStart}"]`).click();
    const chosen = widget.locator('[part="therapists"] label').filter({ has: partner.page.locator('input:checked') });
    await expect.poll(async () => (await chosen.locator('.name').count()) > 0).toBe(true);
    expect(await femaleAt(mustStart)).toContain(((await chosen.locator('.name').textContent()) ?? '').trim());
    expect(partner.errors).toEqual([]);
  });

  it('opens the manage link in a fresh page, reschedules and then cancels; a wrong token is refused', async () => {
    const booked = await openPartnerPage(session);
    await startBooking(booked, en, /^Deep tissue massage/);
    const { reference, token, link } = await finishBooking(
      booked,
      en,
      { name: 'Jo Park', email: 'jo.park@example.com' },
      '',
      true,
    );
    const before = await bookingFromApi(reference, token);

    const partner = await openPartnerPage(session, { path: link.slice(session.stack().partnerUrl.length - 1) });
    const { widget } = partner;
    await atStep(partner, en, 'manage', 'en-9-manage');
    expect(await widget.locator('[part="summary"]').textContent()).toContain(reference);
    expect(await widget.locator('[part="cutoff"]').textContent()).toMatch(
      /^You can change or cancel free of charge until/,
    );

    await widget.getByRole('button', { name: en.reschedule }).click();
    await atStep(partner, en, 'reschedule', 'en-10-reschedule');
    await widget.locator('[part="time"]').nth(1).click();
    await widget.getByText(/^With .+, your therapist\.$/).waitFor();
    await forward(widget, en, en.moveTo);
    await widget.getByText(/^The booking is moved to /).waitFor();
    const moved = await bookingFromApi(reference, token);
    expect(moved.data?.booking?.status).toBe('CONFIRMED');
    expect(moved.data?.booking?.start).not.toBe(before.data?.booking?.start);

    await widget.getByRole('button', { name: en.cancel }).click();
    await widget.getByLabel(en.cancelReason).fill('Feeling better');
    await expectNoAxeViolations(partner.page, 'cancelling');
    await screenshotStep(partner.page, 'en-11-cancel');
    await widget.getByRole('button', { name: en.confirmCancel }).click();
    await widget.getByText(en.cancelled).waitFor();
    expect((await bookingFromApi(reference, token)).data?.booking?.status).toBe('CANCELLED');
    expect((await partner.events()).filter((e) => e.type === 'mm-booking-changed').map((e) => e.detail)).toEqual([
      { reference, treatmentId: expect.any(String), change: 'rescheduled' },
      { reference, treatmentId: expect.any(String), change: 'cancelled' },
    ]);

    for (const wrong of [`${reference}.${token.slice(0, -2)}xx`, `BK-ZZZZZZ.${token}`]) {
      const other = await openPartnerPage(session, { path: `/#mm-manage=${wrong}` });
      await other.widget.getByText(en.manageNotFound).waitFor();
    }
    expect(partner.errors).toEqual([]);
  });

  it('speaks Chinese throughout, passing axe on every step', async () => {
    const partner = await openPartnerPage(session, { path: '/?lang=zh-CN', locale: 'zh-CN' });
    await startBooking(partner, zhHans, /^Deep tissue massage/, 'zh');
    await finishBooking(partner, zhHans, { name: '王小明', email: 'wang.xm@example.com' }, 'zh');
    const text = (await partner.widget.locator('[part="confirmation"]').textContent()) ?? '';
    for (const english of [en.reference, en.when, en.manageLink, en.copyLink, en.bookAnother]) {
      expect(text).not.toContain(english);
    }
    expect(text).toContain(zhHans.reference);
    expect(partner.violations).toEqual([]);
    expect(partner.errors).toEqual([]);
  });

  it('works twice on one page, with the bundle loaded twice', async () => {
    const partner = await openPartnerPage(session, { path: '/two-widgets.html' });
    const [first, second] = [partner.page.locator('#first'), partner.page.locator('#second')];
    await first.getByRole('heading', { name: en.stepTitle.where }).waitFor();
    await second.getByRole('heading', { name: zhHans.stepTitle.where }).waitFor();
    await first.getByLabel(en.postcodeLabel).fill('2000');
    await first.getByRole('button', { name: en.continue }).click();
    await first.getByRole('heading', { name: en.stepTitle.treatment }).waitFor();
    // The other one is untouched.
    expect(await second.getByRole('heading', { level: 2 }).textContent()).toBe(zhHans.stepTitle.where);
    await expectNoAxeViolations(partner.page, 'two widgets');
    expect(partner.violations).toEqual([]);
    expect(partner.errors).toEqual([]);
  });
});
