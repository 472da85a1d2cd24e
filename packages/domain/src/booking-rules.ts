import { bookableStarts, isPositiveWholeMinutes, type SlotPolicy } from './availability.js';
import { type DomainError, domainError } from './errors.js';
import type { Interval } from './intervals.js';
import type { Money } from './money.js';
import { type PriceTable, priceFor } from './pricing.js';
import { err, ok, type Result } from './result.js';
import type { Technique } from './vocabulary.js';
import { instantToLocalDate, isOnWallClockGrid, MINUTE_MS } from './zoned-time.js';

const HOUR_MS = 60 * MINUTE_MS;

// ---------------------------------------------------------------- referrals

export const REFERRAL_STATUSES = ['PENDING', 'VERIFIED', 'REJECTED', 'EXHAUSTED', 'EXPIRED'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export interface Referral {
  readonly code: string;
  readonly status: ReferralStatus;
  readonly sessionsAuthorised: number;
  readonly sessionsUsed: number;
  /** Validity window, both days included, read in the operator's zone. */
  readonly issuedOn: string;
  readonly expiresOn: string;
  readonly treatmentIds: readonly string[];
  readonly recommendedTechniques: readonly Technique[];
}

/** What a client may see of a referral (the contract's ReferralCheck): no health data. */
export interface ReferralCheck {
  readonly code: string;
  readonly valid: boolean;
  readonly reason: string | null;
  readonly sessionsRemaining: number;
  readonly expiresOn: string;
  readonly treatmentIds: readonly string[];
}

export const sessionsRemaining = (referral: Referral): number =>
  Math.max(0, referral.sessionsAuthorised - referral.sessionsUsed);

const STATUS_REASONS: Readonly<Record<Exclude<ReferralStatus, 'VERIFIED'>, string>> = {
  PENDING: 'The referral has not been verified yet',
  REJECTED: 'The referral was not accepted',
  EXHAUSTED: 'Every session of the referral has been used',
  EXPIRED: 'The referral has expired',
};

/** Why the referral cannot be used at all any more, as of `today`; undefined when it can. */
function referralProblem(referral: Referral, today: string): string | undefined {
  if (referral.status !== 'VERIFIED') return STATUS_REASONS[referral.status];
  // The status may lag behind the calendar and the session count; those decide.
  if (today > referral.expiresOn) return STATUS_REASONS.EXPIRED;
  if (sessionsRemaining(referral) === 0) return STATUS_REASONS.EXHAUSTED;
  return undefined;
}

export function referralCheckView(referral: Referral, now: number, timeZone: string): ReferralCheck {
  const reason = referralProblem(referral, instantToLocalDate(now, timeZone)) ?? null;
  return {
    code: referral.code,
    valid: reason === null,
    reason,
    sessionsRemaining: sessionsRemaining(referral),
    expiresOn: referral.expiresOn,
    treatmentIds: referral.treatmentIds,
  };
}

/** A referral code as stored: callers may type it in any case, with spaces around it. */
export const normaliseReferralCode = (raw: string): string => raw.trim().toUpperCase();

/** A code the caller may leave out: absent when missing or blank, else normalised. */
export const optionalReferralCode = (raw: string | null | undefined): string | undefined =>
  raw ? normaliseReferralCode(raw) || undefined : undefined;

const invalidReferral = (reason: string, field = 'referralCode') => err(domainError('REFERRAL_INVALID', reason, field));

/** Whether the referral's validity window, read in the operator's zone, includes `date`. */
export const referralCoversDate = (referral: Referral, date: string): boolean =>
  date >= referral.issuedOn && date <= referral.expiresOn;

/** A referral can pay for sessions of this treatment today: verified, not expired, a session left. */
export function checkReferralUsable(
  referral: Referral,
  treatmentId: string,
  now: number,
  timeZone: string,
): Result<void, DomainError> {
  const problem = referralProblem(referral, instantToLocalDate(now, timeZone));
  if (problem !== undefined) return invalidReferral(problem);
  if (!referral.treatmentIds.includes(treatmentId)) return invalidReferral('The referral is not for this treatment');
  return ok(undefined);
}

/** A session starting at `start` falls inside the referral's window (`field` names the input at fault). */
export function checkReferralWindow(
  referral: Referral,
  start: number,
  timeZone: string,
  field = 'referralCode',
): Result<void, DomainError> {
  const day = instantToLocalDate(start, timeZone);
  return referralCoversDate(referral, day)
    ? ok(undefined)
    : invalidReferral(`The referral is valid from ${referral.issuedOn} to ${referral.expiresOn}, not on ${day}`, field);
}

/** A referral may pay for a booking when it is usable today and its window covers the session. */
export function checkReferralForBooking(
  referral: Referral,
  booking: { readonly treatmentId: string; readonly start: number; readonly now: number; readonly timeZone: string },
): Result<void, DomainError> {
  const usable = checkReferralUsable(referral, booking.treatmentId, booking.now, booking.timeZone);
  return usable.ok ? checkReferralWindow(referral, booking.start, booking.timeZone) : usable;
}

// ---------------------------------------------------------------- booking times and changes

export const BOOKING_STATUSES = ['CONFIRMED', 'CANCELLED', 'COMPLETED', 'NO_SHOW'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export interface ChangePolicy {
  readonly freeCancellationHours: number;
}

export interface BookingPolicy extends SlotPolicy, ChangePolicy {}

export interface ExistingBooking {
  readonly start: number;
  readonly status: BookingStatus;
}

const FINAL_STATUS_MESSAGES: Readonly<Record<Exclude<BookingStatus, 'CONFIRMED'>, string>> = {
  CANCELLED: 'The booking is already cancelled',
  COMPLETED: 'The booking has already taken place',
  NO_SHOW: 'The booking has already passed',
};

/** The last moment a booking starting at `start` can be cancelled or moved free of charge. */
export const freeChangeUntil = (start: number, policy: ChangePolicy): number =>
  start - policy.freeCancellationHours * HOUR_MS;

function checkChange(
  booking: ExistingBooking,
  now: number,
  policy: ChangePolicy,
  verb: 'cancelled' | 'rescheduled',
): Result<void, DomainError> {
  const confirmed = checkConfirmed(booking);
  if (!confirmed.ok) return confirmed;
  if (now > freeChangeUntil(booking.start, policy)) {
    return err(
      domainError(
        'POLICY_VIOLATION',
        `A booking can be ${verb} up to ${policy.freeCancellationHours} hours before it starts`,
      ),
    );
  }
  return ok(undefined);
}

/** A confirmed booking may be cancelled until `freeCancellationHours` before it starts. */
export function checkCancellation(
  booking: ExistingBooking,
  now: number,
  policy: ChangePolicy,
): Result<void, DomainError> {
  return checkChange(booking, now, policy, 'cancelled');
}

/**
 * A confirmed booking may move while it is outside the cutoff, to a time a new booking could have.
 * Returns the new [start, end).
 */
export function checkReschedule(
  booking: ExistingBooking & { readonly durationMinutes: number },
  newStart: number,
  now: number,
  policy: BookingPolicy,
  timeZone: string,
): Result<Interval, DomainError> {
  const change = checkChange(booking, now, policy, 'rescheduled');
  return change.ok ? checkBookingTime(newStart, booking.durationMinutes, now, policy, timeZone) : change;
}

/** What staff may do with a booking that is still confirmed. */
function checkConfirmed(booking: ExistingBooking): Result<void, DomainError> {
  return booking.status === 'CONFIRMED'
    ? ok(undefined)
    : err(domainError('POLICY_VIOLATION', FINAL_STATUS_MESSAGES[booking.status]));
}

/**
 * Staff cancel on the client's behalf at any time before the start. `late` when it is
 * past the free-change cutoff: a referral's session then stays used, as the client's
 * own late cancellation would have cost it.
 */
export function checkStaffCancellation(
  booking: ExistingBooking,
  now: number,
  policy: ChangePolicy,
): Result<{ late: boolean }, DomainError> {
  const confirmed = checkConfirmed(booking);
  if (!confirmed.ok) return confirmed;
  if (now >= booking.start) {
    return err(
      domainError('POLICY_VIOLATION', 'A booking that has started is marked completed or no-show, not cancelled'),
    );
  }
  return ok({ late: now > freeChangeUntil(booking.start, policy) });
}

/** What became of a session, recorded once it has started. */
export const BOOKING_OUTCOMES = ['COMPLETED', 'NO_SHOW'] as const satisfies readonly BookingStatus[];
export type BookingOutcome = (typeof BOOKING_OUTCOMES)[number];

export function checkOutcome(booking: ExistingBooking, now: number): Result<void, DomainError> {
  const confirmed = checkConfirmed(booking);
  if (!confirmed.ok) return confirmed;
  if (now < booking.start) {
    return err(
      domainError('POLICY_VIOLATION', 'A booking is marked completed or no-show once it has started', 'outcome'),
    );
  }
  return ok(undefined);
}

/** A confirmed booking may go to another therapist until it starts. */
export function checkReassignment(booking: ExistingBooking, now: number): Result<void, DomainError> {
  const confirmed = checkConfirmed(booking);
  if (!confirmed.ok) return confirmed;
  if (now >= booking.start) {
    return err(domainError('POLICY_VIOLATION', 'A booking that has started stays with its therapist'));
  }
  return ok(undefined);
}

/** A start on the slot grid of `timeZone`, with enough notice and within the horizon. Returns [start, end). */
export function checkBookingTime(
  start: number,
  durationMinutes: number,
  now: number,
  policy: SlotPolicy,
  timeZone: string,
): Result<Interval, DomainError> {
  if (!isPositiveWholeMinutes(durationMinutes)) {
    return err(domainError('BAD_USER_INPUT', 'A session lasts a positive whole number of minutes', 'durationMinutes'));
  }
  if (!Number.isFinite(start) || !isOnWallClockGrid(start, policy.slotStepMinutes, timeZone)) {
    return err(
      domainError('BAD_USER_INPUT', `Sessions start every ${policy.slotStepMinutes} minutes from midnight`, 'start'),
    );
  }
  const { earliest, latest } = bookableStarts(now, policy);
  if (start < earliest) {
    return err(domainError('POLICY_VIOLATION', `Book at least ${policy.minNoticeMinutes} minutes ahead`, 'start'));
  }
  if (start > latest) {
    return err(domainError('POLICY_VIOLATION', `Bookings open ${policy.horizonDays} days ahead`, 'start'));
  }
  return ok({ start, end: start + durationMinutes * MINUTE_MS });
}

/** The price a booking keeps forever: the tier of exactly its length at the time of sale. */
export function priceSnapshot(table: PriceTable, durationMinutes: number): Result<Money, DomainError> {
  const price = priceFor(table, durationMinutes);
  if (price) return ok(price);
  const lengths = table.tiers.map((tier) => tier.durationMinutes).join(', ');
  return err(
    domainError('BAD_USER_INPUT', `No session of ${durationMinutes} minutes; choose ${lengths}`, 'durationMinutes'),
  );
}

// ---------------------------------------------------------------- client contact

export interface ClientContact {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
}

const MAX_NAME_LENGTH = 200;
const EMAIL_PATTERN =
  /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;
/** Australian numbers without the trunk 0: 9 digits, starting 2, 3, 7, 8 (landline) or 4 (mobile). */
const AUSTRALIAN_NUMBER = /^\+61[23478]\d{8}$/;
const E164 = /^\+[1-9]\d{7,14}$/;

const badInput = (message: string, field: string) => err(domainError('BAD_USER_INPUT', message, field));

/** A person's name as they write it: one line of text. */
export function parseClientName(raw: string, field = 'client.name'): Result<string, DomainError> {
  const name = raw.trim();
  if (name === '') return badInput('Please give a name', field);
  if ([...name].length > MAX_NAME_LENGTH || /\p{Cc}/u.test(name)) {
    return badInput(`A name is at most ${MAX_NAME_LENGTH} characters of text`, field);
  }
  return ok(name);
}

/**
 * A plain ASCII address, in lower case: the one spelling the database keeps and
 * compares (mail providers treat the mailbox part without regard to case too).
 */
export function parseEmail(raw: string, field = 'client.email'): Result<string, DomainError> {
  const email = raw.trim();
  const at = email.lastIndexOf('@');
  if (email.length > 254 || at > 64 || !EMAIL_PATTERN.test(email)) {
    return badInput('This does not look like an email address', field);
  }
  return ok(email.toLowerCase());
}

/** International (+CC ...) or Australian (0X XXXX XXXX, 61 ...) numbers, returned in E.164. */
export function parsePhone(raw: string): Result<string, DomainError> {
  const digits = raw.trim().replace(/[\s().-]/g, '');
  const international = digits.startsWith('0')
    ? `+61${digits.slice(1)}`
    : digits.startsWith('61')
      ? `+${digits}`
      : digits;
  // "+61 (0)4..." keeps the trunk 0 by habit; E.164 has none.
  const e164 = international.replace(/^\+610/, '+61');
  const valid = e164.startsWith('+61') ? AUSTRALIAN_NUMBER.test(e164) : E164.test(e164);
  return valid ? ok(e164) : badInput('Give a phone number such as 0412 345 678 or +61 412 345 678', 'client.phone');
}

export function parsePostcode(raw: string, field = 'address.postcode'): Result<string, DomainError> {
  const postcode = raw.trim();
  return /^\d{4}$/.test(postcode) ? ok(postcode) : badInput('An Australian postcode has 4 digits', field);
}

/** Checks name, email and phone in that order; the first fault is reported. */
export function parseClientContact(input: ClientContact): Result<ClientContact, DomainError> {
  const name = parseClientName(input.name);
  if (!name.ok) return name;
  const email = parseEmail(input.email);
  if (!email.ok) return email;
  const phone = parsePhone(input.phone);
  if (!phone.ok) return phone;
  return ok({ name: name.value, email: email.value, phone: phone.value });
}

// ---------------------------------------------------------------- references

/** 32 symbols without 0/O/1/I: a byte modulo 32 picks one without bias. */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const REFERENCE_LENGTH = 6;

/** 'BK-' and six symbols drawn from the first six of `randomBytes` (from a secure source). */
export function bookingReference(randomBytes: Uint8Array): string {
  if (randomBytes.length < REFERENCE_LENGTH) {
    throw new RangeError(`A booking reference needs ${REFERENCE_LENGTH} random bytes`);
  }
  const symbols = Array.from(randomBytes.subarray(0, REFERENCE_LENGTH), (byte) => REFERENCE_ALPHABET.charAt(byte % 32));
  return `BK-${symbols.join('')}`;
}
