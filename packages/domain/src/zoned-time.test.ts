import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayBoundsInZone,
  daysInRange,
  firstInstantAtOrAfter,
  instantToIso,
  instantToLocalDate,
  inYearsHandled,
  isOnWallClockGrid,
  isValidDate,
  isValidTimeZone,
  localDateTimeToInstant,
  parseLocalTime,
  wallClockGrid,
  wallTimeInstants,
  zonedDay,
  zonedDaysInRange,
} from './zoned-time.js';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const wall = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd HH:mm ZZ');

/** The 2026 transitions of the three zones the operator cares about most: [zone, date, day length in hours]. */
const TRANSITIONS: [string, string, number][] = [
  ['Australia/Sydney', '2026-04-05', 25],
  ['Australia/Sydney', '2026-10-04', 23],
  ['America/New_York', '2026-03-08', 23],
  ['America/New_York', '2026-11-01', 25],
  ['Europe/London', '2026-03-29', 23],
  ['Europe/London', '2026-10-25', 25],
];

describe('calendar dates and zones', () => {
  it('accepts real YYYY-MM-DD dates only', () => {
    for (const date of ['2026-02-28', '2028-02-29', '2026-12-31']) expect(isValidDate(date)).toBe(true);
    for (const date of ['2026-02-29', '2026-13-01', '2026-2-1', '2026-01-01T00:00', '', '20260101']) {
      expect(isValidDate(date)).toBe(false);
    }
  });

  it.each([
    'Australia/Sydney',
    'UTC',
    'Etc/GMT+10',
    'Etc/GMT-14',
    'America/Argentina/Buenos_Aires',
    'America/Port-au-Prince',
    'EST5EDT',
    'US/Eastern',
  ])('knows the IANA zone %s', (zone) => {
    expect(isValidTimeZone(zone)).toBe(true);
    // a second call is answered from the cache, the same way
    expect(isValidTimeZone(zone)).toBe(true);
  });

  // Node 24's Intl accepts the offsets; Node 20's refuses them: both must say no.
  it.each([
    '+10:00',
    '-05:00',
    '-0500',
    '+10',
    '\u221205:00',
    'GMT+10:00',
    'UTC+10',
    'Etc/GMT+10:00',
    '',
    ' UTC',
    'Australia/Sydney/',
    'Australia//Sydney',
    'Not/AZone',
    'Mars/Olympus_Mons',
    'local',
  ])('refuses %j, which is not an IANA zone name', (zone) => {
    expect(isValidTimeZone(zone)).toBe(false);
  });

  it('accepts every zone the runtime lists', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    expect(zones.length).toBeGreaterThan(300);
    expect(zones.filter((zone) => !isValidTimeZone(zone))).toEqual([]);
  });

  it('reads HH:MM wall times', () => {
    expect(parseLocalTime('00:00')).toBe(0);
    expect(parseLocalTime('09:30')).toBe(570);
    expect(parseLocalTime('23:59')).toBe(1439);
    for (const time of ['24:00', '9:00', '09:60', '09:00:00', '']) expect(parseLocalTime(time)).toBeUndefined();
  });

  it('counts days inclusively across months and years', () => {
    expect(daysInRange('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(daysInRange('2026-05-01', '2026-05-01')).toEqual(['2026-05-01']);
    expect(daysInRange('2026-05-02', '2026-05-01')).toEqual([]);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('reads the local date of an instant', () => {
    expect(instantToLocalDate(at('2026-04-05T13:59:00Z'), 'Australia/Sydney')).toBe('2026-04-05');
    expect(instantToLocalDate(at('2026-04-05T14:00:00Z'), 'Australia/Sydney')).toBe('2026-04-06');
    expect(instantToLocalDate(at('2026-04-05T14:00:00Z'), 'America/New_York')).toBe('2026-04-05');
  });

  it('writes an instant with the offset of its zone then, on both sides of each transition', () => {
    const sydney = (iso: string) => instantToIso(at(iso), 'Australia/Sydney');
    expect(sydney('2026-04-04T15:59:59Z')).toBe('2026-04-05T02:59:59+11:00');
    expect(sydney('2026-04-04T16:00:00Z')).toBe('2026-04-05T02:00:00+10:00');
    expect(sydney('2026-10-03T15:59:00Z')).toBe('2026-10-04T01:59:00+10:00');
    expect(sydney('2026-10-03T16:00:00Z')).toBe('2026-10-04T03:00:00+11:00');
    expect(sydney('2026-12-01T22:00:00.250Z')).toBe('2026-12-02T09:00:00.250+11:00');
    expect(instantToIso(at('2026-03-08T07:00:00Z'), 'America/New_York')).toBe('2026-03-08T03:00:00-04:00');
    expect(instantToIso(at('2026-12-01T09:00:00Z'), 'UTC')).toBe('2026-12-01T09:00:00Z');
  });
});

describe('the years handled', () => {
  it('are 1900 to 2199, for dates and the instants written from them', () => {
    for (const date of ['1900-01-01', '2026-11-28', '2199-12-31', '2199-12-31T23:59:59+14:00']) {
      expect(inYearsHandled(date), date).toBe(true);
    }
    for (const date of ['0001-01-01', '1899-12-31', '2200-01-01', '9999-12-31']) {
      expect(inYearsHandled(date), date).toBe(false);
    }
  });
});

describe('day bounds', () => {
  it.each(TRANSITIONS)('%s %s lasts %i hours', (zone, date, hours) => {
    const [start, end] = dayBoundsInZone(date, zone);
    expect((end - start) / HOUR).toBe(hours);
    expect(wall(start, zone).slice(0, 16)).toBe(`${date} 00:00`);
    expect(wall(end, zone).slice(0, 16)).toBe(`${addDays(date, 1)} 00:00`);
    const [, previousEnd] = dayBoundsInZone(addDays(date, -1), zone);
    expect(previousEnd).toBe(start);
  });

  it('has 24 hours on an ordinary day and 23.5/24.5 where the shift is 30 minutes', () => {
    const length = (date: string, zone: string) => {
      const [start, end] = dayBoundsInZone(date, zone);
      return (end - start) / HOUR;
    };
    expect(length('2026-06-15', 'Australia/Sydney')).toBe(24);
    expect(length('2026-04-05', 'Australia/Lord_Howe')).toBe(24.5);
    expect(length('2026-10-04', 'Australia/Lord_Howe')).toBe(23.5);
  });

  it('starts a day whose midnight is skipped at the transition', () => {
    // Chile moves from 00:00 to 01:00 on 2026-09-06.
    const [start, end] = dayBoundsInZone('2026-09-06', 'America/Santiago');
    expect(start).toBe(at('2026-09-06T01:00:00-03:00'));
    expect((end - start) / HOUR).toBe(23);
  });

  it('splits a transition day into two segments and an ordinary one not at all', () => {
    expect(zonedDay('2026-06-15', 'Europe/London').segments).toHaveLength(1);
    const [before, after] = zonedDay('2026-03-29', 'Europe/London').segments;
    expect(before).toEqual({ start: at('2026-03-29T00:00:00Z'), end: at('2026-03-29T01:00:00Z'), wallStart: 0 });
    expect(after).toEqual({ start: at('2026-03-29T01:00:00Z'), end: at('2026-03-29T23:00:00Z'), wallStart: 120 });
  });

  it('gives consecutive days that share their boundaries and know their weekday', () => {
    const days = zonedDaysInRange('2026-04-04', '2026-04-06', 'Australia/Sydney');
    expect(days.map((d) => [d.date, d.weekday])).toEqual([
      ['2026-04-04', 6],
      ['2026-04-05', 7],
      ['2026-04-06', 1],
    ]);
    expect(days[0]?.end).toBe(days[1]?.start);
    expect(days[1]?.end).toBe(days[2]?.start);
  });
});

describe('localDateTimeToInstant', () => {
  it('converts an ordinary wall time', () => {
    expect(localDateTimeToInstant('2026-12-01', '09:00', 'Australia/Sydney')).toBe(at('2026-12-01T09:00:00+11:00'));
    expect(localDateTimeToInstant('2026-06-01', '09:00', 'Australia/Sydney')).toBe(at('2026-06-01T09:00:00+10:00'));
  });

  it.each([
    ['America/New_York', '2026-03-08', '02:30'],
    ['Europe/London', '2026-03-29', '01:15'],
    ['Australia/Sydney', '2026-10-04', '02:00'],
  ])('has no instant for %s %s %s, a skipped wall time', (zone, date, time) => {
    expect(localDateTimeToInstant(date, time, zone)).toBeUndefined();
  });

  it.each([
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T01:30:00-04:00'],
    ['Europe/London', '2026-10-25', '01:00', '2026-10-25T01:00:00+01:00'],
    ['Australia/Sydney', '2026-04-05', '02:45', '2026-04-05T02:45:00+11:00'],
  ])('takes the earlier instant of %s %s %s, a repeated wall time', (zone, date, time, expected) => {
    expect(localDateTimeToInstant(date, time, zone)).toBe(at(expected));
    expect(wallTimeInstants(zonedDay(date, zone), parseLocalTime(time) ?? -1)).toEqual([
      at(expected),
      at(expected) + HOUR,
    ]);
  });

  it('keeps the wall times either side of a gap', () => {
    expect(localDateTimeToInstant('2026-03-08', '01:59', 'America/New_York')).toBe(at('2026-03-08T01:59:00-05:00'));
    expect(localDateTimeToInstant('2026-03-08', '03:00', 'America/New_York')).toBe(at('2026-03-08T03:00:00-04:00'));
  });

  it('rejects a malformed time', () => {
    expect(localDateTimeToInstant('2026-03-08', '3pm', 'America/New_York')).toBeUndefined();
  });
});

describe('firstInstantAtOrAfter', () => {
  it('moves a skipped wall time to the end of the gap', () => {
    const day = zonedDay('2026-03-08', 'America/New_York');
    expect(firstInstantAtOrAfter(day, 150)).toBe(at('2026-03-08T03:00:00-04:00'));
    expect(firstInstantAtOrAfter(day, 180)).toBe(at('2026-03-08T03:00:00-04:00'));
  });

  it('takes the first of a repeated wall time and ends at the day end', () => {
    const day = zonedDay('2026-11-01', 'America/New_York');
    expect(firstInstantAtOrAfter(day, 90)).toBe(at('2026-11-01T01:30:00-04:00'));
    expect(firstInstantAtOrAfter(day, 1440)).toBe(day.end);
  });

  it.each(TRANSITIONS)('keeps 09:00-17:00 at 09:00-17:00 local around %s %s', (zone, date) => {
    for (const d of zonedDaysInRange(addDays(date, -1), addDays(date, 1), zone)) {
      expect(wall(firstInstantAtOrAfter(d, 9 * 60), zone).slice(0, 16)).toBe(`${d.date} 09:00`);
      expect(wall(firstInstantAtOrAfter(d, 17 * 60), zone).slice(0, 16)).toBe(`${d.date} 17:00`);
    }
  });
});

describe('wallClockGrid', () => {
  const localTimes = (grid: number[], zone: string) => grid.map((ms) => wall(ms, zone).slice(11, 16));

  it('has 96 quarter hours on an ordinary day', () => {
    const grid = wallClockGrid(zonedDay('2026-06-15', 'Australia/Sydney'), 15);
    expect(grid).toHaveLength(96);
    expect(localTimes(grid, 'Australia/Sydney').slice(0, 3)).toEqual(['00:00', '00:15', '00:30']);
  });

  it.each(TRANSITIONS)('in %s on %s has no impossible and no duplicate start', (zone, date, hours) => {
    const grid = wallClockGrid(zonedDay(date, zone), 15);
    expect(grid).toHaveLength(hours * 4);
    expect(new Set(grid).size).toBe(grid.length);
    expect([...grid].sort((a, b) => a - b)).toEqual(grid);
    for (const ms of grid) {
      expect(instantToLocalDate(ms, zone)).toBe(date);
      expect(DateTime.fromMillis(ms, { zone }).minute % 15).toBe(0);
      expect(isOnWallClockGrid(ms, 15, zone)).toBe(true);
    }
  });

  it('skips the missing hour and repeats the doubled one', () => {
    const spring = localTimes(wallClockGrid(zonedDay('2026-03-08', 'America/New_York'), 60), 'America/New_York');
    expect(spring.slice(0, 4)).toEqual(['00:00', '01:00', '03:00', '04:00']);
    const autumn = localTimes(wallClockGrid(zonedDay('2026-11-01', 'America/New_York'), 60), 'America/New_York');
    expect(autumn.slice(0, 4)).toEqual(['00:00', '01:00', '01:00', '02:00']);
  });

  it('stays on whole hours after a 30-minute shift', () => {
    const grid = wallClockGrid(zonedDay('2026-10-04', 'Australia/Lord_Howe'), 60);
    expect(grid).toHaveLength(23);
    for (const ms of grid) expect(DateTime.fromMillis(ms, { zone: 'Australia/Lord_Howe' }).minute).toBe(0);
  });

  it('refuses a step that would never advance', () => {
    expect(() => wallClockGrid(zonedDay('2026-06-15', 'UTC'), 0)).toThrow(RangeError);
  });
});

describe('isOnWallClockGrid', () => {
  it('reads the grid in the given zone', () => {
    expect(isOnWallClockGrid(at('2026-06-15T09:15:00+10:00'), 15, 'Australia/Sydney')).toBe(true);
    expect(isOnWallClockGrid(at('2026-06-15T09:10:00+10:00'), 15, 'Australia/Sydney')).toBe(false);
    expect(isOnWallClockGrid(at('2026-06-15T09:15:30+10:00'), 15, 'Australia/Sydney')).toBe(false);
    // Adelaide runs half an hour off Sydney: an hourly grid there is not one in Sydney.
    expect(isOnWallClockGrid(at('2026-06-15T09:00:00+09:30'), 60, 'Australia/Adelaide')).toBe(true);
    expect(isOnWallClockGrid(at('2026-06-15T09:00:00+09:30'), 60, 'Australia/Sydney')).toBe(false);
  });
});

describe('offsets remembered an hour at a time', () => {
  // Half-hour shifts (Lord Howe), a skipped calendar day (Apia, 2011-12-30), odd offsets (Kathmandu),
  // a zone that dropped daylight saving (Sao Paulo, 2019) and the operator's own.
  const zones = ['Australia/Lord_Howe', 'Pacific/Apia', 'Asia/Kathmandu', 'America/Sao_Paulo', 'Australia/Sydney'];

  it('read instants through a year of transitions as Luxon does, in any order', () => {
    for (const zone of zones) {
      const instants: number[] = [];
      for (let ms = at('2011-12-28T00:00:00Z'); ms < at('2012-01-02T00:00:00Z'); ms += 7 * 60_000) instants.push(ms);
      for (let ms = at('2026-01-01T00:00:00Z'); ms < at('2027-01-01T00:00:00Z'); ms += 97 * 60_000) instants.push(ms);
      for (const ms of [...instants, ...instants.reverse()]) {
        const expected = DateTime.fromMillis(ms, { zone });
        expect(instantToLocalDate(ms, zone)).toBe(expected.toISODate());
        expect(isOnWallClockGrid(ms, 15, zone)).toBe((expected.hour * 60 + expected.minute) % 15 === 0);
      }
      for (const [date, minutes] of [
        ['2026-04-05', 90],
        ['2026-10-04', 150],
        ['2011-12-29', 600],
      ] as const) {
        for (const ms of wallTimeInstants(zonedDay(date, zone), minutes)) {
          const plain = DateTime.fromMillis(ms, { zone });
          expect([plain.toISODate(), plain.hour * 60 + plain.minute]).toEqual([date, minutes]);
        }
      }
    }
  });
});
