import { type DomainError, domainError } from './errors.js';
import { expand, type Interval, intersect, normalise, subtract } from './intervals.js';
import { err, ok, type Result } from './result.js';
import type { Technique } from './vocabulary.js';
import {
  addDays,
  DAY_MS,
  daysInRange,
  firstInstantAtOrAfter,
  instantToLocalDate,
  isValidDate,
  isValidTimeZone,
  MINUTE_MS,
  parseLocalTime,
  wallClockGrid,
  type ZonedDay,
  zonedDaysInRange,
} from './zoned-time.js';

/** Working hours on one ISO weekday (Monday = 1), 'HH:MM' wall times in the therapist's zone. */
export interface WeeklyHours {
  readonly weekday: number;
  readonly start: string;
  readonly end: string;
}

export interface TherapistAvailability {
  readonly id: string;
  readonly timeZone: string;
  readonly weeklySchedule: readonly WeeklyHours[];
  readonly timeOff: readonly Interval[];
  readonly servicePostcodes: readonly string[];
  readonly techniques: readonly Technique[];
  readonly medicalQualified: boolean;
  readonly gender?: string;
  /** Last day the licence is valid, in the therapist's zone. */
  readonly licenceExpiresOn: string;
  readonly travelBufferMinutes: number;
}

/** A live booking: [start, end) of the session itself. */
export interface BookedSession extends Interval {
  readonly therapistId: string;
}

export interface TreatmentRequirements {
  readonly requiresReferral: boolean;
  readonly techniques: readonly Technique[];
}

export interface AvailabilityFilters {
  readonly postcode?: string;
  readonly therapistId?: string;
  readonly therapistGender?: string;
  /** From a referral: the therapist must offer every one of them. */
  readonly requiredTechniques?: readonly Technique[];
}

export interface SlotPolicy {
  readonly slotStepMinutes: number;
  readonly minNoticeMinutes: number;
  readonly horizonDays: number;
}

/** The part of a request the client writes: days `from`..`to` (inclusive) read in `timeZone`. */
export interface AvailabilityQuery {
  readonly from: string;
  readonly to: string;
  readonly timeZone: string;
  readonly durationMinutes: number;
}

export interface AvailabilityRequest extends AvailabilityQuery {
  readonly therapists: readonly TherapistAvailability[];
  readonly bookings: readonly BookedSession[];
  readonly treatment: TreatmentRequirements;
  readonly filters?: AvailabilityFilters;
  readonly policy: SlotPolicy;
  readonly now: number;
}

export interface Slot {
  readonly start: number;
  readonly end: number;
  /** In the order the therapists were given. */
  readonly therapistIds: readonly string[];
}

export interface AvailableDay {
  readonly date: string;
  readonly slots: readonly Slot[];
}

export const MAX_RANGE_DAYS = 31;

export const isPositiveWholeMinutes = (minutes: number): boolean => Number.isSafeInteger(minutes) && minutes > 0;

/**
 * The range a session keeps its therapist busy: the session, then the travel buffer to the next
 * place. Two live sessions of one therapist may not have overlapping busy ranges, which leaves at
 * least the buffer between them: the same rule as the database's exclusion constraint.
 */
export const busyRange = (session: Interval, bufferMinutes: number): Interval => ({
  start: session.start,
  end: session.end + bufferMinutes * MINUTE_MS,
});

/** The earliest and latest start (both included) a booking made at `now` may have. */
export const bookableStarts = (now: number, policy: SlotPolicy): { earliest: number; latest: number } => ({
  earliest: now + policy.minNoticeMinutes * MINUTE_MS,
  latest: now + policy.horizonDays * DAY_MS,
});

/** A licence is valid through its expiry date, read in the therapist's zone. */
export const isLicensedOn = (therapist: Pick<TherapistAvailability, 'licenceExpiresOn'>, date: string): boolean =>
  date <= therapist.licenceExpiresOn;

const sameWord = (a: string | undefined, b: string): boolean =>
  a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * Whether the therapist may take this treatment under these filters, whatever the date. Medical
 * treatments need the medical qualification; others need one of the treatment's techniques (a
 * treatment that names none asks for no particular one). Referral techniques are all required.
 */
export function isTherapistEligible(
  therapist: TherapistAvailability,
  treatment: TreatmentRequirements,
  filters: AvailabilityFilters = {},
): boolean {
  const { postcode, therapistId, therapistGender, requiredTechniques = [] } = filters;
  if (therapistId !== undefined && therapist.id !== therapistId) return false;
  if (therapistGender !== undefined && !sameWord(therapist.gender, therapistGender)) return false;
  if (postcode !== undefined && !therapist.servicePostcodes.includes(postcode.trim())) return false;
  const qualified = treatment.requiresReferral
    ? therapist.medicalQualified
    : treatment.techniques.length === 0 || treatment.techniques.some((t) => therapist.techniques.includes(t));
  return qualified && requiredTechniques.every((t) => therapist.techniques.includes(t));
}

/** Checks what the client wrote and returns the requested dates. */
export function validateAvailabilityRequest(query: AvailabilityQuery): Result<readonly string[], DomainError> {
  const { from, to, timeZone, durationMinutes } = query;
  if (!isValidDate(from)) return err(domainError('BAD_USER_INPUT', 'from must be a date (YYYY-MM-DD)', 'from'));
  if (!isValidDate(to)) return err(domainError('BAD_USER_INPUT', 'to must be a date (YYYY-MM-DD)', 'to'));
  if (to < from) return err(domainError('BAD_USER_INPUT', 'to must not be before from', 'to'));
  if (to > addDays(from, MAX_RANGE_DAYS - 1)) {
    return err(domainError('BAD_USER_INPUT', `Ask for at most ${MAX_RANGE_DAYS} days at a time`, 'to'));
  }
  if (!isValidTimeZone(timeZone)) {
    return err(domainError('BAD_USER_INPUT', `Unknown time zone "${timeZone}"`, 'timeZone'));
  }
  if (!isPositiveWholeMinutes(durationMinutes)) {
    return err(domainError('BAD_USER_INPUT', 'A session lasts a positive whole number of minutes', 'durationMinutes'));
  }
  return ok(daysInRange(from, to));
}

/** Working hours per ISO weekday as [start, end) minutes; unreadable or empty entries offer no time. */
function hoursByWeekday(schedule: readonly WeeklyHours[]): Map<number, [number, number][]> {
  const byDay = new Map<number, [number, number][]>();
  for (const { weekday, start, end } of schedule) {
    const [from, to] = [parseLocalTime(start), parseLocalTime(end)];
    if (from === undefined || to === undefined || from >= to) continue;
    const hours = byDay.get(weekday) ?? [];
    hours.push([from, to]);
    byDay.set(weekday, hours);
  }
  return byDay;
}

/**
 * The therapist's working hours on `days` (consecutive days of their zone, in order),
 * while the licence is valid, as sorted, merged instants.
 */
export function workingHours(
  therapist: Pick<TherapistAvailability, 'weeklySchedule' | 'licenceExpiresOn'>,
  days: readonly ZonedDay[],
): Interval[] {
  const hours = hoursByWeekday(therapist.weeklySchedule);
  const working: Interval[] = [];
  for (const day of days) {
    if (!isLicensedOn(therapist, day.date)) break;
    for (const [from, to] of hours.get(day.weekday) ?? []) {
      working.push({ start: firstInstantAtOrAfter(day, from), end: firstInstantAtOrAfter(day, to) });
    }
  }
  return normalise(working);
}

/** Where a session of the therapist may lie within `reach`: licensed working hours minus everything blocked. */
function freeTime(
  therapist: TherapistAvailability,
  days: readonly ZonedDay[],
  sessions: readonly Interval[],
  reach: Interval,
): Interval[] {
  const working = workingHours(therapist, days);
  // The new session's busy range (session + buffer) may overlap neither time off nor another
  // session's busy range, so the session itself ends at least a buffer before each of them.
  const buffer = therapist.travelBufferMinutes;
  const taken = [...therapist.timeOff, ...sessions.map((session) => busyRange(session, buffer))];
  const blocked = expand(normalise(taken), buffer * MINUTE_MS, 0);
  return subtract(intersect(working, [reach]), blocked);
}

/** Index of the first value >= `value` in an ascending list. */
function firstIndexAtOrAfter(sorted: readonly number[], value: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? value) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Free slots per requested day. Each therapist's free time is computed once as intervals (working
 * hours in their zone, minus time off and bookings with buffers), then the request zone's grid of
 * starts is walked over it; zone conversions happen once per therapist-day, never per slot.
 */
export function findAvailableSlots(request: AvailabilityRequest): Result<AvailableDay[], DomainError> {
  const checked = validateAvailabilityRequest(request);
  if (!checked.ok) return checked;
  const { therapists, bookings, treatment, filters, policy, timeZone } = request;
  const requestDays = zonedDaysInRange(request.from, request.to, timeZone);
  const grids = requestDays.map((day) => wallClockGrid(day, policy.slotStepMinutes));
  const starts = grids.flat();
  const sessionMs = request.durationMinutes * MINUTE_MS;
  const { earliest, latest } = bookableStarts(request.now, policy);
  const reach: Interval = {
    start: Math.max(earliest, starts[0] ?? earliest),
    end: Math.min(latest, starts.at(-1) ?? latest) + sessionMs,
  };

  const takers: string[][] = starts.map(() => []);
  if (reach.end - reach.start >= sessionMs) {
    const sessionsByTherapist = new Map<string, Interval[]>();
    for (const booking of bookings) {
      const list = sessionsByTherapist.get(booking.therapistId) ?? [];
      list.push(booking);
      sessionsByTherapist.set(booking.therapistId, list);
    }
    const calendars = new Map<string, ZonedDay[]>();
    for (const therapist of therapists) {
      if (!isTherapistEligible(therapist, treatment, filters)) continue;
      const zone = therapist.timeZone;
      let days = calendars.get(zone);
      if (!days) {
        days = zonedDaysInRange(instantToLocalDate(reach.start, zone), instantToLocalDate(reach.end - 1, zone), zone);
        calendars.set(zone, days);
      }
      for (const free of freeTime(therapist, days, sessionsByTherapist.get(therapist.id) ?? [], reach)) {
        let i = firstIndexAtOrAfter(starts, free.start);
        for (let start = starts[i]; start !== undefined && start + sessionMs <= free.end; start = starts[++i]) {
          takers[i]?.push(therapist.id);
        }
      }
    }
  }

  let offset = 0;
  return ok(
    requestDays.map((day, d) => {
      const grid = grids[d] ?? [];
      const slots: Slot[] = [];
      grid.forEach((start, i) => {
        const therapistIds = takers[offset + i] ?? [];
        if (therapistIds.length > 0) slots.push({ start, end: start + sessionMs, therapistIds });
      });
      offset += grid.length;
      return { date: day.date, slots };
    }),
  );
}
