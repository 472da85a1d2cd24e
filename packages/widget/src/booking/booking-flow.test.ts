import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import './booking.js';
import { waitFor } from '../test-support/wait-for.js';
import type { BookingCreatedDetail, MmBooking } from './booking.js';

// 14:00 UTC on 30 November: already 1 December in Sydney (UTC+11), still 30 November in Perth (UTC+8).
const NOW = Date.parse('2026-11-30T14:00:00Z');

const catalogue = {
  treatments: [
    { id: 't1', slug: 'medical-massage', name: 'Medical massage', description: 'Prescribed.', requiresReferral: true },
    { id: 't2', slug: 'deep-tissue', name: 'Deep tissue massage', description: 'Firm.', requiresReferral: false },
  ],
  priceTiers: [
    { id: 'p60', durationMinutes: 60, price: { amountMinor: 13900, currency: 'AUD', formatted: '$139.00' } },
    { id: 'p90', durationMinutes: 90, price: { amountMinor: 19900, currency: 'AUD', formatted: '$199.00' } },
  ],
};

const FIRST_START = '2026-12-02T09:00:00+11:00';
const slot = (start: string, availableTherapists = 2) => ({
  start,
  end: new Date(Date.parse(start) + 3_600_000).toISOString(),
  availableTherapists,
});
const week = [
  { date: '2026-12-02', slots: [slot(FIRST_START), slot('2026-12-02T09:15:00+11:00', 1)] },
  { date: '2026-12-03', slots: [] },
  { date: '2026-12-04', slots: [slot('2026-12-04T14:00:00+11:00')] },
];
const therapists = [
  { id: 'th1', displayName: 'Amelia Hart' },
  { id: 'th2', displayName: 'Liam Nguyen' },
];

const referral = {
  code: 'RX-DEMO-BACK',
  valid: true,
  reason: null,
  sessionsRemaining: 6,
  expiresOn: '2027-05-26',
  treatmentIds: ['t1'],
};

const created = (treatment: { id: string; name: string }, therapist = 'Amelia Hart') => ({
  createBooking: {
    manageToken: 'secret-manage-token',
    booking: {
      reference: 'BK-7Q4M9X',
      start: FIRST_START,
      end: '2026-12-02T10:00:00+11:00',
      durationMinutes: 60,
      price: { amountMinor: 13900, currency: 'AUD', formatted: '$139.00' },
      treatment,
      therapist: { displayName: therapist },
    },
  },
});

type Variables = Record<string, unknown>;
type Handler = (variables: Variables) => Response | Promise<Response>;

const json = (body: unknown): Response =>
  new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
const data = (body: unknown) => () => json({ data: body });
const refusal = (message: string, code: string, field?: string) => () =>
  json({ data: null, errors: [{ message, extensions: { code, field } }] });

interface Request {
  operation: string;
  query: string;
  variables: Variables;
}

// The widget always sends a JSON body of this shape; the cast names what the test reads of it.
const readRequest = (init: RequestInit | undefined): Request => {
  const { query, variables } = JSON.parse(String(init?.body)) as { query: string; variables?: Variables };
  return { operation: /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '', query, variables: variables ?? {} };
};

const fetchMock = vi.fn<typeof fetch>();
let handlers: Record<string, Handler>;

const requests = (operation: string): Request[] =>
  fetchMock.mock.calls.map(([, init]) => readRequest(init)).filter((request) => request.operation === operation);

/** The `input` variable of each request of one operation. */
const inputs = (operation: string): Variables[] =>
  requests(operation).map(({ variables }) => {
    const { input } = variables;
    if (typeof input !== 'object' || input === null) throw new Error(`${operation} without input`);
    return Object.fromEntries(Object.entries(input));
  });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  handlers = {
    WidgetCatalogue: data(catalogue),
    WidgetReferral: data({ checkReferral: referral }),
    WidgetAvailability: data({ availability: week }),
    WidgetTherapists: data({
      availability: [{ date: '2026-12-02', slots: [{ start: FIRST_START, therapists }] }],
    }),
    WidgetCreateBooking: data(created({ id: 't2', name: 'Deep tissue massage' })),
  };
  fetchMock.mockReset();
  fetchMock.mockImplementation(async (_url, init) => {
    const { operation, variables } = readRequest(init);
    const handler = handlers[operation];
    if (!handler) throw new Error(`unexpected operation ${operation}`);
    return handler(variables);
  });
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

async function mount(attributes: Record<string, string> = {}): Promise<MmBooking> {
  const element = document.createElement('mm-booking');
  const all = {
    'api-url': 'https://api.test/graphql',
    'partner-key': 'pk_test',
    locale: 'en-AU',
    'time-zone': 'Australia/Sydney',
    ...attributes,
  };
  for (const [name, value] of Object.entries(all)) element.setAttribute(name, value);
  document.body.append(element);
  await waitFor(() => expect(shadow(element).querySelectorAll('[role="radio"]')).toHaveLength(2));
  return element;
}

function shadow(element: MmBooking): ShadowRoot {
  if (!element.shadowRoot) throw new Error('mm-booking has no shadow root');
  return element.shadowRoot;
}

const heading = (element: MmBooking): string => shadow(element).querySelector('.step h2')?.textContent ?? '';

const whenHeading = (element: MmBooking, text: string) => waitFor(() => expect(heading(element)).toBe(text));

/** A button by its visible text, once it is there and enabled. */
const button = (element: MmBooking, text: string): Promise<HTMLButtonElement> =>
  waitFor(() => {
    const found = [...shadow(element).querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
    if (!found || found.disabled) throw new Error(`no enabled button "${text}"`);
    return found;
  });

const click = async (element: MmBooking, text: string): Promise<void> => {
  (await button(element, text)).click();
  await element.updateComplete;
};

function input(element: MmBooking, id: string): HTMLInputElement | HTMLTextAreaElement {
  const found = shadow(element).getElementById(id);
  if (!(found instanceof HTMLInputElement || found instanceof HTMLTextAreaElement)) throw new Error(`no #${id}`);
  return found;
}

function type(element: MmBooking, id: string, value: string): void {
  const field = input(element, id);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

function radio(element: MmBooking, label: string): HTMLInputElement {
  const labels = [...shadow(element).querySelectorAll('label')];
  const found = labels.find((l) => l.textContent?.trim().startsWith(label))?.querySelector('input');
  if (!found) throw new Error(`no radio "${label}"`);
  return found;
}

/** Treatment, length, (referral), postcode: up to the free times. */
async function toTimes(element: MmBooking, treatment: 'Medical massage' | 'Deep tissue massage'): Promise<void> {
  const index = catalogue.treatments.findIndex((t) => t.name === treatment);
  shadow(element).querySelectorAll<HTMLElement>('[role="radio"]')[index]?.click();
  await click(element, 'Continue');
  await whenHeading(element, 'Choose a length');
  radio(element, '60 min — $139.00').click();
  await click(element, 'Continue');
  if (treatment === 'Medical massage') {
    await whenHeading(element, 'Your referral');
    type(element, 'referral', 'RX-DEMO-BACK');
    await click(element, 'Check');
    await waitFor(() =>
      expect(shadow(element).querySelector('[part="referral-result"]')?.textContent?.trim()).toBe(
        'Valid: 6 sessions left, expires on 26 May 2027.',
      ),
    );
    await click(element, 'Continue');
  }
  await whenHeading(element, 'Where should we come?');
  type(element, 'visit-postcode', '2000');
  await click(element, 'Continue');
  await whenHeading(element, 'Choose a time');
  await waitFor(() => expect(shadow(element).querySelector('[part="time"]')).not.toBeNull());
}

async function fillDetails(element: MmBooking): Promise<void> {
  await whenHeading(element, 'Your details');
  type(element, 'name', 'Priya Shah');
  type(element, 'email', 'priya@example.com');
  type(element, 'phone', '0412 345 678');
  type(element, 'line1', '1 George St');
  type(element, 'suburb', 'Sydney');
  type(element, 'notes', 'Recent knee surgery');
}

const alertText = (element: MmBooking) => shadow(element).querySelector('[role="alert"]')?.textContent ?? '';

describe('<mm-booking> booking flow', () => {
  it('books a medical massage with a referral and a chosen therapist, and announces it without secrets', async () => {
    const element = await mount();
    handlers.WidgetCreateBooking = data(created({ id: 't1', name: 'Medical massage' }));
    const events: CustomEvent<BookingCreatedDetail>[] = [];
    document.body.addEventListener('mm-booking-created', (event) => events.push(event));

    await toTimes(element, 'Medical massage');
    expect(inputs('WidgetAvailability')).toEqual([
      {
        treatmentId: 't1',
        durationMinutes: 60,
        from: '2026-12-02',
        to: '2026-12-08',
        timeZone: 'Australia/Sydney',
        postcode: '2000',
        referralCode: 'RX-DEMO-BACK',
      },
    ]);
    expect(requests('WidgetAvailability')[0]?.query).toMatch(/slots\s*{\s*start end availableTherapists\s*}/);

    await click(element, '9:00 am');
    await waitFor(() => radio(element, 'Amelia Hart'));
    // Names are asked for that one day only, and only now.
    expect(inputs('WidgetTherapists')).toEqual([
      expect.objectContaining({ from: '2026-12-02', to: '2026-12-02', referralCode: 'RX-DEMO-BACK' }),
    ]);
    radio(element, 'Amelia Hart').click();
    await click(element, 'Continue');

    await fillDetails(element);
    await click(element, 'Confirm booking');
    await whenHeading(element, 'Booking confirmed');

    const [booking] = inputs('WidgetCreateBooking');
    expect(booking).toEqual({
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
      treatmentId: 't1',
      durationMinutes: 60,
      start: FIRST_START,
      therapistId: 'th1',
      referralCode: 'RX-DEMO-BACK',
      client: { name: 'Priya Shah', email: 'priya@example.com', phone: '0412 345 678' },
      address: { line1: '1 George St', suburb: 'Sydney', postcode: '2000', country: 'AU' },
      intakeNotes: 'Recent knee surgery',
    });

    expect(events).toHaveLength(1);
    expect(events[0]?.bubbles && events[0]?.composed).toBe(true);
    expect(events[0]?.detail).toEqual({
      reference: 'BK-7Q4M9X',
      start: FIRST_START,
      end: '2026-12-02T10:00:00+11:00',
      treatmentId: 't1',
      durationMinutes: 60,
    });
    expect(JSON.stringify(events[0]?.detail)).not.toMatch(/secret-manage-token|knee/);

    const confirmation = shadow(element).querySelector('[part="confirmation"]')?.textContent ?? '';
    for (const text of ['BK-7Q4M9X', 'Amelia Hart', 'Medical massage', '60 min', '$139.00', 'secret-manage-token']) {
      expect(confirmation).toContain(text);
    }
    expect(confirmation).toMatch(/Wednesday,? 2 December 2026 at 9:00 am AEDT/);
    expect(confirmation).toContain('change or cancel');
  });

  it('books without a therapist or referral code when none applies, and skips the referral step', async () => {
    const element = await mount();
    await toTimes(element, 'Deep tissue massage');
    expect(inputs('WidgetAvailability')[0]).not.toHaveProperty('referralCode');
    await click(element, '9:00 am');
    await click(element, 'Continue');
    await fillDetails(element);
    await click(element, 'Confirm booking');
    await whenHeading(element, 'Booking confirmed');

    const [booking] = inputs('WidgetCreateBooking');
    expect(booking).not.toHaveProperty('therapistId');
    expect(booking).not.toHaveProperty('referralCode');
    expect(booking).toMatchObject({ treatmentId: 't2', start: FIRST_START });
  });

  it('puts a field error on its input, described and focused, and clears it on typing', async () => {
    handlers.WidgetCreateBooking = refusal(
      'This does not look like an email address',
      'BAD_USER_INPUT',
      'client.email',
    );
    const element = await mount();
    await toTimes(element, 'Deep tissue massage');
    await click(element, '9:00 am');
    await click(element, 'Continue');
    await fillDetails(element);
    await click(element, 'Confirm booking');

    const email = input(element, 'email');
    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'));
    const description = shadow(element).getElementById(email.getAttribute('aria-describedby') ?? '');
    expect(description?.textContent).toBe('This does not look like an email address');
    await waitFor(() => expect(shadow(element).activeElement).toBe(email));
    expect(input(element, 'name').getAttribute('aria-invalid')).toBe('false');
    expect(heading(element)).toBe('Your details');

    type(element, 'email', 'priya@example.org');
    await element.updateComplete;
    expect(email.getAttribute('aria-invalid')).toBe('false');
    expect(email.hasAttribute('aria-describedby')).toBe(false);
  });

  it('sends the client back to the times, reloaded, when the slot was just taken', async () => {
    handlers.WidgetCreateBooking = refusal('That time is no longer free', 'SLOT_UNAVAILABLE', 'start');
    const element = await mount();
    await toTimes(element, 'Deep tissue massage');
    await click(element, '9:00 am');
    await click(element, 'Continue');
    await fillDetails(element);
    handlers.WidgetAvailability = data({ availability: [{ date: '2026-12-02', slots: [slot(FIRST_START)] }] });
    await click(element, 'Confirm booking');

    await whenHeading(element, 'Choose a time');
    expect(alertText(element)).toBe('That time was just taken — please choose another');
    await waitFor(() => expect(requests('WidgetAvailability')).toHaveLength(2));
    await button(element, '9:00 am');
    expect(shadow(element).querySelector('[aria-pressed="true"][part="time"]')).toBeNull();
  });

  it('goes back to the referral step when the booking refuses the referral', async () => {
    handlers.WidgetCreateBooking = refusal('The referral has no sessions left', 'REFERRAL_INVALID', 'referralCode');
    const element = await mount();
    await toTimes(element, 'Medical massage');
    await click(element, '9:00 am');
    await click(element, 'Continue');
    await fillDetails(element);
    await click(element, 'Confirm booking');

    await whenHeading(element, 'Your referral');
    const code = input(element, 'referral');
    await waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    expect(shadow(element).getElementById('referral-error')?.textContent).toBe('The referral has no sessions left');
    expect((await waitFor(() => button(element, 'Back'))).disabled).toBe(false);
    expect(
      [...shadow(element).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Continue')?.disabled,
    ).toBe(true);
  });

  it('explains a referral that cannot be used and does not let the client go on', async () => {
    handlers.WidgetReferral = data({
      checkReferral: { ...referral, valid: false, reason: 'Unknown referral code', treatmentIds: [] },
    });
    const element = await mount();
    shadow(element).querySelectorAll<HTMLElement>('[role="radio"]')[0]?.click();
    await click(element, 'Continue');
    radio(element, '60 min — $139.00').click();
    await click(element, 'Continue');
    type(element, 'referral', 'RX-NOPE');
    await click(element, 'Check');

    await waitFor(() =>
      expect(shadow(element).getElementById('referral-error')?.textContent).toBe('Unknown referral code'),
    );
    expect(input(element, 'referral').getAttribute('aria-invalid')).toBe('true');
    const next = [...shadow(element).querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Continue');
    expect(next?.disabled).toBe(true);
  });

  it('retries a booking after a network failure with the same idempotency key', async () => {
    let attempts = 0;
    handlers.WidgetCreateBooking = () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch');
      return json({ data: created({ id: 't2', name: 'Deep tissue massage' }) });
    };
    const element = await mount();
    await toTimes(element, 'Deep tissue massage');
    await click(element, '9:00 am');
    await click(element, 'Continue');
    await fillDetails(element);
    await click(element, 'Confirm booking');

    await waitFor(() => expect(alertText(element)).toContain('could not be reached'));
    expect(input(element, 'email').value).toBe('priya@example.com');
    await click(element, 'Try again');
    await whenHeading(element, 'Booking confirmed');

    const keys = inputs('WidgetCreateBooking').map((booking) => booking.idempotencyKey);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('shows times in the time-zone attribute, from tomorrow there, and never pages before tomorrow', async () => {
    const element = await mount({ 'time-zone': 'Australia/Perth' });
    await toTimes(element, 'Deep tissue massage');
    // 09:00 in Sydney (UTC+11) is 06:00 in Perth (UTC+8).
    await button(element, '6:00 am');
    expect(shadow(element).querySelector('#times-heading')?.textContent).toBe('Free times on Wednesday 2 December');
    expect(inputs('WidgetAvailability')[0]).toMatchObject({
      from: '2026-12-01',
      to: '2026-12-07',
      timeZone: 'Australia/Perth',
    });

    const previous = await waitFor(() => {
      const found = [...shadow(element).querySelectorAll('button')].find(
        (b) => b.textContent?.trim() === 'Previous week',
      );
      if (!found) throw new Error('no previous week button');
      return found;
    });
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    previous.click();
    expect(requests('WidgetAvailability')).toHaveLength(1);
    handlers.WidgetAvailability = data({ availability: [{ date: '2026-12-08', slots: [] }] });
    await click(element, 'Next week');
    await waitFor(() =>
      expect(shadow(element).querySelector('[part="empty"]')?.textContent).toContain('No free times'),
    );
    expect(inputs('WidgetAvailability')[1]).toMatchObject({ from: '2026-12-08', to: '2026-12-14' });
    expect(previous.getAttribute('aria-disabled')).toBe('false');
    previous.click();
    await waitFor(() => expect(inputs('WidgetAvailability')).toHaveLength(3));
    expect(inputs('WidgetAvailability')[2]).toMatchObject({ from: '2026-12-01' });
  });

  it('moves focus to each new step heading and announces it politely', async () => {
    const element = await mount();
    const live = shadow(element).querySelector('[aria-live="polite"]');
    expect(live?.textContent?.trim()).toBe('');
    shadow(element).querySelectorAll<HTMLElement>('[role="radio"]')[1]?.click();
    await click(element, 'Continue');
    await whenHeading(element, 'Choose a length');
    expect(shadow(element).activeElement).toBe(shadow(element).querySelector('.step h2'));
    expect(live?.textContent?.trim()).toBe('Step 2 of 5: Choose a length');
    await click(element, 'Back');
    await whenHeading(element, 'Choose a treatment');
    expect(shadow(element).querySelectorAll('[role="radio"][aria-checked="true"]')).toHaveLength(1);
  });
});
