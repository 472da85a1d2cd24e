import { describe, expect, it } from 'vitest';
import {
  type BookingPolicy,
  bookingReference,
  checkBookingTime,
  checkCancellation,
  checkOutcome,
  checkReassignment,
  checkReferralForBooking,
  checkReferralUsable,
  checkReferralWindow,
  checkReschedule,
  checkStaffCancellation,
  normaliseReferralCode,
  optionalReferralCode,
  parseClientContact,
  parseClientName,
  parseEmail,
  parsePhone,
  parsePostcode,
  priceSnapshot,
  type Referral,
  referralCheckView,
} from './booking-rules.js';
import { priceTable } from './pricing.js';
import { STARTER_PRICE_TIERS } from './vocabulary.js';

const SYDNEY = 'Australia/Sydney';
const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const policy: BookingPolicy = {
  slotStepMinutes: 15,
  minNoticeMinutes: 180,
  horizonDays: 60,
  freeCancellationHours: 24,
};

describe('referrals', () => {
  const referral: Referral = {
    code: 'RF-8KQ2',
    status: 'VERIFIED',
    sessionsAuthorised: 6,
    sessionsUsed: 2,
    issuedOn: '2026-05-01',
    expiresOn: '2026-07-31',
    treatmentIds: ['medical-massage'],
    recommendedTechniques: ['MYOFASCIAL_RELEASE'],
  };
  const now = at('2026-06-01T10:00:00+10:00');
  const booking = { treatmentId: 'medical-massage', start: at('2026-06-10T09:00:00+10:00'), now, timeZone: SYDNEY };
  const reasonFor = (r: Referral, b = booking) => {
    const result = checkReferralForBooking(r, b);
    if (result.ok) return undefined;
    expect(result.error.code).toBe('REFERRAL_INVALID');
    return result.error.message;
  };

  it('accepts a verified referral with sessions left whose window covers the appointment', () => {
    expect(checkReferralForBooking(referral, booking)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['PENDING', /not been verified/],
    ['REJECTED', /not accepted/],
    ['EXHAUSTED', /has been used/],
    ['EXPIRED', /expired/],
  ] as const)('refuses a %s referral', (status, reason) => {
    expect(reasonFor({ ...referral, status })).toMatch(reason);
  });

  it('refuses one for another treatment', () => {
    expect(reasonFor(referral, { ...booking, treatmentId: 'deep-tissue' })).toMatch(/not for this treatment/);
  });

  it('refuses an appointment outside the window, read in the operator zone', () => {
    // 23:30 on 31 July in Sydney is still inside; 00:30 on 1 August is not.
    expect(reasonFor(referral, { ...booking, start: at('2026-07-31T23:30:00+10:00') })).toBeUndefined();
    expect(reasonFor(referral, { ...booking, start: at('2026-08-01T00:30:00+10:00') })).toMatch(
      /valid from 2026-05-01 to 2026-07-31, not on 2026-08-01/,
    );
    expect(reasonFor({ ...referral, issuedOn: '2026-06-11' })).toMatch(/not on 2026-06-10/);
  });

  it('refuses one with no session left, or past its expiry, whatever its status says', () => {
    expect(reasonFor({ ...referral, sessionsUsed: 6 })).toMatch(/has been used/);
    const later = { ...booking, now: at('2026-08-02T09:00:00+10:00'), start: at('2026-08-03T09:00:00+10:00') };
    expect(reasonFor(referral, later)).toMatch(/expired/);
  });

  it('tells usability today apart from the window of one session', () => {
    expect(checkReferralUsable(referral, 'medical-massage', now, SYDNEY).ok).toBe(true);
    expect(checkReferralUsable({ ...referral, sessionsUsed: 6 }, 'medical-massage', now, SYDNEY).ok).toBe(false);
    // an exhausted referral still lets its own booking move inside the window
    const exhausted = { ...referral, status: 'EXHAUSTED' as const, sessionsUsed: 6 };
    expect(checkReferralWindow(exhausted, at('2026-07-01T09:00:00+10:00'), SYDNEY, 'start').ok).toBe(true);
    expect(checkReferralWindow(exhausted, at('2026-08-01T09:00:00+10:00'), SYDNEY, 'start')).toMatchObject({
      ok: false,
      error: { code: 'REFERRAL_INVALID', field: 'start' },
    });
  });

  it('reads a code without regard to case or surrounding spaces', () => {
    expect(normaliseReferralCode('  rx-demo-back \t')).toBe('RX-DEMO-BACK');
    expect(normaliseReferralCode('RX-DEMO-BACK')).toBe('RX-DEMO-BACK');
  });

  it('leaves out a referral code that is missing or blank', () => {
    expect(optionalReferralCode(' rx-demo-back ')).toBe('RX-DEMO-BACK');
    for (const raw of [undefined, null, '', ' \t ']) expect(optionalReferralCode(raw)).toBeUndefined();
  });

  it('shows a client only what the contract allows', () => {
    expect(referralCheckView(referral, now, SYDNEY)).toEqual({
      code: 'RF-8KQ2',
      valid: true,
      reason: null,
      sessionsRemaining: 4,
      expiresOn: '2026-07-31',
      treatmentIds: ['medical-massage'],
    });
    const used = referralCheckView({ ...referral, sessionsUsed: 7 }, now, SYDNEY);
    expect(used).toMatchObject({ valid: false, sessionsRemaining: 0 });
    expect(used.reason).toMatch(/has been used/);
    expect(referralCheckView({ ...referral, status: 'PENDING' }, now, SYDNEY).valid).toBe(false);
  });
});

describe('cancelling and rescheduling', () => {
  const start = at('2026-06-10T09:00:00+10:00');
  const confirmed = { start, status: 'CONFIRMED' as const };

  it('allows cancelling up to the cutoff, the cutoff included', () => {
    expect(checkCancellation(confirmed, start - 25 * HOUR, policy).ok).toBe(true);
    expect(checkCancellation(confirmed, start - 24 * HOUR, policy).ok).toBe(true);
    const late = checkCancellation(confirmed, start - 24 * HOUR + 1, policy);
    expect(late).toMatchObject({ ok: false, error: { code: 'POLICY_VIOLATION' } });
    if (!late.ok) expect(late.error.message).toMatch(/cancelled up to 24 hours before/);
  });

  it.each([
    ['CANCELLED', /already cancelled/],
    ['COMPLETED', /already taken place/],
    ['NO_SHOW', /already passed/],
  ] as const)('refuses to change a %s booking', (status, message) => {
    const result = checkCancellation({ start, status }, start - 72 * HOUR, policy);
    expect(result).toMatchObject({ ok: false, error: { code: 'POLICY_VIOLATION' } });
    if (!result.ok) expect(result.error.message).toMatch(message);
  });

  it('moves a booking outside the cutoff to a time a new booking could have', () => {
    const booking = { ...confirmed, durationMinutes: 90 };
    const now = start - 48 * HOUR;
    const newStart = at('2026-06-12T14:30:00+10:00');
    expect(checkReschedule(booking, newStart, now, policy, SYDNEY)).toEqual({
      ok: true,
      value: { start: newStart, end: newStart + 1.5 * HOUR },
    });
    const inside = checkReschedule(booking, newStart, start - 2 * HOUR, policy, SYDNEY);
    if (!inside.ok) expect(inside.error.message).toMatch(/rescheduled up to 24 hours/);
    expect(inside.ok).toBe(false);
    expect(checkReschedule(booking, newStart + 60_000, now, policy, SYDNEY)).toMatchObject({
      ok: false,
      error: { field: 'start' },
    });
  });
});

describe('what staff do with a booking', () => {
  const start = at('2026-06-10T09:00:00+10:00');
  const confirmed = { start, status: 'CONFIRMED' as const };

  it('cancels until the start, late past the free-change cutoff', () => {
    expect(checkStaffCancellation(confirmed, start - 25 * HOUR, policy)).toEqual({ ok: true, value: { late: false } });
    expect(checkStaffCancellation(confirmed, start - 24 * HOUR, policy)).toEqual({ ok: true, value: { late: false } });
    expect(checkStaffCancellation(confirmed, start - 1, policy)).toEqual({ ok: true, value: { late: true } });
    expect(checkStaffCancellation(confirmed, start, policy)).toMatchObject({
      ok: false,
      error: { code: 'POLICY_VIOLATION', message: expect.stringMatching(/completed or no-show/) },
    });
  });

  it('records an outcome once the session has started, not before', () => {
    expect(checkOutcome(confirmed, start).ok).toBe(true);
    expect(checkOutcome(confirmed, start - 1)).toMatchObject({ ok: false, error: { field: 'outcome' } });
  });

  it('moves a booking to another therapist until it starts', () => {
    expect(checkReassignment(confirmed, start - 1).ok).toBe(true);
    expect(checkReassignment(confirmed, start).ok).toBe(false);
  });

  it.each(['CANCELLED', 'COMPLETED', 'NO_SHOW'] as const)('changes nothing of a %s booking', (status) => {
    const booking = { start, status };
    const early = start - 72 * HOUR;
    for (const result of [
      checkStaffCancellation(booking, early, policy),
      checkOutcome(booking, start + HOUR),
      checkReassignment(booking, early),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'POLICY_VIOLATION' } });
    }
  });
});

describe('checkBookingTime', () => {
  const now = at('2026-06-01T10:00:00+10:00');

  it('returns the session range for a good start', () => {
    const start = at('2026-06-02T09:45:00+10:00');
    expect(checkBookingTime(start, 60, now, policy, SYDNEY)).toEqual({ ok: true, value: { start, end: start + HOUR } });
  });

  it('needs the notice, the minimum included', () => {
    expect(checkBookingTime(at('2026-06-01T13:00:00+10:00'), 60, now, policy, SYDNEY).ok).toBe(true);
    expect(checkBookingTime(at('2026-06-01T12:45:00+10:00'), 60, now, policy, SYDNEY)).toMatchObject({
      ok: false,
      error: { code: 'POLICY_VIOLATION' },
    });
  });

  it('stops at the horizon, the last instant included', () => {
    expect(checkBookingTime(now + 60 * 24 * HOUR, 60, now, policy, SYDNEY).ok).toBe(true);
    expect(checkBookingTime(now + 60 * 24 * HOUR + 15 * 60_000, 60, now, policy, SYDNEY)).toMatchObject({
      ok: false,
      error: { code: 'POLICY_VIOLATION' },
    });
  });

  it('needs a start on the grid of the zone', () => {
    for (const start of [at('2026-06-02T09:40:00+10:00'), at('2026-06-02T09:45:30+10:00'), Number.NaN]) {
      expect(checkBookingTime(start, 60, now, policy, SYDNEY)).toMatchObject({
        ok: false,
        error: { code: 'BAD_USER_INPUT', field: 'start' },
      });
    }
    // Both 01:30s of the night New York's clocks go back are on the grid.
    const ny = { ...policy, horizonDays: 400 };
    for (const start of [at('2026-11-01T01:30:00-04:00'), at('2026-11-01T01:30:00-05:00')]) {
      expect(checkBookingTime(start, 60, now, ny, 'America/New_York').ok).toBe(true);
    }
  });

  it('needs a positive whole number of minutes', () => {
    expect(checkBookingTime(at('2026-06-02T09:45:00+10:00'), 0, now, policy, SYDNEY)).toMatchObject({
      ok: false,
      error: { field: 'durationMinutes' },
    });
  });
});

describe('priceSnapshot', () => {
  const table = priceTable(
    STARTER_PRICE_TIERS.map((t) => ({
      durationMinutes: t.durationMinutes,
      price: { amountMinor: t.amountMinor, currency: 'AUD' },
    })),
  );
  if (!table.ok) throw new Error('starter tiers must be valid');

  it('takes the tier of exactly that length', () => {
    expect(priceSnapshot(table.value, 90)).toEqual({ ok: true, value: { amountMinor: 19900, currency: 'AUD' } });
  });

  it('names the lengths on sale when none fits', () => {
    const result = priceSnapshot(table.value, 45);
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT', field: 'durationMinutes' } });
    if (!result.ok) expect(result.error.message).toContain('60, 75, 90, 120');
  });
});

describe('client contact', () => {
  const fieldOf = <T>(result: { ok: true; value: T } | { ok: false; error: { field?: string } }) =>
    result.ok ? undefined : result.error.field;

  it('accepts sane email addresses, in lower case', () => {
    expect(parseEmail('  Jo.Smith+massage@Example.COM.au ')).toEqual({
      ok: true,
      value: 'jo.smith+massage@example.com.au',
    });
    expect(parseEmail("o'neil@mail.example").ok).toBe(true);
  });

  it.each([
    '',
    'jo',
    'jo@',
    '@example.com',
    'jo@example',
    'jo smith@example.com',
    'jo@exa_mple.com',
    'jo..x@example.com',
    'jo@-example.com',
    `${'a'.repeat(65)}@example.com`,
  ])('rejects %j as an email', (email) => {
    expect(fieldOf(parseEmail(email))).toBe('client.email');
  });

  it.each([
    ['0412 345 678', '+61412345678'],
    ['(02) 9374 4000', '+61293744000'],
    ['+61 2 9374 4000', '+61293744000'],
    ['+61 (0)412-345-678', '+61412345678'],
    ['61412345678', '+61412345678'],
    ['+1 212 555 0100', '+12125550100'],
    ['+44 20 7946 0958', '+442079460958'],
  ])('normalises the phone number %s to %s', (raw, e164) => {
    expect(parsePhone(raw)).toEqual({ ok: true, value: e164 });
  });

  it.each([
    '',
    '412 345 678',
    '0412 345 67',
    '1300 123 456',
    '+61 412 345 6789',
    '+0 123 456 789',
    'call me',
    '+1 212 555 0100 ext 4',
  ])('rejects %j as a phone number', (raw) => {
    expect(fieldOf(parsePhone(raw))).toBe('client.phone');
  });

  it('takes a four-digit postcode', () => {
    expect(parsePostcode(' 2000 ')).toEqual({ ok: true, value: '2000' });
    expect(parsePostcode('0800').ok).toBe(true);
    for (const raw of ['200', '20000', 'NSW 2000', '']) expect(fieldOf(parsePostcode(raw))).toBe('address.postcode');
  });

  it('takes a name of 1 to 200 characters', () => {
    expect(parseClientName('  Jo Smith ')).toEqual({ ok: true, value: 'Jo Smith' });
    expect(parseClientName('名'.repeat(200)).ok).toBe(true);
    for (const raw of ['', '   ', 'x'.repeat(201), 'Jo\u0000Smith'])
      expect(fieldOf(parseClientName(raw))).toBe('client.name');
  });

  it('checks the whole contact and reports the first fault', () => {
    expect(parseClientContact({ name: ' Jo ', email: 'jo@EXAMPLE.com', phone: '0412345678' })).toEqual({
      ok: true,
      value: { name: 'Jo', email: 'jo@example.com', phone: '+61412345678' },
    });
    expect(fieldOf(parseClientContact({ name: 'Jo', email: 'jo@example.com', phone: 'none' }))).toBe('client.phone');
    expect(fieldOf(parseClientContact({ name: '', email: 'bad', phone: 'none' }))).toBe('client.name');
  });
});

describe('bookingReference', () => {
  it('maps six random bytes onto an unambiguous alphabet', () => {
    expect(bookingReference(new Uint8Array([0, 1, 31, 32, 255, 100]))).toBe('BK-23Z2Z6');
    const reference = bookingReference(Uint8Array.from({ length: 6 }, (_, i) => i * 41));
    expect(reference).toMatch(/^BK-[2-9A-HJ-NP-Z]{6}$/);
  });

  it('uses every symbol and never 0, O, 1 or I', () => {
    const symbols = new Set(
      Array.from({ length: 256 }, (_, byte) => bookingReference(new Uint8Array(6).fill(byte)).slice(3, 4)),
    );
    expect(symbols.size).toBe(32);
    for (const ambiguous of ['0', 'O', '1', 'I']) expect(symbols.has(ambiguous)).toBe(false);
  });

  it('refuses too few random bytes', () => {
    expect(() => bookingReference(new Uint8Array(5))).toThrow(RangeError);
  });
});
