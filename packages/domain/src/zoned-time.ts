import { DateTime, IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon';

/**
 * Wall-clock time in IANA zones. Instants are epoch milliseconds; calendar dates are
 * 'YYYY-MM-DD' strings; wall times are minutes since local midnight. Luxon answers every
 * question about offsets; this module never adds or subtracts an offset itself.
 */

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** Hours of offsets one zone remembers (about eleven years); past it, it starts again. */
const MAX_REMEMBERED_HOURS = 100_000;

/**
 * An IANA zone that remembers Luxon's offsets an hour at a time. Luxon asks Intl for
 * every offset (a formatter's parts each time), which was most of the time spent
 * answering a booking. An hour whose first and last millisecond have the same offset
 * has it throughout (no zone changes its offset twice within an hour); an hour with
 * a transition is asked about exactly, every time.
 */
class RememberedZone extends Zone {
  readonly #zone: IANAZone;
  readonly #hours = new Map<number, number>();

  constructor(name: string) {
    super();
    this.#zone = IANAZone.create(name);
  }

  override get type(): string {
    return 'iana';
  }

  override get name(): string {
    return this.#zone.name;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override get isValid(): boolean {
    return this.#zone.isValid;
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string | null {
    return this.#zone.offsetName(ts, options);
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.#zone.formatOffset(ts, format);
  }

  override offset(ts: number): number {
    const hour = Math.floor(ts / HOUR_MS);
    const known = this.#hours.get(hour);
    if (known !== undefined) return known;
    const first = this.#zone.offset(hour * HOUR_MS);
    if (this.#zone.offset((hour + 1) * HOUR_MS - 1) !== first) return this.#zone.offset(ts);
    if (this.#hours.size >= MAX_REMEMBERED_HOURS) this.#hours.clear();
    this.#hours.set(hour, first);
    return first;
  }

  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.name;
  }
}

const rememberedZones = new Map<string, RememberedZone>();
const UNIVERSAL = /^(utc|gmt)$/i;

/** The zone to read instants in: one per name, remembered (within the cap on zone names). */
function remembered(zone: string): Zone | string {
  // Luxon's own UTC needs no Intl, and writes its instants with Z
  if (UNIVERSAL.test(zone)) return zone;
  let found = rememberedZones.get(zone);
  if (!found) {
    if (rememberedZones.size >= MAX_REMEMBERED_ZONES) return zone;
    found = new RememberedZone(zone);
    rememberedZones.set(zone, found);
  }
  return found;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Zones already found valid: Luxon's check builds an Intl formatter on every call. */
const validZones = new Set<string>();
/** Zone names are case-insensitive, so spellings are unbounded: cap what one process remembers. */
const MAX_REMEMBERED_ZONES = 1_000;
/**
 * The shape of an IANA zone name: '/'-separated segments that each start with a letter, then
 * letters, digits, '_', '+' or '-' ('UTC', 'EST5EDT', 'Etc/GMT+10', 'America/Argentina/Buenos_Aires').
 * Intl alone is not enough: newer runtimes (Node 24) follow ECMA-402 in also accepting UTC
 * offsets such as '+10:00' or '-0500', which Node 20 refuses and which are not zones (they
 * never change for daylight saving).
 */
const ZONE_NAME_PATTERN = /^[A-Za-z][\w+-]*(?:\/[A-Za-z][\w+-]*)*$/;

/** An IANA time zone name this runtime knows, the same answer on every Node version: never an offset. */
export function isValidTimeZone(zone: string): boolean {
  if (validZones.has(zone)) return true;
  const valid = ZONE_NAME_PATTERN.test(zone) && IANAZone.isValidZone(zone);
  if (valid && validZones.size < MAX_REMEMBERED_ZONES) validZones.add(zone);
  return valid;
}

/** A real calendar date written 'YYYY-MM-DD' (2026-02-30 is not one). */
export const isValidDate = (date: string): boolean => dateParts(date) !== undefined;

/**
 * The years the API deals in: wide enough for any birth, licence or plan, and narrow
 * enough that a year typed wrong (0001, 9999) is refused before it reaches date
 * arithmetic or PostgreSQL.
 */
export const YEARS_HANDLED = { first: 1900, last: 2199 } as const;

/** Whether a 'YYYY-MM-DD' (or an instant written from one) falls in YEARS_HANDLED. */
export function inYearsHandled(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= YEARS_HANDLED.first && year <= YEARS_HANDLED.last;
}

/** 'HH:MM' (00:00 to 23:59) as minutes since midnight. */
export function parseLocalTime(time: string): number | undefined {
  const match = TIME_PATTERN.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** A calendar date as midnight UTC, or undefined when it is not a real 'YYYY-MM-DD' date. */
function dateParts(date: string): DateTime<true> | undefined {
  const match = DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const dt = DateTime.fromObject(
    { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) },
    { zone: 'utc' },
  );
  return dt.isValid ? dt : undefined;
}

function calendarDate(date: string): DateTime<true> {
  const dt = dateParts(date);
  if (!dt) throw new RangeError(`Not a date: "${date}"`);
  return dt;
}

/** Luxon's reading of an instant in a zone; the zone must have been validated before. */
function inZone(ms: number, zone: string): DateTime<true> {
  const dt = DateTime.fromMillis(ms, { zone: remembered(zone) });
  if (!dt.isValid) throw new RangeError(`Cannot read ${ms} in time zone "${zone}"`);
  return dt;
}

const isoDate = (dt: DateTime<true>): string => dt.toISODate();
const wallMinutes = (dt: DateTime<true>): number => dt.hour * 60 + dt.minute;

export const addDays = (date: string, days: number): string => isoDate(calendarDate(date).plus({ days }));

/** The same day `years` later (or earlier); 29 February becomes 28 February in other years. */
export const addYears = (date: string, years: number): string => isoDate(calendarDate(date).plus({ years }));

/** Every date from `from` to `to`, both included; empty when `from` is after `to`. */
export function daysInRange(from: string, to: string): string[] {
  const days: string[] = [];
  const last = calendarDate(to).toMillis();
  for (let day = calendarDate(from); day.toMillis() <= last; day = day.plus({ days: 1 })) days.push(isoDate(day));
  return days;
}

export const instantToLocalDate = (ms: number, zone: string): string => isoDate(inZone(ms, zone));

/** An instant in ISO 8601 with the zone's offset then (2026-12-01T09:00:00+11:00); milliseconds only when not 0. */
export const instantToIso = (ms: number, zone: string): string =>
  inZone(ms, zone).toISO({ suppressMilliseconds: true });

/** True when the instant reads as a whole multiple of `stepMinutes` after local midnight. */
export function isOnWallClockGrid(ms: number, stepMinutes: number, zone: string): boolean {
  const dt = inZone(ms, zone);
  return dt.second === 0 && dt.millisecond === 0 && wallMinutes(dt) % stepMinutes === 0;
}

/**
 * The smallest whole-minute instant in (lo, hi] for which `holds` is true, given that it is
 * false at lo, true at hi and changes once in between (a day has at most one transition).
 */
function firstMinuteWhere(lo: number, hi: number, holds: (ms: number) => boolean): number {
  let [below, above] = [lo, hi];
  while (above - below > MINUTE_MS) {
    const mid = below + Math.floor((above - below) / 2 / MINUTE_MS) * MINUTE_MS;
    if (holds(mid)) above = mid;
    else below = mid;
  }
  return above;
}

/** The first instant of a local date: the earlier midnight when it repeats, the transition when it is skipped. */
function startOfLocalDay(date: DateTime<true>, zone: string): number {
  const { year, month, day } = date;
  const midnight = DateTime.fromObject({ year, month, day }, { zone: remembered(zone) });
  const exact = midnight
    .getPossibleOffsets()
    .filter((dt) => dt.day === day && dt.hour === 0 && dt.minute === 0)
    .map((dt) => dt.toMillis());
  if (exact.length > 0) return Math.min(...exact);
  // Luxon moves a skipped midnight forward; the day began somewhere in the 24 hours before that.
  const after = midnight.toMillis();
  const iso = isoDate(date);
  return firstMinuteWhere(after - DAY_MS, after, (ms) => instantToLocalDate(ms, zone) >= iso);
}

/** A stretch of a day with one UTC offset: there wall time advances with elapsed time. */
export interface WallSegment {
  readonly start: number;
  readonly end: number;
  /** Wall time (minutes since midnight) at `start`. */
  readonly wallStart: number;
}

/** One local calendar day of a zone: [start, end) is 23, 24 or 25 hours long around DST changes. */
export interface ZonedDay {
  readonly date: string;
  readonly zone: string;
  readonly start: number;
  readonly end: number;
  /** ISO weekday, Monday = 1. */
  readonly weekday: number;
  /** One segment, or two split at the day's transition; none for a date the zone skipped. */
  readonly segments: readonly WallSegment[];
}

function splitAtTransition(start: number, end: number, zone: string): WallSegment[] {
  if (start >= end) return [];
  const first = inZone(start, zone);
  // Transitions fall on whole minutes, so the day's last minute has the day's final offset.
  const finalOffset = inZone(end - MINUTE_MS, zone).offset;
  if (first.offset === finalOffset) return [{ start, end, wallStart: wallMinutes(first) }];
  const transition = firstMinuteWhere(start, end - MINUTE_MS, (ms) => inZone(ms, zone).offset === finalOffset);
  return [
    { start, end: transition, wallStart: wallMinutes(first) },
    { start: transition, end, wallStart: wallMinutes(inZone(transition, zone)) },
  ];
}

/** Consecutive local days from `from` to `to` inclusive; each day boundary is resolved once. */
export function zonedDaysInRange(from: string, to: string, zone: string): ZonedDay[] {
  const days: ZonedDay[] = [];
  const last = calendarDate(to).toMillis();
  let date = calendarDate(from);
  let start = startOfLocalDay(date, zone);
  let first = inZone(start, zone);
  while (date.toMillis() <= last) {
    const next = date.plus({ days: 1 });
    // Most days: 24 hours on, Luxon reads the next midnight at the same offset, so nothing changed.
    const probe = inZone(start + DAY_MS, zone);
    const plain = probe.offset === first.offset && wallMinutes(probe) === 0 && probe.day === next.day;
    const end = plain ? start + DAY_MS : startOfLocalDay(next, zone);
    const segments = plain ? [{ start, end, wallStart: wallMinutes(first) }] : splitAtTransition(start, end, zone);
    days.push({ date: isoDate(date), zone, start, end, weekday: date.weekday, segments });
    [date, start, first] = [next, end, plain ? probe : inZone(end, zone)];
  }
  return days;
}

export function zonedDay(date: string, zone: string): ZonedDay {
  const [day] = zonedDaysInRange(date, date, zone);
  if (!day) throw new RangeError(`Not a date: "${date}"`);
  return day;
}

/** [start, end) of a local date in a zone. */
export function dayBoundsInZone(date: string, zone: string): readonly [number, number] {
  const { start, end } = zonedDay(date, zone);
  return [start, end];
}

/** Every instant that reads as this wall time on the day: none in a skipped hour, two in a repeated one. */
export function wallTimeInstants(day: ZonedDay, minutes: number): number[] {
  const instants: number[] = [];
  for (const segment of day.segments) {
    const ms = segment.start + (minutes - segment.wallStart) * MINUTE_MS;
    if (minutes >= segment.wallStart && ms < segment.end) instants.push(ms);
  }
  return instants;
}

/**
 * The first instant of the day whose wall time is at or after `minutes`: the earlier of a
 * repeated wall time, the end of the gap for a skipped one, the day's end when none is left.
 */
export function firstInstantAtOrAfter(day: ZonedDay, minutes: number): number {
  for (const segment of day.segments) {
    if (minutes <= segment.wallStart) return segment.start;
    const ms = segment.start + (minutes - segment.wallStart) * MINUTE_MS;
    if (ms < segment.end) return ms;
  }
  return day.end;
}

/**
 * The instant a local date and 'HH:MM' denote in a zone. Undefined when that wall time does not
 * exist (the hour skipped when clocks go forward). A repeated wall time (clocks go back) gives the
 * earlier instant: a client who books "01:30" that night means the first 01:30 to come.
 */
export function localDateTimeToInstant(date: string, time: string, zone: string): number | undefined {
  const minutes = parseLocalTime(time);
  return minutes === undefined ? undefined : wallTimeInstants(zonedDay(date, zone), minutes)[0];
}

/** Instants of the day, ascending, whose wall time is a whole multiple of `stepMinutes` after midnight. */
export function wallClockGrid(day: ZonedDay, stepMinutes: number): number[] {
  if (!Number.isInteger(stepMinutes) || stepMinutes <= 0) throw new RangeError('The step must be a positive integer');
  const grid: number[] = [];
  for (const segment of day.segments) {
    const firstWall = Math.ceil(segment.wallStart / stepMinutes) * stepMinutes;
    const step = stepMinutes * MINUTE_MS;
    for (let ms = segment.start + (firstWall - segment.wallStart) * MINUTE_MS; ms < segment.end; ms += step) {
      grid.push(ms);
    }
  }
  return grid;
}
