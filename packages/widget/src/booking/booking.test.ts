import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitFor } from '../test-support/wait-for.js';
import { MmBooking, type TreatmentSelectDetail } from './booking.js';

const catalogue = {
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
    {
      id: 't3',
      slug: 'lymphatic-drainage',
      name: 'Lymphatic drainage',
      description: 'Gentle strokes that move fluid.',
      requiresReferral: false,
    },
  ],
  priceTiers: [
    { id: 'p60', durationMinutes: 60, price: { amountMinor: 13900, currency: 'AUD', formatted: '$139.00' } },
    { id: 'p90', durationMinutes: 90, price: { amountMinor: 19900, currency: 'AUD', formatted: '$199.00' } },
  ],
};

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const fetchMock = vi.fn<typeof fetch>();

beforeEach(() => {
  fetchMock.mockReset();
  fetchMock.mockImplementation(async () => json({ data: catalogue }));
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  document.body.replaceChildren();
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

const root = (element: MmBooking): ShadowRoot => {
  if (!element.shadowRoot) throw new Error('mm-booking has no shadow root');
  return element.shadowRoot;
};

const radios = (element: MmBooking): HTMLElement[] => [
  ...root(element).querySelectorAll<HTMLElement>('[role="radio"]'),
];

const whenReady = (element: MmBooking) => waitFor(() => expect(radios(element)).toHaveLength(3));

const whenError = (element: MmBooking): Promise<HTMLElement> =>
  waitFor(() => {
    const error = root(element).querySelector<HTMLElement>('[part="error"]');
    if (!error?.querySelector('[role="alert"]')) throw new Error('no alert yet');
    return error;
  });

const press = (target: HTMLElement, key: string): KeyboardEvent => {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true });
  target.dispatchEvent(event);
  return event;
};

describe('<mm-booking>', () => {
  it('shows a loading status until the API answers, then the treatments and prices', async () => {
    let answer: (response: Response) => void = () => {};
    fetchMock.mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)));
    const element = await mount();

    expect(root(element).querySelector('[role="status"]')?.textContent).toContain('Loading');

    answer(json({ data: catalogue }));
    await whenReady(element);
    const text = root(element).textContent ?? '';
    expect(text).toContain('Medical massage');
    expect(text).toContain('Slow, firm pressure on the deeper layers.');
    expect(root(element).querySelector('[role="status"]')).toBeNull();

    const prices = [...root(element).querySelectorAll('[part="price"]')].map((li) => li.textContent?.trim());
    expect(prices).toEqual(['60 min — $139.00', '90 min — $199.00']);
    expect(text).toContain('60 min');
    expect(text).toContain('$139.00');
  });

  it('badges only the treatments that require a referral', async () => {
    const element = await mount();
    await whenReady(element);
    const badged = radios(element).filter((radio) => radio.querySelector('[part="badge"]'));
    const names = badged.map((radio) => root(element).getElementById(radio.getAttribute('aria-labelledby') ?? ''));
    expect(names.map((name) => name?.textContent)).toEqual(['Medical massage Referral required']);
    expect(badged[0]?.querySelector('[part="badge"]')?.textContent).toBe('Referral required');
  });

  it('POSTs one GraphQL query with the X-Partner-Key header', async () => {
    const element = await mount({ 'partner-key': 'pk_demo' });
    await whenReady(element);

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('https://api.test/graphql');
    expect(init?.method).toBe('POST');
    const headers = new Headers(init?.headers);
    expect(headers.get('X-Partner-Key')).toBe('pk_demo');
    expect(headers.get('Content-Type')).toBe('application/json');
    const { query } = JSON.parse(String(init?.body)) as { query: string };
    expect(query).toMatch(/treatments\s*{\s*id slug name description requiresReferral\s*}/);
    expect(query).toMatch(/priceTiers\s*{\s*id durationMinutes price\s*{\s*amountMinor currency formatted\s*}\s*}/);
  });

  it('sends the header even while the partner key is empty', async () => {
    const element = await mount({ 'partner-key': '' });
    await whenReady(element);
    expect(new Headers(fetchMock.mock.calls[0]?.[1]?.headers).has('X-Partner-Key')).toBe(true);
  });

  it('shows a readable error with a retry button when the API cannot be reached, and retries', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const element = await mount();
    const error = await whenError(element);
    expect(error.textContent).toContain('could not be reached');

    const retry = root(element).querySelector<HTMLButtonElement>('button[part="retry-button"]');
    expect(retry?.textContent).toBe('Try again');
    retry?.click();

    await whenReady(element);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(root(element).querySelector('[part="error"]')).toBeNull();
  });

  it('explains GraphQL errors in client terms', async () => {
    fetchMock.mockResolvedValueOnce(
      json({ data: null, errors: [{ message: 'Unknown key pk_x', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    const element = await mount();
    const error = await whenError(element);
    expect(error.textContent).toContain('unknown partner key');
    expect(error.querySelector('button')).not.toBeNull();
  });

  it('shows the API message for other GraphQL errors, and the status for non-GraphQL failures', async () => {
    fetchMock.mockResolvedValueOnce(json({ errors: [{ message: 'Treatments are being updated.' }] }));
    const first = await mount();
    expect((await whenError(first)).textContent).toContain('Treatments are being updated.');

    fetchMock.mockResolvedValueOnce(new Response('<html>Bad gateway</html>', { status: 502 }));
    const second = await mount();
    expect((await whenError(second)).textContent).toContain('HTTP 502');
  });

  it('reports a missing api-url without calling the network', async () => {
    const element = document.createElement('mm-booking');
    document.body.append(element);
    expect((await whenError(element)).textContent).toContain('api-url');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('exposes a labelled radio group with a roving tab stop', async () => {
    const element = await mount();
    await whenReady(element);
    const shadow = root(element);

    const group = shadow.querySelector('[role="radiogroup"]');
    const labelId = group?.getAttribute('aria-labelledby') ?? '';
    expect(shadow.getElementById(labelId)?.textContent).toBe('Choose a treatment');

    for (const radio of radios(element)) {
      expect(radio.getAttribute('aria-checked')).toBe('false');
      const name = shadow.getElementById(radio.getAttribute('aria-labelledby') ?? '');
      const description = shadow.getElementById(radio.getAttribute('aria-describedby') ?? '');
      expect(name?.textContent).toBeTruthy();
      expect(description?.textContent).toBeTruthy();
    }
    expect(radios(element).map((radio) => radio.tabIndex)).toEqual([0, -1, -1]);

    const prices = shadow.querySelector('[part="prices"]');
    const pricesLabel = prices?.closest('section')?.getAttribute('aria-labelledby') ?? '';
    expect(shadow.getElementById(pricesLabel)?.textContent).toBe('Prices');
  });

  it('selects with Space, Enter and the arrow keys, and never on load', async () => {
    const selections: TreatmentSelectDetail[] = [];
    const events: CustomEvent<TreatmentSelectDetail>[] = [];
    const listener = (event: CustomEvent<TreatmentSelectDetail>) => {
      events.push(event);
      selections.push(event.detail);
    };
    // Listening on the page body, as a host page would.
    document.body.addEventListener('mm-treatment-select', listener);
    try {
      const element = await mount();
      await whenReady(element);
      await element.updateComplete;
      expect(selections).toEqual([]);

      const [first, second, third] = radios(element);
      if (!first || !second || !third) throw new Error('expected three radios');

      first.focus();
      expect(selections).toEqual([]);
      expect(press(first, ' ').defaultPrevented).toBe(true);
      expect(selections).toEqual([{ treatmentId: 't1', slug: 'medical-massage' }]);
      expect(events[0]?.bubbles).toBe(true);
      expect(events[0]?.composed).toBe(true);

      press(first, 'ArrowDown');
      expect(selections.at(-1)).toEqual({ treatmentId: 't2', slug: 'deep-tissue' });
      expect(root(element).activeElement).toBe(second);
      await element.updateComplete;
      expect(second.getAttribute('aria-checked')).toBe('true');
      expect(first.getAttribute('aria-checked')).toBe('false');
      expect(radios(element).map((radio) => radio.tabIndex)).toEqual([-1, 0, -1]);

      press(second, 'ArrowUp');
      press(first, 'ArrowLeft');
      expect(selections.slice(-2)).toEqual([
        { treatmentId: 't1', slug: 'medical-massage' },
        { treatmentId: 't3', slug: 'lymphatic-drainage' },
      ]);
      expect(root(element).activeElement).toBe(third);

      press(third, 'ArrowRight');
      expect(selections.at(-1)).toEqual({ treatmentId: 't1', slug: 'medical-massage' });

      const count = selections.length;
      press(first, 'Enter');
      expect(press(first, 'a').defaultPrevented).toBe(false);
      expect(selections).toHaveLength(count);

      press(second, 'Enter');
      expect(selections.at(-1)).toEqual({ treatmentId: 't2', slug: 'deep-tissue' });
    } finally {
      document.body.removeEventListener('mm-treatment-select', listener);
    }
  });

  it('selects on click', async () => {
    const element = await mount();
    await whenReady(element);
    const onSelect = vi.fn();
    element.addEventListener('mm-treatment-select', onSelect);
    radios(element)[2]?.click();
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(onSelect.mock.calls[0]?.[0].detail).toEqual({ treatmentId: 't3', slug: 'lymphatic-drainage' });
  });

  it('formats prices for the locale attribute when one is given', async () => {
    const element = await mount({ locale: 'de-DE' });
    await whenReady(element);
    expect(root(element).querySelector('[part="price"]')?.textContent).toMatch(/^60 min — 139,00\s?(AU)?\$$/);
  });

  it('can be defined twice without throwing', async () => {
    expect(customElements.get('mm-booking')).toBe(MmBooking);
    vi.resetModules();
    const again = await import('./booking.js');
    expect(again.MmBooking).not.toBe(MmBooking);
    expect(customElements.get('mm-booking')).toBe(MmBooking);
    await expect(import('../index.js')).resolves.toBeDefined();
  });
});
