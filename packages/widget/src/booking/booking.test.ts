import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/en.js';
import type * as Locale from '../i18n/locale.js';
import { zhHans } from '../i18n/zh-hans.js';
import { MmBooking } from '../index.js';
import { waitFor } from '../test-support/wait-for.js';
import { dateIn } from '../time-format.js';

const start = {
  treatments: [
    {
      id: 't1',
      slug: 'medical-massage',
      name: 'Medical massage',
      description: 'Assessment-led treatment of pain and injury.',
      requiresReferral: true,
    },
    {
      id: 't2',
      slug: 'deep-tissue',
      name: 'Deep tissue',
      description: 'Slow, firm pressure on the deeper layers.',
      requiresReferral: false,
    },
  ],
  priceTiers: [
    { id: 'p60', durationMinutes: 60, price: { amountMinor: 13900, currency: 'AUD', formatted: '$139.00' } },
    { id: 'p90', durationMinutes: 90, price: { amountMinor: 19900, currency: 'AUD', formatted: '$199.00' } },
  ],
  bookingPolicy: { timeZone: 'Australia/Sydney', freeChangeHours: 24, minNoticeMinutes: 120, horizonDays: 60 },
  techniques: [{ technique: 'DEEP_TISSUE', label: 'Deep tissue' }],
};

const booking = {
  reference: 'BK-7Q4M9X',
  status: 'CONFIRMED',
  start: '2030-01-08T09:00:00+11:00',
  end: '2030-01-08T10:00:00+11:00',
  durationMinutes: 60,
  freeChangeUntil: '2030-01-07T09:00:00+11:00',
  referralSessionsRemaining: 3,
  price: { amountMinor: 13900, currency: 'AUD', formatted: '$139.00' },
  treatment: { id: 't1', name: 'Medical massage', requiresReferral: true },
  therapist: { id: 'th1', displayName: 'Amelia Hart' },
};

// A catalogue can be made to arrive late, as on a slow network; `enDelivered` counts the English ones handed over.
const catalogueDelay = vi.hoisted(() => ({ en: 0, enDelivered: 0 }));
vi.mock('../i18n/locale.js', async (importOriginal) => {
  const actual = await importOriginal<typeof Locale>();
  return {
    ...actual,
    loadMessages: async (locale: string) => {
      const words = await actual.loadMessages(locale);
      if (locale.startsWith('en')) {
        await new Promise((resolve) => setTimeout(resolve, catalogueDelay.en));
        catalogueDelay.enDelivered++;
      }
      return words;
    },
  };
});

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const fetchMock = vi.fn<typeof fetch>();

/** The operation a call carried, by its GraphQL name. */
const operation = (init: RequestInit | undefined): string =>
  /(query|mutation) (\w+)/.exec(String(JSON.parse(String(init?.body)).query))?.[2] ?? '';

/** The variables of each call of one operation, in order. */
const variablesOf = (name: string): unknown[] =>
  fetchMock.mock.calls
    .filter(([, init]) => operation(init) === name)
    .map(([, init]) => JSON.parse(String(init?.body)).variables);

/** A GraphQL error, given in place of an operation's data. */
class Refusal {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly field?: string,
  ) {}
}

function answer(answers: Record<string, unknown>): void {
  fetchMock.mockImplementation(async (_url, init) => {
    const name = operation(init);
    if (!(name in answers)) throw new Error(`unexpected ${name}`);
    const data = answers[name];
    if (!(data instanceof Refusal)) return json({ data });
    return json({ errors: [{ message: data.message, extensions: { code: data.code, field: data.field } }] });
  });
}

beforeEach(() => {
  fetchMock.mockReset();
  answer({ WidgetStart: start, WidgetServiceArea: { serviceArea: { postcode: '2000', served: true } } });
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  catalogueDelay.en = 0;
  catalogueDelay.enDelivered = 0;
  document.body.replaceChildren();
  document.documentElement.lang = '';
  history.replaceState(null, '', '/');
  vi.unstubAllGlobals();
});

async function mount(attributes: Record<string, string> = {}): Promise<MmBooking> {
  const element = document.createElement('mm-booking');
  const all = { 'api-url': 'https://api.test/graphql', 'partner-key': 'pk_test', ...attributes };
  for (const [name, value] of Object.entries(all)) element.setAttribute(name, value);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const shadow = (element: MmBooking): ShadowRoot => {
  if (!element.shadowRoot) throw new Error('mm-booking has no shadow root');
  return element.shadowRoot;
};

const heading = (element: MmBooking) =>
  waitFor(() => {
    const text = shadow(element).querySelector('h2')?.textContent;
    if (!text) throw new Error('no step yet');
    return text;
  });

const button = (element: MmBooking, part: string): HTMLButtonElement => {
  const found = shadow(element).querySelector<HTMLButtonElement>(`[part="${part}"]`);
  if (!found) throw new Error(`no ${part}`);
  return found;
};

const atStep = (element: MmBooking, title: string) =>
  waitFor(() => expect(shadow(element).querySelector('h2')?.textContent).toBe(title));

/** Types into one of the step's inputs, as a visitor does: the value, then an `input` event. */
function type(element: MmBooking, id: string, value: string): void {
  const input = shadow(element).querySelector<HTMLInputElement>(`#${id}`);
  if (!input) throw new Error(`no #${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

async function enterPostcode(element: MmBooking, postcode: string): Promise<void> {
  await heading(element);
  const input = shadow(element).querySelector<HTMLInputElement>('#postcode');
  if (!input) throw new Error('no postcode input');
  input.value = postcode;
  button(element, 'continue-button').click();
}

describe('<mm-booking>', () => {
  it('paints the first step after one API request, in the page language', async () => {
    const element = await mount();
    expect(await heading(element)).toBe(en.stepTitle.where);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('https://api.test/graphql');
    expect(new Headers(init?.headers).get('X-Partner-Key')).toBe('pk_test');
    expect(operation(init)).toBe('WidgetStart');

    document.documentElement.lang = 'zh-CN';
    const chinese = await mount();
    expect(await heading(chinese)).toBe(zhHans.stepTitle.where);
    expect(shadow(chinese).querySelector('.base')?.getAttribute('lang')).toBe('zh-CN');
  });

  it('speaks the language the page sets just after it starts, even when the first catalogue arrives later', async () => {
    catalogueDelay.en = 100;
    const element = document.createElement('mm-booking');
    element.setAttribute('api-url', 'https://api.test/graphql');
    document.body.append(element);
    await element.updateComplete; // started in the page's language, English
    element.setAttribute('locale', 'zh-CN'); // as a Chinese partner page's own script does
    await atStep(element, zhHans.stepTitle.where);
    await waitFor(() => expect(catalogueDelay.enDelivered).toBe(1)); // the English words have come, late
    await element.updateComplete;
    expect(shadow(element).querySelector('h2')?.textContent).toBe(zhHans.stepTitle.where);
  });

  it('names an unserved postcode on the field, before any time is asked for', async () => {
    answer({ WidgetStart: start, WidgetServiceArea: { serviceArea: { postcode: '3000', served: false } } });
    const element = await mount();
    await enterPostcode(element, '3000');
    const error = await waitFor(() => {
      const found = shadow(element).querySelector('#postcode-error');
      if (!found) throw new Error('no error yet');
      return found;
    });
    expect(error.textContent).toBe(en.notServed('3000'));
    const input = shadow(element).querySelector('#postcode');
    expect(input?.getAttribute('aria-invalid')).toBe('true');
    expect(input?.getAttribute('aria-describedby')).toBe('postcode-hint postcode-error');
    expect(fetchMock.mock.calls.map(([, init]) => operation(init))).toEqual(['WidgetStart', 'WidgetServiceArea']);
  });

  it('keeps Continue focusable before a choice, and says what is missing when it is pressed', async () => {
    const element = await mount();
    await enterPostcode(element, '2000');
    await waitFor(() => expect(shadow(element).querySelector('h2')?.textContent).toBe(en.stepTitle.treatment));
    const next = button(element, 'continue-button');
    expect(next.disabled).toBe(false);
    expect(next.getAttribute('aria-disabled')).toBe('true');
    next.click();
    await element.updateComplete;
    expect(shadow(element).querySelector('[role="alert"]')?.textContent).toBe(en.choiceNeeded.treatment);
  });

  it('gives up on a silent API after the timeout, asks once more, then offers a retry', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      fetchMock.mockImplementation(
        (_url, init) =>
          new Promise((_resolve, reject) => {
            const abort = () => reject(new DOMException('aborted', 'AbortError'));
            if (init?.signal?.aborted) abort();
            else init?.signal?.addEventListener('abort', abort);
          }),
      );
      const signalTimeout = vi.spyOn(AbortSignal, 'timeout').mockImplementation(() => AbortSignal.abort());
      const element = await mount();
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
      await vi.advanceTimersByTimeAsync(1_000);
      await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
      const alert = await waitFor(() => {
        const found = shadow(element).querySelector('[role="alert"]');
        if (!found) throw new Error('no alert yet');
        return found;
      });
      expect(alert.textContent).toBe(en.timeout);
      signalTimeout.mockRestore();

      answer({ WidgetStart: start });
      button(element, 'retry-button').click();
      expect(await heading(element)).toBe(en.stepTitle.where);
    } finally {
      vi.useRealTimers();
    }
  });

  it('opens the booking of a manage link in the fragment, with the cutoff, and tells the host page nothing secret', async () => {
    answer({ WidgetStart: start, WidgetManagedBooking: { booking } });
    history.replaceState(null, '', '/book#mm-manage=BK-7Q4M9X.secret-token');
    const events: { type: string; detail: unknown }[] = [];
    for (const type of ['mm-ready', 'mm-step-change', 'mm-error']) {
      document.body.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
    }
    const element = await mount();
    await waitFor(() => expect(shadow(element).querySelector('[part="cutoff"]')).not.toBeNull());
    expect(shadow(element).querySelector('h2')?.textContent).toBe(en.stepTitle.manage);
    expect(shadow(element).querySelector('[part="summary"]')?.textContent).toContain('BK-7Q4M9X');
    expect(shadow(element).querySelector('[part="cutoff"]')?.textContent).toMatch(/^You can change or cancel free/);
    expect(shadow(element).querySelector('[part="next-button"]')?.textContent?.trim()).toBe(en.bookNext);
    const variables = JSON.parse(String(fetchMock.mock.calls[1]?.[1]?.body)).variables;
    expect(variables).toEqual({ reference: 'BK-7Q4M9X', manageToken: 'secret-token' });
    expect(events, JSON.stringify(events)).toEqual([
      { type: 'mm-ready', detail: null },
      { type: 'mm-step-change', detail: { step: 'manage' } },
    ]);
  });

  it('says the same for an unknown reference and a wrong token', async () => {
    answer({ WidgetStart: start, WidgetManagedBooking: { booking: null } });
    const element = await mount({ reference: 'BK-NOPE00', 'manage-token': 'wrong' });
    await waitFor(() => expect(shadow(element).querySelector('[role="alert"]')?.textContent).toBe(en.manageNotFound));
  });
});

describe('<mm-booking> referral step', () => {
  const NO_MATCH = 'No referral matches this code, family name and date of birth';
  const valid = {
    code: 'RX-DEMO-BACK',
    valid: true,
    reason: null,
    sessionsRemaining: 6,
    expiresOn: '2031-06-30',
    treatmentIds: ['t1'],
  };
  const wrongHolder = {
    ...valid,
    valid: false,
    reason: NO_MATCH,
    sessionsRemaining: 0,
    expiresOn: null,
    treatmentIds: [],
  };
  const served = { serviceArea: { postcode: '2000', served: true } };

  /** Postcode, medical massage and 60 minutes: the referral step. */
  async function toReferral(element: MmBooking): Promise<void> {
    await enterPostcode(element, '2000');
    await atStep(element, en.stepTitle.treatment);
    shadow(element).querySelector<HTMLElement>('[part="treatment"]')?.click();
    await element.updateComplete;
    button(element, 'continue-button').click();
    await atStep(element, en.stepTitle.length);
    shadow(element).querySelector<HTMLInputElement>('[part="length"] input')?.click();
    await element.updateComplete;
    button(element, 'continue-button').click();
    await atStep(element, en.stepTitle.referral);
  }

  async function check(element: MmBooking, code: string, familyName: string, dateOfBirth: string): Promise<void> {
    type(element, 'referral', code);
    type(element, 'familyName', familyName);
    type(element, 'dateOfBirth', dateOfBirth);
    await element.updateComplete;
    button(element, 'check-button').click();
  }

  const errorOf = (element: MmBooking, id: string) => shadow(element).querySelector(`#${id}-error`)?.textContent;
  const invalid = (element: MmBooking, id: string) =>
    shadow(element).querySelector(`#${id}`)?.getAttribute('aria-invalid') === 'true';

  it('asks for the family name and date of birth on the referral, labelled and described by the hint', async () => {
    answer({ WidgetStart: start, WidgetServiceArea: served });
    const element = await mount();
    await toReferral(element);
    const root = shadow(element);
    for (const [id, label] of [
      ['familyName', en.familyNameLabel],
      ['dateOfBirth', en.dateOfBirthLabel],
    ]) {
      expect(root.querySelector(`label[for="${id}"]`)?.textContent).toBe(label);
      expect(root.querySelector(`#${id}`)?.getAttribute('aria-describedby')).toBe('holder-hint');
    }
    expect(root.querySelector('#dateOfBirth')?.getAttribute('type')).toBe('date');
    expect(root.querySelector('#holder-hint')?.textContent).toBe(en.holderHint);

    // Nothing is asked before all three are given, and a date no one was born on is caught here.
    await check(element, '', ' ', '0084-03-09');
    await waitFor(() => expect(errorOf(element, 'referral')).toBe(en.referralMissing));
    expect(errorOf(element, 'familyName')).toBe(en.familyNameMissing);
    expect(errorOf(element, 'dateOfBirth')).toBe(en.dateOfBirthInvalid);
    expect(root.activeElement?.id).toBe('referral');
    expect(variablesOf('WidgetReferral')).toEqual([]);

    // Typing clears that field's error.
    type(element, 'familyName', 'Shah');
    await element.updateComplete;
    expect(invalid(element, 'familyName')).toBe(false);
    expect(invalid(element, 'dateOfBirth')).toBe(true);
  });

  it("shows a wrong holder's refusal on the code, and goes on with the referral's holder", async () => {
    answer({ WidgetStart: start, WidgetServiceArea: served, WidgetReferral: { checkReferral: wrongHolder } });
    const element = await mount();
    await toReferral(element);
    await check(element, ' RX-DEMO-BACK ', 'Shaw', '1984-03-09');
    await waitFor(() => expect(errorOf(element, 'referral')).toBe(NO_MATCH));
    expect(invalid(element, 'referral')).toBe(true);
    expect(invalid(element, 'familyName')).toBe(false);
    expect(shadow(element).activeElement?.id).toBe('referral');
    expect(variablesOf('WidgetReferral')).toEqual([
      { code: 'RX-DEMO-BACK', familyName: 'Shaw', dateOfBirth: '1984-03-09' },
    ]);
    button(element, 'continue-button').click();
    await element.updateComplete;
    expect(shadow(element).querySelector('h2')?.textContent).toBe(en.stepTitle.referral);

    // Another family name makes the verdict stale at once.
    answer({
      WidgetStart: start,
      WidgetServiceArea: served,
      WidgetReferral: { checkReferral: valid },
      WidgetAvailability: { availability: [] },
    });
    type(element, 'familyName', ' shah ');
    await element.updateComplete;
    expect(errorOf(element, 'referral')).toBeUndefined();
    button(element, 'check-button').click();
    const result = await waitFor(() => {
      const found = shadow(element).querySelector('[part="referral-result"]');
      if (!found) throw new Error('no result yet');
      return found;
    });
    expect(result.textContent).toMatch(/^Valid: 6 sessions left/);
    expect(variablesOf('WidgetReferral').at(-1)).toEqual({
      code: 'RX-DEMO-BACK',
      familyName: 'shah',
      dateOfBirth: '1984-03-09',
    });
    button(element, 'continue-button').click();
    await atStep(element, en.stepTitle.when);
  });

  it('says the service is busy when the code has been tried too often', async () => {
    const limited = new Refusal('RATE_LIMITED', 'Too many requests: try again later');
    answer({ WidgetStart: start, WidgetServiceArea: served, WidgetReferral: limited });
    const element = await mount();
    await toReferral(element);
    await check(element, 'RX-DEMO-BACK', 'Shah', '1984-03-09');
    await waitFor(() => expect(shadow(element).querySelector('[role="alert"]')?.textContent).toBe(en.busy));
    expect(shadow(element).querySelector('[part="retry-button"]')).not.toBeNull();
    expect(shadow(element).querySelector('[aria-invalid="true"]')).toBeNull();
  });

  it('books with the holder, and shows a holder the API refused on its field of the referral step', async () => {
    const day = dateIn(start.bookingPolicy.timeZone, Date.now() + start.bookingPolicy.minNoticeMinutes * 60_000);
    const slot = `${day}T10:00:00+10:00`;
    const therapist = { id: 'th1', displayName: 'Amelia Hart', bio: '', gender: 'female', techniques: [] };
    answer({
      WidgetStart: start,
      WidgetServiceArea: served,
      WidgetReferral: { checkReferral: valid },
      WidgetAvailability: { availability: [{ date: day, slots: [{ start: slot, availableTherapists: 1 }] }] },
      WidgetTherapists: {
        availability: [{ date: day, therapists: [therapist], slots: [{ start: slot, therapistIndexes: [0] }] }],
      },
      WidgetPricesOn: { priceTiers: start.priceTiers },
      WidgetCreateBooking: new Refusal(
        'BAD_USER_INPUT',
        'The date of birth is not a possible one',
        'referralHolder.dateOfBirth',
      ),
    });
    const element = await mount();
    await toReferral(element);
    await check(element, 'RX-DEMO-BACK', 'Shah ', '1984-03-09');
    await waitFor(() => expect(shadow(element).querySelector('[part="referral-result"]')).not.toBeNull());
    button(element, 'continue-button').click();

    await atStep(element, en.stepTitle.when);
    const time = await waitFor(() => button(element, 'time'));
    time.click();
    await waitFor(() => expect(variablesOf('WidgetTherapists')).toHaveLength(1));
    await element.updateComplete;
    button(element, 'continue-button').click();

    await atStep(element, en.stepTitle.details);
    for (const [id, value] of [
      ['name', 'Priya Shah'],
      ['email', 'priya.shah@example.com'],
      ['phone', '0412 345 678'],
      ['line1', '1 Harbour St'],
      ['suburb', 'Sydney'],
    ] as const) {
      type(element, id, value);
    }
    const consent = shadow(element).querySelector<HTMLInputElement>('#consent');
    if (!consent) throw new Error('no consent');
    consent.checked = true;
    consent.dispatchEvent(new Event('change'));
    await element.updateComplete;
    button(element, 'continue-button').click();

    await atStep(element, en.stepTitle.review);
    button(element, 'continue-button').click();
    await atStep(element, en.stepTitle.referral);
    const [input] = variablesOf('WidgetCreateBooking') as { input: Record<string, unknown> }[];
    expect(input?.input).toMatchObject({
      referralCode: 'RX-DEMO-BACK',
      referralHolder: { familyName: 'Shah', dateOfBirth: '1984-03-09' },
    });
    await waitFor(() => expect(errorOf(element, 'dateOfBirth')).toBe('The date of birth is not a possible one'));
    expect(invalid(element, 'referral')).toBe(false);
    // Checked again before going on: the check that passed no longer stands.
    expect(shadow(element).querySelector('[part="referral-result"]')).toBeNull();
    expect(shadow(element).activeElement?.id).toBe('dateOfBirth');
  });
});

describe('the catalogues', () => {
  /** Every entry's path, and for functions their arity. */
  const shape = (value: unknown, path = ''): string[] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([key, child]) => shape(child, `${path}.${key}`))
      : [`${path}:${typeof value === 'function' ? `fn${value.length}` : typeof value}`];

  it('Chinese has every English entry, with the same parameters, and its own refusals', () => {
    const { refusals, ...rest } = zhHans;
    expect(shape(rest).sort()).toEqual(shape(en).sort());
    expect(Object.keys(refusals ?? {}).length).toBeGreaterThan(0);
    expect(zhHans.serverWords).toBe(false);
  });

  it('Chinese words are Chinese: no entry is left in English', () => {
    const texts = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : typeof value === 'function'
          ? [String(value(1, 2))]
          : typeof value === 'object' && value !== null
            ? Object.values(value).flatMap(texts)
            : [];
    const english = texts(zhHans).filter((text) =>
      /[A-Za-z]{4,}/.test(text.replace(/name@example\.com|\.ics|api-url/g, '')),
    );
    expect(english).toEqual([]);
  });
});
