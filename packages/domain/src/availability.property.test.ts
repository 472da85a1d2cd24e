import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  type AvailabilityRequest,
  findAvailableSlots,
  type TherapistAvailability,
  type WeeklyHours,
} from './availability.js';
import { TECHNIQUES } from './vocabulary.js';

/**
 * The engine against a brute-force reading of the rules: every zone question is answered by
 * Luxon on a 15-minute scan of each local day (all these zones shift and sit on quarter hours),
 * without any of the engine's helpers.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const ZONES = [
  'Australia/Sydney',
  'America/New_York',
  'Europe/London',
  'Australia/Lord_Howe',
  'America/Santiago',
  'Australia/Adelaide',
  'Asia/Kathmandu',
  'UTC',
];
/** 2026 clock changes of the zones above, and two quiet days. */
const SCENES: [string, string][] = [
  ['America/New_York', '2026-03-08'],
  ['Europe/London', '2026-03-29'],
  ['Australia/Sydney', '2026-04-05'],
  ['Australia/Lord_Howe', '2026-04-05'],
  ['America/Santiago', '2026-04-05'],
  ['America/Santiago', '2026-09-06'],
  ['Australia/Adelaide', '2026-10-04'],
  ['Australia/Lord_Howe', '2026-10-04'],
  ['Europe/London', '2026-10-25'],
  ['America/New_York', '2026-11-01'],
  ['Asia/Kathmandu', '2026-06-15'],
  ['UTC', '2026-01-20'],
];

const plusDays = (date: string, days: number) =>
  DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate() ?? '';
const hhmm = (quarter: number) =>
  `${String(Math.floor(quarter / 4)).padStart(2, '0')}:${String((quarter % 4) * 15).padStart(2, '0')}`;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Instants 15 minutes apart that Luxon reads as this local date, with their wall time. */
const scans = new Map<string, { ms: number; minutes: number }[]>();
function scanDay(date: string, zone: string) {
  const key = `${zone} ${date}`;
  const cached = scans.get(key);
  if (cached) return cached;
  const points: { ms: number; minutes: number }[] = [];
  const around = DateTime.fromISO(`${date}T12:00:00`, { zone: 'utc' }).toMillis();
  for (let ms = around - 36 * 3_600_000; ms < around + 36 * 3_600_000; ms += 15 * MINUTE) {
    const dt = DateTime.fromMillis(ms, { zone });
    if (dt.toISODate() === date) points.push({ ms, minutes: dt.hour * 60 + dt.minute });
  }
  scans.set(key, points);
  return points;
}

function dayRange(date: string, zone: string) {
  return { start: scanDay(date, zone)[0]?.ms ?? 0, end: scanDay(plusDays(date, 1), zone)[0]?.ms ?? 0 };
}

interface TherapistDay {
  readonly date: string;
  readonly start: number;
  readonly end: number;
  /** From the first moment the clock shows a start time to the first it shows the end time. */
  readonly working: readonly { start: number; end: number }[];
}

/** The therapist's local days around the request, each with its working ranges. */
function therapistDays(therapist: TherapistAvailability, request: AvailabilityRequest): TherapistDay[] {
  const zone = therapist.timeZone;
  const days: TherapistDay[] = [];
  for (let date = plusDays(request.from, -2); date <= plusDays(request.to, 2); date = plusDays(date, 1)) {
    const points = scanDay(date, zone);
    const { start, end } = dayRange(date, zone);
    const firstAt = (minutes: number) => points.find((p) => p.minutes >= minutes)?.ms ?? end;
    const weekday = DateTime.fromISO(date, { zone: 'utc' }).weekday;
    const working = therapist.weeklySchedule
      .filter((h) => h.weekday === weekday && minutesOf(h.start) < minutesOf(h.end))
      .map((h) => ({ start: firstAt(minutesOf(h.start)), end: firstAt(minutesOf(h.end)) }))
      .sort((a, b) => a.start - b.start);
    days.push({ date, start, end, working });
  }
  return days;
}

function insideWorkingHours(day: TherapistDay, start: number, end: number) {
  let reached = start;
  for (const range of day.working) {
    if (range.start <= reached && range.end > reached) reached = range.end;
  }
  return reached >= end;
}

function eligible(therapist: TherapistAvailability, request: AvailabilityRequest) {
  const { therapistId, therapistGender, postcode, requiredTechniques = [] } = request.filters ?? {};
  const offers = (technique: string) => therapist.techniques.some((t) => t === technique);
  if (therapistId !== undefined && therapist.id !== therapistId) return false;
  if (therapistGender !== undefined && therapist.gender?.toLowerCase() !== therapistGender.toLowerCase()) return false;
  if (postcode !== undefined && !therapist.servicePostcodes.includes(postcode)) return false;
  const { requiresReferral, techniques } = request.treatment;
  if (requiresReferral && !therapist.medicalQualified) return false;
  if (!requiresReferral && techniques.length > 0 && !techniques.some(offers)) return false;
  return requiredTechniques.every(offers);
}

/** Every rule a slot must satisfy for one therapist, named so that a failure says which. */
function brokenRules(
  therapist: TherapistAvailability,
  days: readonly TherapistDay[],
  request: AvailabilityRequest,
  start: number,
): string[] {
  const end = start + request.durationMinutes * MINUTE;
  const buffer = therapist.travelBufferMinutes * MINUTE;
  const ownBusy = { start, end: end + buffer };
  const day = days.find((d) => d.start <= start && start < d.end);
  const broken: string[] = [];
  if (!eligible(therapist, request)) broken.push('not qualified or filtered out');
  if (!day || day.date > therapist.licenceExpiresOn) broken.push('licence expired');
  if (!day || !insideWorkingHours(day, start, end)) broken.push('outside working hours');
  if (therapist.timeOff.some((off) => overlap(ownBusy, off))) broken.push('during time off');
  const bookings = request.bookings.filter((b) => b.therapistId === therapist.id);
  if (bookings.some((b) => overlap(ownBusy, { start: b.start, end: b.end + buffer }))) {
    broken.push('clashes with a booking');
  }
  if (start < request.now + request.policy.minNoticeMinutes * MINUTE) broken.push('too soon');
  if (start > request.now + request.policy.horizonDays * DAY) broken.push('beyond the horizon');
  return broken;
}

const requestArbitrary = fc
  .record({
    scene: fc.constantFrom(...SCENES),
    shift: fc.integer({ min: -2, max: 1 }),
    length: fc.integer({ min: 1, max: 3 }),
  })
  .chain(({ scene: [sceneZone, base], shift, length }) => {
    // Mostly the zone whose clocks change near these dates, sometimes any other.
    const zone = fc.oneof({ weight: 3, arbitrary: fc.constant(sceneZone) }, fc.constantFrom(...ZONES));
    const from = plusDays(base, shift);
    const origin = DateTime.fromISO(`${from}T00:00:00`, { zone: 'utc' }).toMillis();
    const minutesAround = fc.integer({ min: -2 * 1440, max: 5 * 1440 }).map((m) => origin + m * MINUTE);
    const range = fc
      .tuple(minutesAround, fc.integer({ min: 15, max: 6 * 60 }))
      .map(([start, minutes]) => ({ start, end: start + minutes * MINUTE }));
    const hours: fc.Arbitrary<WeeklyHours> = fc
      .record({
        weekday: fc.integer({ min: 1, max: 7 }),
        // Often in the small hours, where clocks change.
        from: fc.oneof(fc.nat(95), fc.nat(15)),
        hours: fc.integer({ min: -4, max: 48 }),
      })
      .map(({ weekday, from: a, hours }) => ({ weekday, start: hhmm(a), end: hhmm(Math.min(a + hours, 95)) }));
    const therapist = (id: string): fc.Arbitrary<TherapistAvailability> =>
      fc.record(
        {
          id: fc.constant(id),
          timeZone: zone,
          // Half the time the same hours every day, so they meet the day the clocks change.
          weeklySchedule: fc.oneof(
            fc.array(hours, { minLength: 3, maxLength: 14 }),
            fc
              .array(hours, { minLength: 1, maxLength: 2 })
              .map((list) => list.flatMap((h) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ ...h, weekday })))),
          ),
          timeOff: fc.array(range, { maxLength: 2 }),
          servicePostcodes: fc.subarray(['2000', '2010', '3000']),
          techniques: fc.subarray([...TECHNIQUES]),
          medicalQualified: fc.boolean(),
          gender: fc.constantFrom('female', 'male', 'non-binary'),
          licenceExpiresOn: fc.integer({ min: -1, max: 8 }).map((d) => plusDays(from, d)),
          travelBufferMinutes: fc.constantFrom(0, 15, 20, 30),
        },
        {
          requiredKeys: [
            'id',
            'timeZone',
            'weeklySchedule',
            'timeOff',
            'servicePostcodes',
            'techniques',
            'medicalQualified',
            'licenceExpiresOn',
            'travelBufferMinutes',
          ],
        },
      );
    const team = fc
      .tuple(...['a', 'b', 'c', 'd'].map(therapist))
      .chain((all) => fc.integer({ min: 1, max: 4 }).map((n) => all.slice(0, n)));
    return fc.record({
      therapists: team,
      bookings: fc.array(
        fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), range).map(([therapistId, r]) => ({ therapistId, ...r })),
        { maxLength: 10 },
      ),
      treatment: fc.record({ requiresReferral: fc.boolean(), techniques: fc.subarray([...TECHNIQUES]) }),
      durationMinutes: fc.constantFrom(30, 45, 60, 90, 120),
      from: fc.constant(from),
      to: fc.constant(plusDays(from, length - 1)),
      timeZone: zone,
      filters: fc.oneof(
        { weight: 2, arbitrary: fc.constant({}) },
        fc.record(
          {
            postcode: fc.constantFrom('2000', '3000'),
            therapistId: fc.constantFrom('a', 'b'),
            therapistGender: fc.constantFrom('Female', 'male'),
            requiredTechniques: fc.subarray([...TECHNIQUES], { maxLength: 2 }),
          },
          { requiredKeys: [] },
        ),
      ),
      policy: fc.record({
        slotStepMinutes: fc.constantFrom(15, 30, 60),
        minNoticeMinutes: fc.oneof(
          fc.integer({ min: 0, max: 12 * 60 }),
          fc.nat(48).map((q) => q * 15),
        ),
        horizonDays: fc.integer({ min: 0, max: 5 }),
      }),
      // On a quarter hour half the time, so that slots land exactly on the notice and horizon limits.
      now: fc
        .oneof(
          fc.integer({ min: -2 * DAY, max: DAY }),
          fc.integer({ min: -192, max: 96 }).map((q) => q * 15 * MINUTE),
        )
        .map((ms) => origin + ms),
    });
  });

describe('findAvailableSlots, property-based', () => {
  it('offers exactly the grid starts at which some therapist may take the session', () => {
    let slotsSeen = 0;
    fc.assert(
      fc.property(requestArbitrary, (request) => {
        const result = findAvailableSlots(request);
        if (!result.ok) throw new Error(result.error.message);
        const days = result.value;
        const calendars = request.therapists.map((t) => therapistDays(t, request));
        const check = (index: number, start: number) => {
          const [therapist, calendar] = [request.therapists[index], calendars[index]];
          return therapist && calendar ? brokenRules(therapist, calendar, request, start) : ['unknown therapist'];
        };
        expect(days.map((d) => d.date)).toEqual(
          Array.from({ length: days.length }, (_, i) => plusDays(request.from, i)),
        );
        let previous = Number.NEGATIVE_INFINITY;
        for (const day of days) {
          const grid = scanDay(day.date, request.timeZone)
            .filter((p) => p.minutes % request.policy.slotStepMinutes === 0)
            .map((p) => p.ms);
          for (const slot of day.slots) {
            // Sorted and unique across the whole answer, on the request zone's grid of that day.
            expect(slot.start).toBeGreaterThan(previous);
            previous = slot.start;
            expect(grid).toContain(slot.start);
            expect(slot.end - slot.start).toBe(request.durationMinutes * MINUTE);
            expect(new Set(slot.therapistIds).size).toBe(slot.therapistIds.length);
            for (const id of slot.therapistIds) {
              const index = request.therapists.findIndex((t) => t.id === id);
              expect(check(index, slot.start)).toEqual([]);
            }
          }
          // Nothing bookable is left out.
          const offered = new Map(day.slots.map((s) => [s.start, s.therapistIds]));
          for (const start of grid) {
            const able = request.therapists.filter((_, i) => check(i, start).length === 0).map((t) => t.id);
            expect(offered.get(start) ?? []).toEqual(able);
          }
          slotsSeen += day.slots.length;
        }
      }),
      { numRuns: 200 },
    );
    // The rules above are only tested if some runs offer something.
    expect(slotsSeen).toBeGreaterThan(200);
  });
});

describe('the scan the property test relies on', () => {
  it('sees the day lengths Luxon reports around the changes', () => {
    const hours = (date: string, zone: string) => {
      const { start, end } = dayRange(date, zone);
      return (end - start) / 3_600_000;
    };
    expect(hours('2026-04-05', 'Australia/Sydney')).toBe(25);
    expect(hours('2026-10-04', 'Australia/Lord_Howe')).toBe(23.5);
    expect(hours('2026-09-06', 'America/Santiago')).toBe(23);
    expect(hours('2026-06-15', 'Asia/Kathmandu')).toBe(24);
  });
});
