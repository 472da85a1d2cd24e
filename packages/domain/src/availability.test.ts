import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  type AvailabilityRequest,
  type AvailableDay,
  bookableStarts,
  busyRange,
  findAvailableSlots,
  isTherapistEligible,
  type TherapistAvailability,
  type TreatmentRequirements,
  validateAvailabilityRequest,
  type WeeklyHours,
  workingHours,
} from './availability.js';
import { zonedDaysInRange } from './zoned-time.js';

const SYDNEY = 'Australia/Sydney';
const MINUTE = 60_000;
const at = (iso: string) => Date.parse(iso);
const everyDay = (start: string, end: string): WeeklyHours[] =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start, end }));

const therapist = (overrides: Partial<TherapistAvailability> = {}): TherapistAvailability => ({
  id: 'tina',
  timeZone: SYDNEY,
  weeklySchedule: everyDay('09:00', '17:00'),
  timeOff: [],
  servicePostcodes: ['2000', '2010'],
  techniques: ['SWEDISH', 'DEEP_TISSUE'],
  medicalQualified: false,
  gender: 'female',
  licenceExpiresOn: '2030-12-31',
  travelBufferMinutes: 0,
  ...overrides,
});

const nineToFive = { start: '09:00', end: '17:00' };
const swedish: TreatmentRequirements = { requiresReferral: false, techniques: ['SWEDISH'] };
const medical: TreatmentRequirements = { requiresReferral: true, techniques: ['TRIGGER_POINT', 'DEEP_TISSUE'] };

const request = (overrides: Partial<AvailabilityRequest> = {}): AvailabilityRequest => ({
  therapists: [therapist()],
  bookings: [],
  treatment: swedish,
  durationMinutes: 60,
  from: '2026-06-15',
  to: '2026-06-15',
  timeZone: SYDNEY,
  policy: { slotStepMinutes: 15, minNoticeMinutes: 180, horizonDays: 60 },
  now: at('2026-06-01T00:00:00+10:00'),
  ...overrides,
});

function availability(overrides: Partial<AvailabilityRequest> = {}): AvailableDay[] {
  const result = findAvailableSlots(request(overrides));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const local = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toFormat('HH:mm');
/** Local start times of the only requested day. */
function startsOn(overrides: Partial<AvailabilityRequest> = {}): string[] {
  const [day] = availability(overrides);
  return (day?.slots ?? []).map((slot) => local(slot.start, overrides.timeZone ?? SYDNEY));
}
const quarterHours = (from: string, to: string) => {
  const [first, last] = [from, to].map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3)));
  const times: string[] = [];
  for (let m = first ?? 0; m <= (last ?? 0); m += 15) {
    times.push(`${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
  }
  return times;
};

describe('findAvailableSlots: the schedule', () => {
  it('offers every quarter hour at which a whole session fits the working hours', () => {
    const [day] = availability();
    expect(day?.date).toBe('2026-06-15');
    expect(day?.slots.map((s) => local(s.start, SYDNEY))).toEqual(quarterHours('09:00', '16:00'));
    for (const slot of day?.slots ?? []) {
      expect(slot.end - slot.start).toBe(60 * MINUTE);
      expect(slot.therapistIds).toEqual(['tina']);
    }
  });

  it('gives every requested day, empty ones included, in order', () => {
    const weekdaysOnly = therapist({ weeklySchedule: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, ...nineToFive })) });
    const days = availability({ therapists: [weekdaysOnly], from: '2026-06-19', to: '2026-06-22' });
    expect(days.map((d) => [d.date, d.slots.length])).toEqual([
      ['2026-06-19', 29],
      ['2026-06-20', 0],
      ['2026-06-21', 0],
      ['2026-06-22', 29],
    ]);
  });

  it('joins touching working hours and ignores unreadable or empty entries', () => {
    const split = therapist({
      weeklySchedule: [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '12:00', end: '13:00' },
        { weekday: 1, start: '15:00', end: '14:00' },
        { weekday: 1, start: '9am', end: '23:00' },
      ],
    });
    expect(startsOn({ therapists: [split] })).toEqual(quarterHours('09:00', '12:00'));
  });

  it('reads working hours in the therapist zone and starts on the grid of the request zone', () => {
    // Perth is two hours behind Sydney in June: 09:00-17:00 there is 11:00-19:00 here.
    expect(startsOn({ therapists: [therapist({ timeZone: 'Australia/Perth' })] })).toEqual(
      quarterHours('11:00', '18:00'),
    );
    // Adelaide is 30 minutes behind: on an hourly grid only whole Sydney hours are offered.
    const adelaide = therapist({ timeZone: 'Australia/Adelaide' });
    const hourly = { slotStepMinutes: 60, minNoticeMinutes: 0, horizonDays: 60 };
    expect(startsOn({ therapists: [adelaide], policy: hourly })).toEqual([
      '10:00',
      '11:00',
      '12:00',
      '13:00',
      '14:00',
      '15:00',
      '16:00',
    ]);
  });

  it('files a slot under the request day it starts on, across the therapist’s midnight', () => {
    // London 09:00-17:00 in June is 18:00-02:00 in Sydney.
    const london = therapist({ timeZone: 'Europe/London' });
    const [day] = availability({ therapists: [london] });
    const starts = (day?.slots ?? []).map((s) => local(s.start, SYDNEY));
    expect(starts).toEqual([...quarterHours('00:00', '01:00'), ...quarterHours('18:00', '23:45')]);
  });
});

describe('findAvailableSlots: daylight saving', () => {
  it.each([
    ['Australia/Sydney', '2026-04-05'],
    ['Australia/Sydney', '2026-10-04'],
    ['America/New_York', '2026-03-08'],
    ['America/New_York', '2026-11-01'],
    ['Europe/London', '2026-03-29'],
    ['Europe/London', '2026-10-25'],
  ])('keeps 09:00-17:00 local in %s on either side of %s', (zone, date) => {
    const from = DateTime.fromISO(date).minus({ days: 1 }).toISODate() ?? date;
    const to = DateTime.fromISO(date).plus({ days: 1 }).toISODate() ?? date;
    const days = availability({
      therapists: [therapist({ timeZone: zone })],
      timeZone: zone,
      durationMinutes: 90,
      from,
      to,
      now: at('2026-01-01T00:00:00Z'),
      policy: { slotStepMinutes: 15, minNoticeMinutes: 180, horizonDays: 400 },
    });
    expect(days).toHaveLength(3);
    for (const day of days) {
      expect(day.slots.map((s) => local(s.start, zone))).toEqual(quarterHours('09:00', '15:30'));
      for (const slot of day.slots) expect(slot.end - slot.start).toBe(90 * MINUTE);
    }
  });

  const nightShift = (zone: string, date: string) =>
    availability({
      therapists: [therapist({ timeZone: zone, weeklySchedule: everyDay('00:00', '06:00') })],
      timeZone: zone,
      from: date,
      to: date,
      now: at('2026-01-01T00:00:00Z'),
      policy: { slotStepMinutes: 15, minNoticeMinutes: 0, horizonDays: 400 },
    })[0]?.slots ?? [];

  it('offers nothing in the hour that is skipped', () => {
    const slots = nightShift('America/New_York', '2026-03-08');
    const starts = slots.map((s) => local(s.start, 'America/New_York'));
    expect(starts).toEqual([...quarterHours('00:00', '01:45'), ...quarterHours('03:00', '05:00')]);
    for (const slot of slots) expect(slot.end - slot.start).toBe(60 * MINUTE);
  });

  it('offers each instant of the hour that repeats once, never twice', () => {
    const slots = nightShift('America/New_York', '2026-11-01');
    const starts = slots.map((s) => s.start);
    expect(new Set(starts).size).toBe(starts.length);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    // Seven real hours between 00:00 and 06:00 that night: 25 quarter-hour starts for a 60-minute session.
    expect(starts).toHaveLength(25);
    expect(starts.filter((s) => local(s, 'America/New_York') === '01:30')).toEqual([
      at('2026-11-01T01:30:00-04:00'),
      at('2026-11-01T01:30:00-05:00'),
    ]);
  });
});

describe('findAvailableSlots: what is already taken', () => {
  it('keeps the travel buffer between bookings, before and after', () => {
    const buffered = therapist({ travelBufferMinutes: 30 });
    const bookings = [
      { therapistId: 'tina', start: at('2026-06-15T12:00:00+10:00'), end: at('2026-06-15T13:00:00+10:00') },
    ];
    // Busy 12:00-13:30; a new session's own busy range (60 + 30 minutes) must end by 12:00.
    expect(startsOn({ therapists: [buffered], bookings })).toEqual([
      ...quarterHours('09:00', '10:30'),
      ...quarterHours('13:30', '16:00'),
    ]);
  });

  it('ignores other therapists’ bookings', () => {
    const bookings = [
      { therapistId: 'sam', start: at('2026-06-15T09:00:00+10:00'), end: at('2026-06-15T17:00:00+10:00') },
    ];
    expect(startsOn({ bookings })).toHaveLength(29);
  });

  it('keeps clear of time off, with the buffer', () => {
    const timeOff = [{ start: at('2026-06-15T13:00:00+10:00'), end: at('2026-06-15T14:00:00+10:00') }];
    expect(startsOn({ therapists: [therapist({ timeOff })] })).toEqual([
      ...quarterHours('09:00', '12:00'),
      ...quarterHours('14:00', '16:00'),
    ]);
    expect(startsOn({ therapists: [therapist({ timeOff, travelBufferMinutes: 15 })] })).toEqual([
      ...quarterHours('09:00', '11:45'),
      ...quarterHours('14:00', '16:00'),
    ]);
  });

  it('describes a booking’s busy range with one rule', () => {
    expect(busyRange({ start: 100 * MINUTE, end: 160 * MINUTE }, 15)).toEqual({
      start: 100 * MINUTE,
      end: 175 * MINUTE,
    });
  });
});

describe('findAvailableSlots: notice and horizon', () => {
  const now = at('2026-06-15T10:07:00+10:00');

  it('starts no sooner than the notice allows', () => {
    expect(startsOn({ now })).toEqual(quarterHours('13:15', '16:00'));
  });

  it('starts no later than the horizon, which is included', () => {
    expect(startsOn({ now, from: '2026-08-14', to: '2026-08-14' })).toEqual(quarterHours('09:00', '10:00'));
    expect(startsOn({ now, from: '2026-08-15', to: '2026-08-15' })).toEqual([]);
  });

  it('computes the bookable window from the policy', () => {
    expect(bookableStarts(0, { slotStepMinutes: 15, minNoticeMinutes: 180, horizonDays: 60 })).toEqual({
      earliest: 180 * MINUTE,
      latest: 60 * 86_400_000,
    });
  });
});

describe('findAvailableSlots: who may take it', () => {
  const ids = (overrides: Partial<AvailabilityRequest>) => [
    ...new Set(availability(overrides).flatMap((d) => d.slots.flatMap((s) => s.therapistIds))),
  ];
  const team = [
    therapist({ id: 'ann', techniques: ['SWEDISH'], gender: 'female' }),
    therapist({ id: 'ben', techniques: ['DEEP_TISSUE', 'TRIGGER_POINT'], medicalQualified: true, gender: 'Male' }),
    therapist({ id: 'cat', techniques: ['LYMPHATIC_DRAINAGE', 'TRIGGER_POINT'], medicalQualified: true }),
    therapist({ id: 'dan', techniques: ['SWEDISH'], servicePostcodes: ['3000'], gender: 'male' }),
  ];

  it('needs one of a wellness treatment’s techniques', () => {
    expect(ids({ therapists: team })).toEqual(['ann', 'dan']);
    expect(ids({ therapists: team, treatment: { requiresReferral: false, techniques: [] } })).toEqual([
      'ann',
      'ben',
      'cat',
      'dan',
    ]);
  });

  it('needs the medical qualification, and every technique the referral asks for', () => {
    expect(ids({ therapists: team, treatment: medical })).toEqual(['ben', 'cat']);
    expect(
      ids({ therapists: team, treatment: medical, filters: { requiredTechniques: ['TRIGGER_POINT', 'DEEP_TISSUE'] } }),
    ).toEqual(['ben']);
  });

  it('filters by postcode, gender and therapist', () => {
    expect(ids({ therapists: team, filters: { postcode: ' 3000 ' } })).toEqual(['dan']);
    expect(ids({ therapists: team, filters: { therapistGender: 'MALE' } })).toEqual(['dan']);
    expect(ids({ therapists: team, filters: { therapistId: 'ann' } })).toEqual(['ann']);
    expect(ids({ therapists: team, filters: { therapistId: 'ben' } })).toEqual([]);
  });

  it('lists every therapist free at a time, in the order given', () => {
    const early = therapist({ id: 'early', weeklySchedule: everyDay('08:00', '12:00') });
    const late = therapist({ id: 'late', weeklySchedule: everyDay('10:00', '14:00') });
    const [day] = availability({ therapists: [late, early] });
    const byStart = new Map(day?.slots.map((s) => [local(s.start, SYDNEY), s.therapistIds]));
    expect(byStart.get('08:00')).toEqual(['early']);
    expect(byStart.get('10:00')).toEqual(['late', 'early']);
    expect(byStart.get('13:00')).toEqual(['late']);
    expect(day?.slots).toHaveLength(quarterHours('08:00', '13:00').length);
  });

  it('stops at the licence expiry day, which is still valid', () => {
    const days = availability({
      therapists: [therapist({ licenceExpiresOn: '2026-06-16' })],
      from: '2026-06-15',
      to: '2026-06-17',
    });
    expect(days.map((d) => d.slots.length)).toEqual([29, 29, 0]);
  });

  it('reads the licence expiry in the therapist’s zone', () => {
    // London's 14 June shift reaches 00:00-02:00 on Sydney's 15th; its 15 June shift is past the expiry.
    const london = therapist({ timeZone: 'Europe/London', licenceExpiresOn: '2026-06-14' });
    const [day] = availability({ therapists: [london] });
    expect(day?.slots.map((s) => local(s.start, SYDNEY))).toEqual(quarterHours('00:00', '01:00'));
  });

  it('answers eligibility without a date', () => {
    expect(isTherapistEligible(therapist(), swedish)).toBe(true);
    expect(isTherapistEligible(therapist(), medical)).toBe(false);
    expect(isTherapistEligible(therapist({ gender: undefined }), swedish, { therapistGender: 'female' })).toBe(false);
  });
});

describe('workingHours', () => {
  it("gives the week's ranges as instants in the therapist's zone, merged, up to the licence's last day", () => {
    const hours = workingHours(
      therapist({
        weeklySchedule: [
          { weekday: 1, start: '09:00', end: '12:00' },
          { weekday: 1, start: '11:00', end: '13:00' },
          { weekday: 1, start: '15:00', end: '18:00' },
          { weekday: 2, start: '08:00', end: '10:00' },
          { weekday: 3, start: '08:00', end: '10:00' },
        ],
        licenceExpiresOn: '2026-06-16',
      }),
      zonedDaysInRange('2026-06-15', '2026-06-17', SYDNEY),
    );
    expect(hours).toEqual([
      { start: at('2026-06-15T09:00:00+10:00'), end: at('2026-06-15T13:00:00+10:00') },
      { start: at('2026-06-15T15:00:00+10:00'), end: at('2026-06-15T18:00:00+10:00') },
      { start: at('2026-06-16T08:00:00+10:00'), end: at('2026-06-16T10:00:00+10:00') },
    ]);
  });
});

describe('validateAvailabilityRequest', () => {
  const query = { from: '2026-06-01', to: '2026-06-07', timeZone: SYDNEY, durationMinutes: 90 };
  const fieldOf = (overrides: Partial<typeof query>) => {
    const result = validateAvailabilityRequest({ ...query, ...overrides });
    return result.ok ? undefined : result.error.field;
  };

  it('returns the requested days', () => {
    const result = validateAvailabilityRequest(query);
    expect(result.ok && result.value).toHaveLength(7);
  });

  it('names the field at fault', () => {
    expect(fieldOf({ from: '2026-06-31' })).toBe('from');
    expect(fieldOf({ to: 'next week' })).toBe('to');
    expect(fieldOf({ to: '2026-05-31' })).toBe('to');
    expect(fieldOf({ to: '2026-07-01' })).toBe(undefined);
    expect(fieldOf({ to: '2026-07-02' })).toBe('to');
    expect(fieldOf({ timeZone: 'Sydney' })).toBe('timeZone');
    expect(fieldOf({ durationMinutes: 0 })).toBe('durationMinutes');
    expect(fieldOf({ durationMinutes: -60 })).toBe('durationMinutes');
    expect(fieldOf({ durationMinutes: 60.5 })).toBe('durationMinutes');
  });

  it('is what the engine answers with for a bad request', () => {
    const result = findAvailableSlots(request({ timeZone: 'Nowhere/Land' }));
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT', field: 'timeZone' } });
  });
});
