import type { Referral, ReferralStatus } from './booking-rules.js';
import { type DomainError, domainError } from './errors.js';
import { err, ok, type Result } from './result.js';
import { type Condition, isCondition, isTechnique, type Technique } from './vocabulary.js';
import { addYears, isValidDate } from './zoned-time.js';

// ---------------------------------------------------------------- the referral's life

/**
 * What happens to a referral: staff decide on a PENDING one, amend a verified
 * one, and bookings use and give back its sessions. EXHAUSTED follows from
 * usage; EXPIRED from the date (see `effectiveReferralStatus`), never stored.
 */
export type ReferralAction =
  | { readonly kind: 'VERIFY' }
  | { readonly kind: 'REJECT'; readonly reason: string }
  | {
      readonly kind: 'AMEND';
      readonly reason: string;
      readonly sessionsAuthorised?: number | undefined;
      readonly expiresOn?: string | undefined;
    }
  | { readonly kind: 'USE_SESSION' }
  | { readonly kind: 'RETURN_SESSION' };

/** The parts of a referral its life changes. */
export type ReferralState = Pick<Referral, 'status' | 'sessionsAuthorised' | 'sessionsUsed' | 'issuedOn' | 'expiresOn'>;

export const REFERRAL_LIMITS = {
  sessions: 100,
  reason: 500,
  name: 200,
  text: 2000,
  conditions: 10,
  /** How long before today a referral may have been issued, and how long after its issue it may run. */
  years: 10,
} as const;

const bad = (message: string, field: string) => err(domainError('BAD_USER_INPUT', message, field));
const invalid = (message: string) => err(domainError('REFERRAL_INVALID', message));

/** The status a referral shows on `today` (operator's zone): a verified one past its window has EXPIRED. */
export function effectiveReferralStatus(referral: ReferralState, today: string): ReferralStatus {
  if ((referral.status === 'VERIFIED' || referral.status === 'EXHAUSTED') && today > referral.expiresOn) {
    return 'EXPIRED';
  }
  return referral.status;
}

/** Whether staff may still act on it: only a PENDING referral is decided, only a decided, accepted one amended. */
const isAccepted = (status: ReferralStatus): boolean => status === 'VERIFIED' || status === 'EXHAUSTED';

/** A verified referral's status from its usage: EXHAUSTED exactly when every session is used. */
const byUsage = (sessionsUsed: number, sessionsAuthorised: number): ReferralStatus =>
  sessionsUsed >= sessionsAuthorised ? 'EXHAUSTED' : 'VERIFIED';

function reasonOf(raw: string, field: string): Result<string, DomainError> {
  const reason = raw.trim();
  if (reason === '') return bad('Give a reason', field);
  if ([...reason].length > REFERRAL_LIMITS.reason)
    return bad(`A reason is at most ${REFERRAL_LIMITS.reason} characters`, field);
  return ok(reason);
}

/**
 * The state machine of a referral. Returns the state after `action`, or why it
 * cannot happen; the database's constraints hold the same invariants
 * (0 ≤ used ≤ authorised, EXHAUSTED exactly when used up).
 */
export function applyReferralAction(
  referral: ReferralState,
  action: ReferralAction,
): Result<ReferralState, DomainError> {
  switch (action.kind) {
    case 'VERIFY':
      if (referral.status !== 'PENDING')
        return invalid(`Only a pending referral can be verified; this one is ${referral.status}`);
      return ok({ ...referral, status: byUsage(referral.sessionsUsed, referral.sessionsAuthorised) });
    case 'REJECT': {
      if (referral.status !== 'PENDING')
        return invalid(`Only a pending referral can be rejected; this one is ${referral.status}`);
      const reason = reasonOf(action.reason, 'reason');
      return reason.ok ? ok({ ...referral, status: 'REJECTED' }) : reason;
    }
    case 'AMEND': {
      if (!isAccepted(referral.status))
        return invalid(`Only a verified referral can be amended; this one is ${referral.status}`);
      const reason = reasonOf(action.reason, 'reason');
      if (!reason.ok) return reason;
      if (action.sessionsAuthorised === undefined && action.expiresOn === undefined) {
        return bad('Change the sessions authorised or the expiry date', 'sessionsAuthorised');
      }
      const sessionsAuthorised = action.sessionsAuthorised ?? referral.sessionsAuthorised;
      if (
        !Number.isInteger(sessionsAuthorised) ||
        sessionsAuthorised < 1 ||
        sessionsAuthorised > REFERRAL_LIMITS.sessions
      ) {
        return bad(`Sessions authorised is a whole number from 1 to ${REFERRAL_LIMITS.sessions}`, 'sessionsAuthorised');
      }
      if (sessionsAuthorised < referral.sessionsUsed) {
        return bad(
          `${referral.sessionsUsed} sessions are already used: authorise at least that many`,
          'sessionsAuthorised',
        );
      }
      const expiresOn = action.expiresOn ?? referral.expiresOn;
      const expiry = checkExpiry(expiresOn, referral.issuedOn);
      if (!expiry.ok) return expiry;
      return ok({
        ...referral,
        sessionsAuthorised,
        expiresOn,
        status: byUsage(referral.sessionsUsed, sessionsAuthorised),
      });
    }
    case 'USE_SESSION':
      if (referral.status !== 'VERIFIED') return invalid('The referral has no session left to use');
      return ok({
        ...referral,
        sessionsUsed: referral.sessionsUsed + 1,
        status: byUsage(referral.sessionsUsed + 1, referral.sessionsAuthorised),
      });
    case 'RETURN_SESSION':
      if (!isAccepted(referral.status) || referral.sessionsUsed === 0)
        return invalid('The referral has no used session to give back');
      return ok({ ...referral, sessionsUsed: referral.sessionsUsed - 1, status: 'VERIFIED' });
  }
}

// ---------------------------------------------------------------- entering one

/** Whom the referral was written for: what a client proves when booking with its code. */
export interface ReferralHolder {
  readonly familyName: string;
  readonly dateOfBirth: string;
}

/** A referral as staff enter it from the paper, or an integrator submits it. */
export interface ReferralInput {
  readonly treatmentId: string;
  readonly holder: ReferralHolder;
  readonly holderGivenNames?: string | null | undefined;
  readonly providerName: string;
  readonly providerProfession: string;
  readonly providerNumber?: string | null | undefined;
  readonly providerPractice?: string | null | undefined;
  readonly providerContact?: string | null | undefined;
  readonly conditions: readonly string[];
  readonly diagnosis?: string | null | undefined;
  readonly diagnosisCode?: string | null | undefined;
  readonly recommendedTechniques: readonly string[];
  readonly precautions?: string | null | undefined;
  readonly providerNotes?: string | null | undefined;
  readonly sessionsAuthorised: number;
  readonly issuedOn: string;
  readonly expiresOn: string;
}

export interface ParsedReferral {
  readonly treatmentId: string;
  readonly holder: ReferralHolder;
  readonly holderGivenNames: string | null;
  readonly providerName: string;
  readonly providerProfession: string;
  readonly providerNumber: string | null;
  readonly providerPractice: string | null;
  readonly providerContact: string | null;
  readonly conditions: Condition[];
  readonly diagnosis: string | null;
  readonly diagnosisCode: string | null;
  readonly recommendedTechniques: Technique[];
  readonly precautions: string | null;
  readonly providerNotes: string | null;
  readonly sessionsAuthorised: number;
  readonly issuedOn: string;
  readonly expiresOn: string;
}

/**
 * ICD-10 as written on referrals: a letter, two digits (or digit and letter, as
 * in C7A), then optionally a dot and up to four more characters (M54.5, S83.511).
 */
const ICD10 = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

function requiredLine(raw: string, field: string, what: string): Result<string, DomainError> {
  const text = raw.trim();
  if (text === '') return bad(`Give ${what}`, field);
  if ([...text].length > REFERRAL_LIMITS.name || /\p{Cc}/u.test(text)) {
    return bad(
      `${what[0]?.toUpperCase()}${what.slice(1)} is at most ${REFERRAL_LIMITS.name} characters of text`,
      field,
    );
  }
  return ok(text);
}

function optionalLine(raw: string | null | undefined, field: string, what: string): Result<string | null, DomainError> {
  const text = raw?.trim() ?? '';
  return text === '' ? ok(null) : requiredLine(text, field, what);
}

/** Free text of several lines (notes, precautions): up to REFERRAL_LIMITS.text characters, no control characters but line breaks. */
function optionalText(raw: string | null | undefined, field: string, what: string): Result<string | null, DomainError> {
  const text = raw?.trim() ?? '';
  if (text === '') return ok(null);
  if ([...text].length > REFERRAL_LIMITS.text || /[^\P{Cc}\n\r\t]/u.test(text)) {
    return bad(`${what} is at most ${REFERRAL_LIMITS.text} characters of text`, field);
  }
  return ok(text);
}

/** A date of birth: a real day, in the past, and not before 1900. */
function birthDate(raw: string, today: string, field: string): Result<string, DomainError> {
  const date = raw.trim();
  if (!isValidDate(date)) return bad('Give the date of birth as a date, YYYY-MM-DD', field);
  if (date >= today || date < '1900-01-01') return bad('The date of birth is not a possible one', field);
  return ok(date);
}

/** The family name the referral was written for. */
export function parseReferralHolder(
  holder: ReferralHolder,
  today: string,
  prefix = 'holder',
): Result<ReferralHolder, DomainError> {
  const familyName = requiredLine(holder.familyName, `${prefix}.familyName`, 'the family name');
  if (!familyName.ok) return familyName;
  const dateOfBirth = birthDate(holder.dateOfBirth, today, `${prefix}.dateOfBirth`);
  return dateOfBirth.ok ? ok({ familyName: familyName.value, dateOfBirth: dateOfBirth.value }) : dateOfBirth;
}

/** An expiry on or after the issue, and within REFERRAL_LIMITS.years of it (a year typed wrong is refused). */
function checkExpiry(expiresOn: string, issuedOn: string): Result<void, DomainError> {
  if (!isValidDate(expiresOn)) return bad('Give the expiry as a date, YYYY-MM-DD', 'expiresOn');
  if (expiresOn < issuedOn) return bad('A referral cannot expire before it was issued', 'expiresOn');
  if (expiresOn > addYears(issuedOn, REFERRAL_LIMITS.years)) {
    return bad(`A referral runs at most ${REFERRAL_LIMITS.years} years from its issue`, 'expiresOn');
  }
  return ok(undefined);
}

/** A referral as received, checked and tidied: the same rules in the console's form and in the API. */
export function parseReferralInput(input: ReferralInput, today: string): Result<ParsedReferral, DomainError> {
  const holder = parseReferralHolder(input.holder, today);
  if (!holder.ok) return holder;
  const holderGivenNames = optionalLine(input.holderGivenNames, 'holderGivenNames', 'the given names');
  if (!holderGivenNames.ok) return holderGivenNames;
  const providerName = requiredLine(input.providerName, 'providerName', "the provider's name");
  if (!providerName.ok) return providerName;
  const providerProfession = requiredLine(input.providerProfession, 'providerProfession', "the provider's profession");
  if (!providerProfession.ok) return providerProfession;
  const providerNumber = optionalLine(input.providerNumber, 'providerNumber', "the provider's registration number");
  if (!providerNumber.ok) return providerNumber;
  const providerPractice = optionalLine(input.providerPractice, 'providerPractice', 'the practice');
  if (!providerPractice.ok) return providerPractice;
  const providerContact = optionalLine(input.providerContact, 'providerContact', "the provider's contact");
  if (!providerContact.ok) return providerContact;
  const conditions = [...new Set(input.conditions)];
  if (conditions.length === 0) return bad('Choose at least one condition', 'conditions');
  if (conditions.length > REFERRAL_LIMITS.conditions)
    return bad(`At most ${REFERRAL_LIMITS.conditions} conditions`, 'conditions');
  const unknownCondition = conditions.find((c) => !isCondition(c));
  if (unknownCondition !== undefined) return bad('Choose conditions from the list', 'conditions');
  const diagnosis = optionalText(input.diagnosis, 'diagnosis', 'The diagnosis');
  if (!diagnosis.ok) return diagnosis;
  const code = input.diagnosisCode?.trim().toUpperCase() || null;
  if (code !== null && !ICD10.test(code)) return bad('An ICD-10 code looks like M54.5', 'diagnosisCode');
  const techniques = [...new Set(input.recommendedTechniques)];
  if (techniques.some((t) => !isTechnique(t))) return bad('Choose techniques from the list', 'recommendedTechniques');
  const precautions = optionalText(input.precautions, 'precautions', 'Precautions');
  if (!precautions.ok) return precautions;
  const providerNotes = optionalText(input.providerNotes, 'providerNotes', "The provider's notes");
  if (!providerNotes.ok) return providerNotes;
  const sessions = input.sessionsAuthorised;
  if (!Number.isInteger(sessions) || sessions < 1 || sessions > REFERRAL_LIMITS.sessions) {
    return bad(`Sessions authorised is a whole number from 1 to ${REFERRAL_LIMITS.sessions}`, 'sessionsAuthorised');
  }
  if (!isValidDate(input.issuedOn)) return bad('Give the issue date as a date, YYYY-MM-DD', 'issuedOn');
  if (input.issuedOn > today) return bad('A referral cannot be issued in the future', 'issuedOn');
  if (input.issuedOn < addYears(today, -REFERRAL_LIMITS.years)) {
    return bad(`A referral issued more than ${REFERRAL_LIMITS.years} years ago is not taken`, 'issuedOn');
  }
  const expiry = checkExpiry(input.expiresOn, input.issuedOn);
  if (!expiry.ok) return expiry;
  return ok({
    treatmentId: input.treatmentId,
    holder: holder.value,
    holderGivenNames: holderGivenNames.value,
    providerName: providerName.value,
    providerProfession: providerProfession.value,
    providerNumber: providerNumber.value,
    providerPractice: providerPractice.value,
    providerContact: providerContact.value,
    conditions: conditions as Condition[], // each checked by isCondition above
    diagnosis: diagnosis.value,
    diagnosisCode: code,
    recommendedTechniques: techniques as Technique[], // each checked by isTechnique above
    precautions: precautions.value,
    providerNotes: providerNotes.value,
    sessionsAuthorised: sessions,
    issuedOn: input.issuedOn,
    expiresOn: input.expiresOn,
  });
}

// ---------------------------------------------------------------- the holder

/**
 * A name as compared: without case, accents, spaces, hyphens or apostrophes,
 * so "Ó'Brien-Smith" is "obriensmith" however it was typed.
 */
export const comparableName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('und')
    .replace(/[\s'’‘`´\-‐‑–.]/gu, '');

/** Whether the person booking is the one the referral was written for. */
export const sameHolder = (referral: ReferralHolder | null, claimed: ReferralHolder): boolean =>
  referral !== null &&
  comparableName(referral.familyName) !== '' &&
  comparableName(referral.familyName) === comparableName(claimed.familyName) &&
  referral.dateOfBirth === claimed.dateOfBirth.trim();

/** One answer for an unknown code and for a known one written for someone else: no answer says whose a code is. */
export const NO_MATCHING_REFERRAL = 'No referral matches this code, family name and date of birth';

// ---------------------------------------------------------------- what a therapist sees

/** A therapist sees a booking's precautions and intake notes from 48 h before it until 7 days after it. */
export const CARE_NOTES_WINDOW = { hoursBefore: 48, daysAfter: 7 } as const;

export function therapistSeesCareNotes(
  session: { readonly start: number; readonly end: number },
  now: number,
): boolean {
  return (
    now >= session.start - CARE_NOTES_WINDOW.hoursBefore * 3_600_000 &&
    now <= session.end + CARE_NOTES_WINDOW.daysAfter * 86_400_000
  );
}
