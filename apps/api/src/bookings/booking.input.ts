import { checkBookingTime, optionalReferralCode, parseClientContact, parsePostcode } from '@mm/domain/booking-rules';
import { type DomainError, domainError } from '@mm/domain/errors';
import type { Interval } from '@mm/domain/intervals';
import { parseReferralHolder, type ReferralHolder } from '@mm/domain/referrals';
import { err, ok, type Result } from '@mm/domain/result';
import { instantToLocalDate } from '@mm/domain/zoned-time';
import { checkId, sha256Hex } from '../ids.js';
import { type MessageLocale, messageLocale } from '../messages/templates.js';
import type { BookingSettings } from '../settings.js';
import type { AddressRow, ClientRow } from './booking.queries.js';

export interface CreateBookingCommand {
  readonly idempotencyKey: string;
  readonly treatmentId: string;
  readonly durationMinutes: number;
  readonly start: Date;
  readonly therapistId?: string | null | undefined;
  readonly referralCode?: string | null | undefined;
  /** Whom the referral was written for: the client proves it is theirs. */
  readonly referralHolder?: ReferralHolder | null | undefined;
  /** The next session of a course: the manage token's holder has proved the referral theirs already. */
  readonly holderProven?: boolean;
  readonly client: ClientRow;
  readonly address: {
    readonly line1: string;
    readonly line2?: string | null | undefined;
    readonly suburb: string;
    readonly state?: string | null | undefined;
    readonly postcode: string;
    readonly country: string;
  };
  readonly intakeNotes?: string | null | undefined;
  /** The client's language tag, for emails. */
  readonly locale?: string | null | undefined;
}

/** A request that passed every check that needs no database. */
export interface ParsedBooking {
  readonly idempotencyKey: string;
  readonly treatmentId: string;
  readonly durationMinutes: number;
  readonly session: Interval;
  readonly therapistId: string | undefined;
  readonly referralCode: string | undefined;
  /** Undefined when no code was given, or when the holder is proven already (`holderProven`). */
  readonly referralHolder: ReferralHolder | undefined;
  readonly holderProven: boolean;
  readonly client: ClientRow;
  readonly address: AddressRow;
  readonly intakeNotes: string | null;
  /** Fingerprint of the request: a retry with the same key must carry the same one. */
  readonly requestHash: string;
  /** The language its emails are written in (not part of the fingerprint: a retry may come from another page). */
  readonly locale: MessageLocale;
}

const MAX_KEY_LENGTH = 200;
const MAX_LINE_LENGTH = 200;
const MAX_NOTES_LENGTH = 4000;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,4}$/;

const bad = (message: string, field: string) => err(domainError('BAD_USER_INPUT', message, field));
const optional = (value: string | null | undefined): string | undefined => value?.trim() || undefined;

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** An optional line: absent when blank, refused (never cut) when too long. */
function parseOptionalText(
  value: string | null | undefined,
  field: string,
  what: string,
  max: number,
): Result<string | null, DomainError> {
  const text = optional(value);
  if (text === undefined) return ok(null);
  return text.length > max ? bad(`${capitalised(what)} is at most ${max} characters`, field) : ok(text);
}

function parseText(value: string, field: string, what: string, max = MAX_LINE_LENGTH): Result<string, DomainError> {
  const text = parseOptionalText(value, field, what, max);
  if (!text.ok) return text;
  return text.value === null ? bad(`Please give ${what}`, field) : ok(text.value);
}

function parseAddress(input: CreateBookingCommand['address'], country: string): Result<AddressRow, DomainError> {
  const line1 = parseText(input.line1, 'address.line1', 'a street address');
  if (!line1.ok) return line1;
  const suburb = parseText(input.suburb, 'address.suburb', 'a suburb', 100);
  if (!suburb.ok) return suburb;
  if (input.country.trim().toUpperCase() !== country) {
    return bad(`Visits are in ${country} only`, 'address.country');
  }
  const line2 = parseOptionalText(input.line2, 'address.line2', 'a second address line', MAX_LINE_LENGTH);
  if (!line2.ok) return line2;
  const state = parseOptionalText(input.state, 'address.state', 'a state', 50);
  if (!state.ok) return state;
  const postcode = parsePostcode(input.postcode);
  if (!postcode.ok) return postcode;
  return ok({
    line1: line1.value,
    line2: line2.value,
    suburb: suburb.value,
    state: state.value,
    postcode: postcode.value,
    country,
  });
}

/** Everything about a new booking that can be checked without the database, in field order. */
export function parseCreateBooking(
  input: CreateBookingCommand,
  settings: BookingSettings,
  partnerId: string | undefined,
  now: number,
): Result<ParsedBooking, DomainError> {
  const key = input.idempotencyKey.trim();
  if (key === '' || key.length > MAX_KEY_LENGTH || !/^[\x21-\x7e]+$/.test(key)) {
    return bad(`An idempotency key is 1 to ${MAX_KEY_LENGTH} printable characters without spaces`, 'idempotencyKey');
  }
  for (const check of [
    checkId(input.treatmentId, 'treatmentId', 'treatment'),
    checkId(optional(input.therapistId), 'therapistId', 'therapist'),
  ]) {
    if (!check.ok) return check;
  }
  const session = checkBookingTime(
    input.start.getTime(),
    input.durationMinutes,
    now,
    settings.policy,
    settings.operator.timeZone,
  );
  if (!session.ok) return session;
  const client = parseClientContact(input.client);
  if (!client.ok) return client;
  const address = parseAddress(input.address, settings.operator.country);
  if (!address.ok) return address;
  const notes = optional(input.intakeNotes) ?? null;
  if (notes && notes.length > MAX_NOTES_LENGTH) {
    return bad(`Intake notes are at most ${MAX_NOTES_LENGTH} characters`, 'intakeNotes');
  }
  const referralCode = optionalReferralCode(input.referralCode);
  const holderProven = input.holderProven === true;
  let referralHolder: ReferralHolder | undefined;
  if (referralCode && !holderProven) {
    if (!input.referralHolder) {
      return bad('Give the family name and date of birth written on the referral', 'referralHolder.familyName');
    }
    const holder = parseReferralHolder(
      input.referralHolder,
      instantToLocalDate(now, settings.operator.timeZone),
      'referralHolder',
    );
    if (!holder.ok) return holder;
    referralHolder = holder.value;
  }
  const parsed = {
    treatmentId: input.treatmentId.toLowerCase(),
    durationMinutes: input.durationMinutes,
    session: session.value,
    therapistId: optional(input.therapistId)?.toLowerCase(),
    referralCode,
    referralHolder,
    holderProven,
    client: client.value,
    address: address.value,
    intakeNotes: notes,
  };
  const tag = optional(input.locale);
  if (tag !== undefined && !LANGUAGE_TAG.test(tag)) {
    return bad('A language tag such as en-AU or zh-CN', 'locale');
  }
  const requestHash = sha256Hex(JSON.stringify({ ...parsed, partnerId: partnerId ?? null }));
  return ok({ ...parsed, idempotencyKey: key, requestHash, locale: messageLocale(tag ?? settings.operator.locale) });
}
