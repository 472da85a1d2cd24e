import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { en } from '../i18n/en.js';
import { zhHans } from '../i18n/zh-hans.js';
import { MmBooking } from '../index.js';
import { waitFor } from '../test-support/wait-for.js';

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

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const fetchMock = vi.fn<typeof fetch>();

/** The operation a call carried, by its GraphQL name. */
const operation = (init: RequestInit | undefined): string =>
  /(query|mutation) (\w+)/.exec(String(JSON.parse(String(init?.body)).query))?.[2] ?? '';

function answer(answers: Record<string, unknown>): void {
  fetchMock.mockImplementation(async (_url, init) => {
    const name = operation(init);
    if (!(name in answers)) throw new Error(`unexpected ${name}`);
    return json({ data: answers[name] });
  });
}

beforeEach(() => {
  fetchMock.mockReset();
  answer({ WidgetStart: start, WidgetServiceArea: { serviceArea: { postcode: '2000', served: true } } });
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
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
