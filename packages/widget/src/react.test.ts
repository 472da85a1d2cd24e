import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ErrorDetail, MmBooking as MmBookingElement } from './index.js';
import { MmBooking } from './react.js';
import { waitFor } from './test-support/wait-for.js';

// Tells React that updates here are wrapped in act(), as a testing library would.
Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

let root: Root | undefined;

beforeEach(() => {
  // The element asks for the catalogue once it has an API URL; these tests need no answer.
  vi.stubGlobal(
    'fetch',
    vi.fn<typeof fetch>(() => new Promise(() => {})),
  );
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

function render(props: Parameters<typeof MmBooking>[0]): MmBookingElement {
  const container = document.createElement('div');
  document.body.append(container);
  const created = createRoot(container);
  root = created;
  act(() => created.render(createElement(MmBooking, props)));
  const element = container.querySelector('mm-booking');
  if (!(element instanceof MmBookingElement)) throw new Error('no <mm-booking> rendered');
  return element;
}

describe('@mm/widget/react', () => {
  it('renders <mm-booking> with its properties and HTML attributes', async () => {
    const element = render({
      apiUrl: 'https://api.test/graphql',
      partnerKey: 'pk_test',
      id: 'booking',
      className: 'wide',
    });
    await element.updateComplete;

    expect(element.apiUrl).toBe('https://api.test/graphql');
    expect(element.partnerKey).toBe('pk_test');
    expect(element.getAttribute('id')).toBe('booking');
    expect(element.getAttribute('class')).toBe('wide');
    expect(element.shadowRoot).not.toBeNull();
  });

  it.each([
    ['onReady', 'mm-ready'],
    ['onStepChange', 'mm-step-change'],
    ['onBookingCreated', 'mm-booking-created'],
    ['onBookingChanged', 'mm-booking-changed'],
    ['onError', 'mm-error'],
  ] as const)('passes %s the %s event', (prop, type) => {
    const handler = vi.fn<(event: CustomEvent<unknown>) => void>();
    const other = vi.fn<(event: CustomEvent<unknown>) => void>();
    const otherProp = prop === 'onReady' ? 'onError' : 'onReady';
    const element = render({ apiUrl: 'https://api.test/graphql', [prop]: handler, [otherProp]: other });

    const event = new CustomEvent(type, { detail: { reference: 'MM-1' }, bubbles: true, composed: true });
    element.dispatchEvent(event);

    expect(handler).toHaveBeenCalledOnce();
    expect(handler.mock.calls[0]?.[0]).toBe(event);
    expect(other).not.toHaveBeenCalled();
  });

  it("hands the element's own events to their props", async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const onError = vi.fn<(event: CustomEvent<ErrorDetail>) => void>();
    const onReady = vi.fn<(event: CustomEvent<void>) => void>();

    render({ apiUrl: 'https://api.test/graphql', partnerKey: 'pk_test', onError, onReady });

    await waitFor(() => expect(onError).toHaveBeenCalledOnce());
    expect(onError.mock.calls[0]?.[0].detail).toEqual({ code: 'unreachable' });
    expect(onReady).not.toHaveBeenCalled();
  });

  it('stops calling a handler once the prop is removed', () => {
    const handler = vi.fn<(event: CustomEvent<unknown>) => void>();
    const element = render({ apiUrl: 'https://api.test/graphql', onBookingCreated: handler });
    act(() => root?.render(createElement(MmBooking, { apiUrl: 'https://api.test/graphql' })));

    element.dispatchEvent(new CustomEvent('mm-booking-created', { detail: {} }));

    expect(handler).not.toHaveBeenCalled();
  });
});
