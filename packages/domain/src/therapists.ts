import { parsePostcode } from './booking-rules.js';
import { type DomainError, domainError } from './errors.js';
import { err, ok, type Result } from './result.js';
import { isTechnique, type Technique } from './vocabulary.js';
import { inYearsHandled, isValidDate, isValidTimeZone, parseLocalTime, YEARS_HANDLED } from './zoned-time.js';

/** The genders clients may ask for (the database's check constraint holds the same list). */
export const GENDERS = ['female', 'male', 'non-binary'] as const;
export type Gender = (typeof GENDERS)[number];

/** What staff enter about a therapist, as a form or the API receives it. */
export interface TherapistProfileInput {
  readonly displayName: string;
  readonly bio?: string | null | undefined;
  readonly gender?: string | null | undefined;
  readonly techniques: readonly string[];
  readonly medicalQualified: boolean;
  readonly licenceNumber: string;
  readonly licenceBody: string;
  readonly licenceExpiresOn: string;
  readonly timeZone: string;
  readonly travelBufferMinutes: number;
  readonly servicePostcodes: readonly string[];
}

export interface TherapistProfile {
  readonly displayName: string;
  readonly bio: string | null;
  readonly gender: Gender | null;
  readonly techniques: Technique[];
  readonly medicalQualified: boolean;
  readonly licenceNumber: string;
  readonly licenceBody: string;
  readonly licenceExpiresOn: string;
  readonly timeZone: string;
  readonly travelBufferMinutes: number;
  readonly servicePostcodes: string[];
}

export const THERAPIST_LIMITS = {
  name: 200,
  bio: 2000,
  licenceNumber: 50,
  licenceBody: 100,
  bufferMinutes: 240,
  postcodes: 100,
  weeklyRanges: 40,
  timeOffDays: 366,
  timeOffReason: 200,
} as const;

const bad = (message: string, field: string) => err(domainError('BAD_USER_INPUT', message, field));

/** One line of text of 1 to `max` characters. */
function line(raw: string, max: number, field: string, what: string): Result<string, DomainError> {
  const text = raw.trim();
  if (text === '') return bad(`Give ${what}`, field);
  if ([...text].length > max || /\p{Cc}/u.test(text)) return bad(`${what} is at most ${max} characters of text`, field);
  return ok(text);
}

/** A therapist's profile, checked and tidied: the same rules in the console's forms and in the API. */
export function parseTherapistProfile(input: TherapistProfileInput): Result<TherapistProfile, DomainError> {
  const displayName = line(input.displayName, THERAPIST_LIMITS.name, 'displayName', 'a name');
  if (!displayName.ok) return displayName;
  const bio = input.bio?.trim() || null;
  if (bio && [...bio].length > THERAPIST_LIMITS.bio) {
    return bad(`A bio is at most ${THERAPIST_LIMITS.bio} characters`, 'bio');
  }
  const gender = input.gender || null;
  if (gender !== null && !(GENDERS as readonly string[]).includes(gender)) {
    return bad(`Gender is one of ${GENDERS.join(', ')}, or not given`, 'gender');
  }
  const techniques = [...new Set(input.techniques)];
  const unknown = techniques.find((t) => !isTechnique(t));
  if (unknown !== undefined) return bad(`Unknown technique ${unknown}`, 'techniques');
  const licenceNumber = line(input.licenceNumber, THERAPIST_LIMITS.licenceNumber, 'licenceNumber', 'a licence number');
  if (!licenceNumber.ok) return licenceNumber;
  const licenceBody = line(input.licenceBody, THERAPIST_LIMITS.licenceBody, 'licenceBody', 'the issuing body');
  if (!licenceBody.ok) return licenceBody;
  if (!isValidDate(input.licenceExpiresOn)) return bad('Give the last day of the licence', 'licenceExpiresOn');
  if (!inYearsHandled(input.licenceExpiresOn)) {
    const { first, last } = YEARS_HANDLED;
    return bad(`A licence's last day falls in a year from ${first} to ${last}`, 'licenceExpiresOn');
  }
  if (!isValidTimeZone(input.timeZone)) return bad('A time zone is an IANA name, such as Australia/Sydney', 'timeZone');
  const buffer = input.travelBufferMinutes;
  if (!Number.isInteger(buffer) || buffer < 0 || buffer > THERAPIST_LIMITS.bufferMinutes) {
    return bad(`Travel time is 0 to ${THERAPIST_LIMITS.bufferMinutes} whole minutes`, 'travelBufferMinutes');
  }
  const postcodes: string[] = [];
  for (const raw of input.servicePostcodes) {
    const postcode = parsePostcode(raw, 'servicePostcodes');
    if (!postcode.ok) return postcode;
    if (!postcodes.includes(postcode.value)) postcodes.push(postcode.value);
  }
  if (postcodes.length > THERAPIST_LIMITS.postcodes) {
    return bad(`At most ${THERAPIST_LIMITS.postcodes} postcodes`, 'servicePostcodes');
  }
  return ok({
    displayName: displayName.value,
    bio,
    gender: gender as Gender | null,
    techniques: techniques as Technique[],
    medicalQualified: input.medicalQualified,
    licenceNumber: licenceNumber.value,
    licenceBody: licenceBody.value,
    licenceExpiresOn: input.licenceExpiresOn,
    timeZone: input.timeZone,
    travelBufferMinutes: buffer,
    servicePostcodes: postcodes,
  });
}

/** Postcodes as staff type them: separated by commas, spaces or new lines. */
export const splitPostcodes = (text: string): string[] => text.split(/[\s,;]+/).filter((p) => p !== '');

export interface WeeklyRange {
  /** ISO weekday, Monday = 1. */
  readonly weekday: number;
  /** 'HH:MM' in the therapist's zone. */
  readonly start: string;
  readonly end: string;
}

/**
 * A weekly schedule: ranges within a day, end after start, none overlapping another
 * of the same day. The field at fault is `ranges.<index>`.
 */
export function parseWeeklySchedule(ranges: readonly WeeklyRange[]): Result<WeeklyRange[], DomainError> {
  if (ranges.length > THERAPIST_LIMITS.weeklyRanges) {
    return bad(`At most ${THERAPIST_LIMITS.weeklyRanges} ranges a week`, 'ranges');
  }
  const parsed: { weekday: number; from: number; to: number }[] = [];
  for (const [index, r] of ranges.entries()) {
    const field = `ranges.${index}`;
    if (!Number.isInteger(r.weekday) || r.weekday < 1 || r.weekday > 7)
      return bad('A weekday is 1 (Monday) to 7', field);
    const from = parseLocalTime(r.start);
    const to = parseLocalTime(r.end);
    if (from === undefined || to === undefined) return bad('Times are HH:MM', field);
    if (to <= from) return bad('A range ends after it starts', field);
    const clash = parsed.find((p) => p.weekday === r.weekday && p.from < to && from < p.to);
    if (clash) return bad('Ranges of one day may not overlap', field);
    parsed.push({ weekday: r.weekday, from, to });
  }
  return ok([...ranges].sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start)).map((r) => ({ ...r })));
}

/** A stretch of time off: end after start, at most a year long, with an optional short reason. */
export function parseTimeOff(input: {
  start: number;
  end: number;
  reason?: string | null | undefined;
}): Result<{ start: number; end: number; reason: string | null }, DomainError> {
  if (!Number.isFinite(input.start)) return bad('Give when the time off starts', 'start');
  if (!Number.isFinite(input.end) || input.end <= input.start) return bad('Time off ends after it starts', 'end');
  if (input.end - input.start > THERAPIST_LIMITS.timeOffDays * 86_400_000) {
    return bad(`Time off is at most ${THERAPIST_LIMITS.timeOffDays} days at once`, 'end');
  }
  const reason = input.reason?.trim() || null;
  if (reason && [...reason].length > THERAPIST_LIMITS.timeOffReason) {
    return bad(`A reason is at most ${THERAPIST_LIMITS.timeOffReason} characters`, 'reason');
  }
  return ok({ start: input.start, end: input.end, reason });
}
