import { randomUUID } from 'node:crypto';
import { DEMO_REFERRALS } from '../seeders/demo-data.js';
import type { TestApi } from './test-api.js';

export interface Slot {
  start: string;
  end: string;
  availableTherapists: number;
  therapists: { id: string; displayName: string }[];
}

export interface Catalog {
  treatments: { id: string; slug: string; requiresReferral: boolean }[];
}

export const BOOKING_FIELDS = `id reference status start end durationMinutes
  price { amountMinor currency formatted } treatment { id slug } therapist { id displayName }`;

export interface BookingResult {
  id: string;
  reference: string;
  status: string;
  start: string;
  end: string;
  durationMinutes: number;
  price: { amountMinor: number; currency: string; formatted: string };
  treatment: { id: string; slug: string };
  therapist: { id: string; displayName: string };
}

export async function treatmentId(t: TestApi, slug: string): Promise<string> {
  const { data } = await t.graphql<Catalog>('{ treatments { id slug requiresReferral } }');
  const found = data?.treatments.find((x) => x.slug === slug);
  if (!found) throw new Error(`no treatment ${slug}`);
  return found.id;
}

/** A calendar date `days` from today in Sydney. */
export function sydneyDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Australia/Sydney' });
}

export async function availability(
  t: TestApi,
  input: Record<string, unknown>,
): Promise<{ days: { date: string; slots: Slot[] }[]; errors: unknown }> {
  const { data, errors } = await t.graphql<{ availability: { date: string; slots: Slot[] }[] }>(
    `query ($input: AvailabilityInput!) {
      availability(input: $input) { date slots { start end availableTherapists therapists { id displayName } } }
    }`,
    { input: { timeZone: 'Australia/Sydney', durationMinutes: 60, ...input } },
  );
  return { days: data?.availability ?? [], errors };
}

/** The first free slot from `fromDays` days ahead, over a week. */
export async function firstSlot(t: TestApi, input: Record<string, unknown>, fromDays = 3): Promise<Slot> {
  const { days, errors } = await availability(t, {
    from: sydneyDate(fromDays),
    to: sydneyDate(fromDays + 7),
    ...input,
  });
  const slot = days.flatMap((d) => d.slots)[0];
  if (!slot) throw new Error(`no free slot: ${JSON.stringify(errors)}`);
  return slot;
}

/** Whom the tests' referrals were written for: the demo's as seeded, and TEST_HOLDER for those tests insert. */
export const TEST_HOLDER = { familyName: 'Tester', dateOfBirth: '1980-01-01' } as const;
export const holderOf = (code: string) => DEMO_REFERRALS.find((r) => r.code === code)?.holder ?? TEST_HOLDER;

/** A booking request; with a referral code, also its holder (unless the test gives one, or null). */
export function bookingInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const code = typeof overrides.referralCode === 'string' ? overrides.referralCode : undefined;
  return {
    idempotencyKey: randomUUID(),
    durationMinutes: 60,
    client: { name: 'Jordan Lee', email: 'jordan.lee@example.com', phone: '0412 345 678' },
    address: { line1: '1 Harbour St', suburb: 'Sydney', state: 'NSW', postcode: '2000', country: 'AU' },
    ...(code ? { referralHolder: holderOf(code) } : {}),
    ...overrides,
  };
}

/** A referral written straight into the database, for TEST_HOLDER, decided when not PENDING. */
export async function insertTestReferral(
  t: TestApi,
  r: { code: string; treatmentId: string; sessions: number; used?: number; status: string; expiresOn: string },
): Promise<string> {
  const [row] = await t.sql<{ id: string }>(
    `insert into referral (id, code, treatment_id, provider_name, provider_profession, conditions, sessions_authorised,
       sessions_used, issued_on, expires_on, status, holder_family_name, holder_birth_date, decided_at)
     values (gen_random_uuid(), ?, ?, 'Dr Test', 'GP', '{CHRONIC_PAIN}', ?, ?, current_date - 30, ?::date, ?, ?, ?::date,
       case when ? = 'PENDING' then null else now() end)
     returning id`,
    [
      r.code,
      r.treatmentId,
      r.sessions,
      r.used ?? 0,
      r.expiresOn,
      r.status,
      TEST_HOLDER.familyName,
      TEST_HOLDER.dateOfBirth,
      r.status,
    ],
  );
  if (!row) throw new Error('no referral inserted');
  return row.id;
}

export async function createBooking(t: TestApi, input: Record<string, unknown>, headers: Record<string, string> = {}) {
  return t.graphql<{ createBooking: { booking: BookingResult; manageToken: string } }>(
    `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { manageToken booking { ${BOOKING_FIELDS} } } }`,
    { input },
    headers,
  );
}
