import type { Page } from 'playwright-core';
import type { BrowserSession } from './browser-session.js';
import { signInToConsole } from './console-sign-in.js';

/** A fresh browser profile signed in to the console (as `who`), on `path`, with its uncaught errors collected. */
export async function signedInConsole(
  session: BrowserSession,
  who: { email: string; password: string },
  path: string,
): Promise<{ page: Page; errors: string[] }> {
  const context = await session.browser().newContext({ timezoneId: 'UTC', viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(`sign-in?next=${encodeURIComponent(path)}`, session.stack().adminUrl).href);
  await signInToConsole(page, who);
  return { page, errors };
}

/** Whatever has an API to call: a browser session's stack, or an API process alone (`{ stack: () => ({ apiUrl }) }`). */
export type ApiTarget = { stack(): { readonly apiUrl: string } };

/** One GraphQL operation on the stack's API, without a session: the operator's own channel, or as `headers` say. */
export async function apiCall<T>(
  session: ApiTarget,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await fetch(session.stack().apiUrl, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export const sydneyDate = (iso: string | number) =>
  new Date(iso).toLocaleDateString('en-CA', { timeZone: 'Australia/Sydney' });

type Slot = { start: string; therapists: { id: string; displayName: string }[] };

/**
 * A deep-tissue booking in postcode 2000 with the first therapist free at the first start with two of them,
 * made as `headers` say (a partner's key, say).
 */
export async function bookWithApi(
  session: ApiTarget,
  client: string,
  fromDays: number,
  headers: Record<string, string> = {},
) {
  const { treatments } = await apiCall<{ treatments: { id: string; slug: string }[] }>(
    session,
    '{ treatments { id slug } }',
    {},
    headers,
  );
  const treatmentId = treatments.find((t) => t.slug === 'deep-tissue')?.id;
  const day = (n: number) => sydneyDate(Date.now() + n * 86_400_000);
  const { availability } = await apiCall<{ availability: { slots: Slot[] }[] }>(
    session,
    `query ($input: AvailabilityInput!) { availability(input: $input) { slots { start therapists { id displayName } } } }`,
    {
      input: {
        treatmentId,
        durationMinutes: 60,
        from: day(fromDays),
        to: day(fromDays + 7),
        timeZone: 'Australia/Sydney',
        postcode: '2000',
      },
    },
    headers,
  );
  const slot = availability.flatMap((d) => d.slots).find((s) => s.therapists.length >= 2);
  const therapist = slot?.therapists[0];
  if (!slot || !therapist) throw new Error('no start with two free therapists');
  const { createBooking } = await apiCall<{
    createBooking: { manageToken: string; booking: { id: string; reference: string } };
  }>(
    session,
    'mutation ($input: CreateBookingInput!) { createBooking(input: $input) { manageToken booking { id reference } } }',
    {
      input: {
        idempotencyKey: crypto.randomUUID(),
        treatmentId,
        durationMinutes: 60,
        start: slot.start,
        therapistId: therapist.id,
        client: {
          name: client,
          email: `${client.toLowerCase().replaceAll(' ', '.')}@example.com`,
          phone: '0412 345 678',
        },
        address: { line1: '1 Harbour St', suburb: 'Sydney', postcode: '2000', country: 'AU' },
      },
    },
    headers,
  );
  return { ...createBooking.booking, manageToken: createBooking.manageToken, start: slot.start, therapist };
}
