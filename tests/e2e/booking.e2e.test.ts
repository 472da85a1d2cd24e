import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSession } from '../support/browser-session.js';
import { chromiumPath } from '../support/chromium.js';

const executablePath = chromiumPath();

interface BookingAnswer {
  data?: { booking: { reference: string; status: string; treatment: { name: string } } | null };
}

describe.skipIf(!executablePath)('booking through the widget in a real browser', () => {
  const session = useBrowserSession(executablePath ?? '');

  /** The demo partner page, as a client in Sydney sees it; collects page errors and the widget's events. */
  async function partnerPage(): Promise<{ page: Page; widget: Locator; errors: string[] }> {
    const context = await session.browser().newContext({ timezoneId: 'Australia/Sydney', locale: 'en-AU' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(session.stack().partnerUrl);
    await page.evaluate(() => {
      const created: unknown[] = [];
      Object.assign(window, { created });
      document.addEventListener('mm-booking-created', (event) => {
        if (event instanceof CustomEvent) created.push(event.detail);
      });
    });
    return { page, widget: page.locator('mm-booking'), errors };
  }

  const next = (widget: Locator) => widget.getByRole('button', { name: 'Continue' }).click();

  async function chooseTreatmentAndLength(widget: Locator, treatment: string): Promise<void> {
    await widget.getByRole('radio', { name: treatment }).click();
    await next(widget);
    await widget.getByRole('radio', { name: '60 min — $139.00' }).check();
    await next(widget);
  }

  /** Postcode 2000, the first free time, any therapist, the client's details; then confirm. */
  async function bookFirstTime(widget: Locator): Promise<{ reference: string; token: string }> {
    await widget.getByLabel('Postcode of the visit').fill('2000');
    await next(widget);
    const firstTime = widget
      .getByRole('list', { name: /^Free times on/ })
      .getByRole('button')
      .first();
    await firstTime.click();
    expect(await firstTime.getAttribute('aria-pressed')).toBe('true');
    expect(await firstTime.textContent()).toMatch(/^\s*\d{1,2}:\d{2} (am|pm)\s*$/);
    await widget.getByRole('radio', { name: /Any available therapist/ }).check();
    await next(widget);

    await widget.getByLabel('Full name').fill('Priya Shah');
    await widget.getByLabel('Email').fill('priya.shah@example.com');
    await widget.getByLabel('Phone').fill('0412 345 678');
    await widget.getByLabel('Address line 1').fill('1 Harbour St');
    await widget.getByLabel('Suburb').fill('Sydney');
    expect(await widget.getByLabel('Postcode', { exact: true }).inputValue()).toBe('2000');
    await widget.getByLabel(/Health notes/).fill('Lower back pain, no recent surgery');
    await widget.getByRole('button', { name: 'Confirm booking' }).click();

    await widget.getByRole('heading', { name: 'Booking confirmed' }).waitFor();
    const reference = (await widget.locator('[part="summary"] strong').textContent()) ?? '';
    const token = (await widget.locator('#manage-token').textContent()) ?? '';
    expect(reference).toMatch(/^BK-[A-Z0-9]{6}$/);
    expect(token.length).toBeGreaterThan(20);
    return { reference, token };
  }

  async function bookingFromApi(reference: string, manageToken: string): Promise<BookingAnswer> {
    const response = await fetch(session.stack().apiUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        query:
          'query ($r: String!, $t: String!) { booking(reference: $r, manageToken: $t) { reference status treatment { name } } }',
        variables: { r: reference, t: manageToken },
      }),
    });
    // The API's answer to the query above; the test asserts on it field by field.
    return (await response.json()) as BookingAnswer;
  }

  it('books a deep tissue massage: first free time at postcode 2000, confirmed in the API', async () => {
    const { page, widget, errors } = await partnerPage();
    await chooseTreatmentAndLength(widget, 'Deep tissue massage');
    const { reference, token } = await bookFirstTime(widget);

    const confirmation = (await widget.locator('[part="confirmation"]').textContent()) ?? '';
    expect(confirmation).toContain('Deep tissue massage');
    expect(confirmation).toContain('$139.00');
    expect(confirmation).toContain('change or cancel');

    const answer = await bookingFromApi(reference, token);
    expect(answer.data?.booking).toEqual({
      reference,
      status: 'CONFIRMED',
      treatment: { name: 'Deep tissue massage' },
    });

    const events = await page.evaluate(() => JSON.stringify(Reflect.get(window, 'created')));
    expect(JSON.parse(events)).toEqual([
      expect.objectContaining({ reference, treatmentId: expect.any(String), durationMinutes: 60 }),
    ]);
    expect(events).not.toContain(token);
    expect(errors).toEqual([]);
  });

  it('books a medical massage with the verified referral RX-DEMO-BACK', async () => {
    const { widget, errors } = await partnerPage();
    await chooseTreatmentAndLength(widget, 'Medical massage');

    await widget.getByLabel('Referral code').fill('RX-DEMO-BACK');
    await widget.getByRole('button', { name: 'Check' }).click();
    const verdict = widget.locator('[part="referral-result"]');
    await verdict.waitFor();
    expect(await verdict.textContent()).toMatch(/^Valid: \d+ sessions? left, expires on \d{1,2} \w+ \d{4}\.$/);
    await next(widget);

    const { reference, token } = await bookFirstTime(widget);
    expect(await widget.locator('[part="confirmation"]').textContent()).toContain('Medical massage');
    const answer = await bookingFromApi(reference, token);
    expect(answer.data?.booking).toEqual({ reference, status: 'CONFIRMED', treatment: { name: 'Medical massage' } });
    expect(errors).toEqual([]);
  });
});
