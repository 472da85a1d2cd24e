import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyRing, newHealthKey } from '../health/cipher.js';
import {
  BOOKING_FIELDS,
  type BookingResult,
  bookingInput,
  createBooking,
  firstSlot,
  treatmentId,
} from '../test-support/booking-fixtures.js';
import { startTestApi, TEST_MESSAGES, type TestApi } from '../test-support/test-api.js';
import { toBookingType } from './booking.resolver.js';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

const NEXT_SESSION = `mutation ($r: String!, $m: String!, $start: DateTime!, $key: String!) {
  bookNextSession(reference: $r, manageToken: $m, start: $start, idempotencyKey: $key) {
    manageToken booking { ${BOOKING_FIELDS} referralSessionsRemaining freeChangeUntil }
  }
}`;

type Course = BookingResult & { referralSessionsRemaining: number | null; freeChangeUntil: string };

describe("a referral's course, from the manage view", () => {
  it('books the next session with the same therapist and referral, without the code', async () => {
    const medical = await treatmentId(t, 'medical-massage');
    const address = { line1: '2 Avoca St', suburb: 'Randwick', postcode: '2031', country: 'AU' };
    const slot = await firstSlot(t, { treatmentId: medical, postcode: '2031', referralCode: 'RX-DEMO-BACK' });
    const first = await createBooking(
      t,
      bookingInput({ treatmentId: medical, start: slot.start, referralCode: 'RX-DEMO-BACK', address }),
    );
    const { booking, manageToken } = first.data?.createBooking ?? {};
    if (!booking || !manageToken) throw new Error(JSON.stringify(first.errors));

    const shown = await t.graphql<{ booking: Course }>(
      'query ($r: String!, $m: String!) { booking(reference: $r, manageToken: $m) { referralSessionsRemaining freeChangeUntil } }',
      { r: booking.reference, m: manageToken },
    );
    expect(shown.data?.booking.referralSessionsRemaining).toBe(5);
    expect(Date.parse(shown.data?.booking.freeChangeUntil ?? '')).toBe(Date.parse(booking.start) - 24 * 3_600_000);

    const later = await firstSlot(t, { treatmentId: medical, therapistId: booking.therapist.id }, 10);
    const key = randomUUID();
    const variables = { r: booking.reference, m: manageToken, start: later.start, key };
    const next = await t.graphql<{ bookNextSession: { booking: Course; manageToken: string } }>(
      NEXT_SESSION,
      variables,
    );
    expect(next.errors).toBeUndefined();
    const second = next.data?.bookNextSession.booking;
    expect(second?.therapist.id).toBe(booking.therapist.id);
    expect(second?.reference).not.toBe(booking.reference);
    expect(second?.referralSessionsRemaining).toBe(4);

    // The same key again is the same booking, not a third session.
    const again = await t.graphql<{ bookNextSession: { booking: Course } }>(NEXT_SESSION, variables);
    expect(again.data?.bookNextSession.booking.reference).toBe(second?.reference);
    expect(again.data?.bookNextSession.booking.referralSessionsRemaining).toBe(4);
  });

  it('refuses a wrong token as not found, and a booking without a referral', async () => {
    const deepTissue = await treatmentId(t, 'deep-tissue');
    const slot = await firstSlot(t, { treatmentId: deepTissue, postcode: '2000' });
    const made = await createBooking(t, bookingInput({ treatmentId: deepTissue, start: slot.start }));
    const { booking, manageToken } = made.data?.createBooking ?? {};
    if (!booking || !manageToken) throw new Error(JSON.stringify(made.errors));
    const ask = (m: string) =>
      t.graphql(NEXT_SESSION, { r: booking.reference, m, start: slot.start, key: randomUUID() });
    expect((await ask('wrong')).errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'manageToken' });
    expect((await ask(manageToken)).errors?.[0]?.extensions).toEqual({ code: 'REFERRAL_REQUIRED', field: 'reference' });
  });
});

describe('who sees the sessions left on a referral', () => {
  it('is the manage token holder only, never a partner', () => {
    const view = {
      id: 'b1',
      reference: 'BK-7Q4M9X',
      status: 'CONFIRMED' as const,
      start: new Date('2030-01-08T09:00:00+11:00'),
      end: new Date('2030-01-08T10:00:00+11:00'),
      durationMinutes: 60,
      price: { amountMinor: 13900, currency: 'AUD' },
      treatment: {
        id: 't1',
        slug: 'medical-massage',
        name: 'Medical massage',
        description: '',
        requiresReferral: true,
        techniques: [],
      },
      therapist: { id: 'th1', displayName: 'A', bio: null, gender: null, techniques: [], medicalQualified: true },
      referralSessionsRemaining: 3,
    };
    const settings = {
      operator: { locale: 'en-AU', currency: 'AUD', timeZone: 'Australia/Sydney', country: 'AU' },
      policy: { slotStepMinutes: 15, minNoticeMinutes: 120, horizonDays: 60, freeCancellationHours: 24 },
      tokenSecret: 'x',
      publicUrl: 'http://127.0.0.1:4000',
      keys: new KeyRing([newHealthKey()]),
      messages: TEST_MESSAGES,
    };
    expect(toBookingType(view, settings, 'client').referralSessionsRemaining).toBe(3);
    expect(toBookingType(view, settings, 'partner').referralSessionsRemaining).toBeNull();
    expect(toBookingType(view, settings, 'client').freeChangeUntil.toISOString()).toBe('2030-01-06T22:00:00.000Z');
  });
});
