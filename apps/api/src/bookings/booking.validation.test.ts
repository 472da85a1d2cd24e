import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BOOKING_FIELDS,
  bookingInput,
  createBooking,
  firstSlot,
  insertTestReferral,
  sydneyDate,
  treatmentId,
} from '../test-support/booking-fixtures.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

let t: TestApi;
let deepTissue: string;
let medical: string;
let wellnessStart: string;
let medicalStart: string;
let booked: { reference: string; manageToken: string; therapistId: string };

const sql = (query: string, params: unknown[] = []) => t.api.database.orm.em.getConnection().execute(query, params);

/** What a refused request must leave as it was. */
async function snapshot() {
  const [row] = await sql(`select (select count(*) from booking) as bookings, (select count(*) from client) as clients,
    (select count(*) from address) as addresses, (select sum(sessions_used) from referral) as sessions,
    (select string_agg(status || starts_at::text, ',' order by id) from booking) as states`);
  return row;
}

beforeAll(async () => {
  t = await startTestApi();
  deepTissue = await treatmentId(t, 'deep-tissue');
  medical = await treatmentId(t, 'medical-massage');
  wellnessStart = (await firstSlot(t, { treatmentId: deepTissue, postcode: '2000' })).start;
  medicalStart = (await firstSlot(t, { treatmentId: medical, postcode: '2000' })).start;
  const insertReferral = (code: string, treatment: string, used: number, status: string, expiresOn: string) =>
    insertTestReferral(t, { code, treatmentId: treatment, sessions: 2, used, status, expiresOn });
  await insertReferral('RX-TEST-OLD', medical, 0, 'VERIFIED', sydneyDate(-1));
  await insertReferral('RX-TEST-USED', medical, 2, 'EXHAUSTED', sydneyDate(90));
  await insertReferral('RX-TEST-OTHER', deepTissue, 0, 'VERIFIED', sydneyDate(90));
  await insertReferral('RX-TEST-PENDING', medical, 0, 'PENDING', sydneyDate(90));
  const ok = await createBooking(t, bookingInput({ treatmentId: deepTissue, start: wellnessStart }));
  const payload = ok.data?.createBooking;
  if (!payload) throw new Error(JSON.stringify(ok.errors));
  booked = {
    reference: payload.booking.reference,
    manageToken: payload.manageToken,
    therapistId: payload.booking.therapist.id,
  };
});
afterAll(async () => {
  await t?.close();
});

const hours = (n: number) => n * 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

describe('createBooking refuses bad input with its code and field, and changes nothing', () => {
  const cases: [string, () => Record<string, unknown>, string, string][] = [
    [
      'an invalid email',
      () => ({ client: { name: 'A', email: 'not-an-email', phone: '0412345678' } }),
      'BAD_USER_INPUT',
      'client.email',
    ],
    [
      'an invalid phone',
      () => ({ client: { name: 'A', email: 'a@example.com', phone: '12' } }),
      'BAD_USER_INPUT',
      'client.phone',
    ],
    [
      'an empty name',
      () => ({ client: { name: ' ', email: 'a@example.com', phone: '0412345678' } }),
      'BAD_USER_INPUT',
      'client.name',
    ],
    [
      'an invalid postcode',
      () => ({ address: { line1: '1 A St', suburb: 'X', postcode: '20O0', country: 'AU' } }),
      'BAD_USER_INPUT',
      'address.postcode',
    ],
    [
      'an address abroad',
      () => ({ address: { line1: '1 A St', suburb: 'X', postcode: '6011', country: 'NZ' } }),
      'BAD_USER_INPUT',
      'address.country',
    ],
    [
      'an unknown treatment',
      () => ({ treatmentId: '00000000-0000-4000-8000-000000000000' }),
      'BAD_USER_INPUT',
      'treatmentId',
    ],
    ['a treatment id that is no id', () => ({ treatmentId: 'deep-tissue' }), 'BAD_USER_INPUT', 'treatmentId'],
    [
      'an unknown therapist',
      () => ({ therapistId: '00000000-0000-4000-8000-000000000000' }),
      'BAD_USER_INPUT',
      'therapistId',
    ],
    ['a length with no price tier', () => ({ durationMinutes: 45 }), 'BAD_USER_INPUT', 'durationMinutes'],
    [
      'a start off the slot grid',
      () => ({ start: iso(Date.parse(wellnessStart) + 7 * 60_000) }),
      'BAD_USER_INPUT',
      'start',
    ],
    ['a start without an offset', () => ({ start: wellnessStart.slice(0, 19) }), 'BAD_USER_INPUT', 'start'],
    [
      'a start in the past',
      () => ({ start: iso(Math.floor((Date.now() - hours(48)) / hours(1)) * hours(1)) }),
      'POLICY_VIOLATION',
      'start',
    ],
    [
      'a start inside the notice period',
      () => ({ start: iso(Math.ceil((Date.now() + hours(1)) / hours(1)) * hours(1)) }),
      'POLICY_VIOLATION',
      'start',
    ],
    [
      'a start beyond the horizon',
      () => ({ start: iso(Math.floor((Date.now() + hours(24 * 90)) / hours(1)) * hours(1)) }),
      'POLICY_VIOLATION',
      'start',
    ],
    [
      'a slot already taken',
      () => ({ start: wellnessStart, therapistId: booked.therapistId }),
      'SLOT_UNAVAILABLE',
      'start',
    ],
    [
      'a place no therapist visits',
      () => ({ address: { line1: '1 A St', suburb: 'X', postcode: '2999', country: 'AU' } }),
      'SLOT_UNAVAILABLE',
      'start',
    ],
    ['an empty idempotency key', () => ({ idempotencyKey: ' ' }), 'BAD_USER_INPUT', 'idempotencyKey'],
    [
      'a medical massage without referral',
      () => ({ treatmentId: medical, start: medicalStart }),
      'REFERRAL_REQUIRED',
      'referralCode',
    ],
    [
      'an unknown referral',
      () => ({ treatmentId: medical, start: medicalStart, referralCode: 'RX-NOPE' }),
      'REFERRAL_INVALID',
      'referralCode',
    ],
    [
      'an expired referral',
      () => ({ treatmentId: medical, start: medicalStart, referralCode: 'RX-TEST-OLD' }),
      'REFERRAL_INVALID',
      'referralCode',
    ],
    [
      'an exhausted referral',
      () => ({ treatmentId: medical, start: medicalStart, referralCode: 'RX-TEST-USED' }),
      'REFERRAL_INVALID',
      'referralCode',
    ],
    [
      'an unverified referral',
      () => ({ treatmentId: medical, start: medicalStart, referralCode: 'RX-TEST-PENDING' }),
      'REFERRAL_INVALID',
      'referralCode',
    ],
    [
      'a referral for another treatment',
      () => ({ treatmentId: medical, start: medicalStart, referralCode: 'RX-TEST-OTHER' }),
      'REFERRAL_INVALID',
      'referralCode',
    ],
  ];

  it.each(cases)('%s', async (_name, overrides, code, field) => {
    const before = await snapshot();
    const result = await createBooking(
      t,
      bookingInput({ treatmentId: deepTissue, start: wellnessStart, ...overrides() }),
    );
    expect(result.errors?.[0]?.extensions).toEqual({ code, field });
    expect(result.errors?.[0]?.message).not.toMatch(/select|insert|constraint|stack|\bat\b.*\.ts/i);
    expect(result.data ?? null).toBeNull();
    expect(await snapshot()).toEqual(before);
  });
});

describe('managing a booking needs its token', () => {
  it('shows nothing for a wrong token or an unknown reference', async () => {
    for (const [r, m] of [
      [booked.reference, 'wrong-token'],
      ['BK-ZZZZZZ', booked.manageToken],
    ]) {
      const shown = await t.graphql(
        `query ($r: String!, $m: String!) { booking(reference: $r, manageToken: $m) { id } }`,
        { r, m },
      );
      expect(shown).toEqual({ data: { booking: null } });
    }
  });

  it('refuses to cancel or move with a wrong token, and changes nothing', async () => {
    const before = await snapshot();
    const cancel = await t.graphql(
      `mutation ($r: String!) { cancelBooking(reference: $r, manageToken: "nope") { id } }`,
      {
        r: booked.reference,
      },
    );
    expect(cancel.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'manageToken' });
    const move = await t.graphql(
      `mutation ($r: String!, $s: DateTime!) { rescheduleBooking(reference: $r, manageToken: "nope", start: $s) { id } }`,
      { r: booked.reference, s: medicalStart },
    );
    expect(move.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'manageToken' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses changes inside the cancellation cutoff', async () => {
    // move the booking to 10 hours from now behind the API's back: inside the 24-hour cutoff
    await sql(
      `update booking set starts_at = starts_at - (starts_at - date_trunc('hour', now() + interval '10 hours')),
         ends_at = date_trunc('hour', now() + interval '10 hours') + make_interval(mins => duration_minutes),
         busy = tstzrange(date_trunc('hour', now() + interval '10 hours'),
           date_trunc('hour', now() + interval '10 hours') + make_interval(mins => duration_minutes + buffer_minutes), '[)')
       where reference = ?`,
      [booked.reference],
    );
    const before = await snapshot();
    const cancel = await t.graphql(
      `mutation ($r: String!, $m: String!) { cancelBooking(reference: $r, manageToken: $m) { ${BOOKING_FIELDS} } }`,
      { r: booked.reference, m: booked.manageToken },
    );
    expect(cancel.errors?.[0]?.extensions?.code).toBe('POLICY_VIOLATION');
    const move = await t.graphql(
      `mutation ($r: String!, $m: String!, $s: DateTime!) { rescheduleBooking(reference: $r, manageToken: $m, start: $s) { id } }`,
      { r: booked.reference, m: booked.manageToken, s: wellnessStart },
    );
    expect(move.errors?.[0]?.extensions?.code).toBe('POLICY_VIOLATION');
    expect(await snapshot()).toEqual(before);
  });
});

describe('availability refuses bad questions', () => {
  it.each([
    [{ from: sydneyDate(5), to: sydneyDate(2) }, 'BAD_USER_INPUT', 'to'],
    [{ timeZone: 'Mars/Base' }, 'BAD_USER_INPUT', 'timeZone'],
    [{ durationMinutes: 45 }, 'BAD_USER_INPUT', 'durationMinutes'],
    [{ treatmentId: '00000000-0000-4000-8000-000000000000' }, 'BAD_USER_INPUT', 'treatmentId'],
    [{ referralCode: 'RX-NOPE' }, 'REFERRAL_INVALID', 'referralCode'],
    [{ from: '2026-02-30' }, 'BAD_USER_INPUT', 'from'],
  ])('%o', async (overrides, code, field) => {
    const result = await t.graphql(`query ($input: AvailabilityInput!) { availability(input: $input) { date } }`, {
      input: {
        treatmentId: deepTissue,
        durationMinutes: 60,
        from: sydneyDate(3),
        to: sydneyDate(4),
        timeZone: 'Australia/Sydney',
        ...overrides,
      },
    });
    expect(result.errors?.[0]?.extensions).toEqual({ code, field });
  });
});
