import { describe, expect, it } from 'vitest';
import { parseTherapistProfile, parseTimeOff, parseWeeklySchedule, splitPostcodes } from './therapists.js';

const profile = {
  displayName: '  Ada Lovelace ',
  bio: '',
  gender: 'female',
  techniques: ['SWEDISH', 'SWEDISH', 'DEEP_TISSUE'],
  medicalQualified: false,
  licenceNumber: 'MT-1',
  licenceBody: 'Massage Board',
  licenceExpiresOn: '2030-06-30',
  timeZone: 'Australia/Sydney',
  travelBufferMinutes: 30,
  servicePostcodes: ['2000', ' 2010', '2000'],
};

describe('parseTherapistProfile', () => {
  it('tidies a good profile: trimmed, no duplicates, empty bio as none', () => {
    expect(parseTherapistProfile(profile)).toEqual({
      ok: true,
      value: {
        ...profile,
        displayName: 'Ada Lovelace',
        bio: null,
        techniques: ['SWEDISH', 'DEEP_TISSUE'],
        servicePostcodes: ['2000', '2010'],
      },
    });
  });

  it.each([
    [{ displayName: ' ' }, 'displayName'],
    [{ gender: 'other' }, 'gender'],
    [{ techniques: ['REIKI'] }, 'techniques'],
    [{ licenceNumber: '' }, 'licenceNumber'],
    [{ licenceExpiresOn: '2030-02-30' }, 'licenceExpiresOn'],
    [{ licenceExpiresOn: '0001-01-01' }, 'licenceExpiresOn'],
    [{ licenceExpiresOn: '9999-12-31' }, 'licenceExpiresOn'],
    [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    [{ travelBufferMinutes: 241 }, 'travelBufferMinutes'],
    [{ travelBufferMinutes: 1.5 }, 'travelBufferMinutes'],
    [{ servicePostcodes: ['20000'] }, 'servicePostcodes'],
    [{ bio: 'x'.repeat(2001) }, 'bio'],
  ])('names the field at fault: %o', (change, field) => {
    expect(parseTherapistProfile({ ...profile, ...change })).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', field },
    });
  });

  it('reads postcodes as people type them', () => {
    expect(splitPostcodes('2000, 2010\n2021;2022  ')).toEqual(['2000', '2010', '2021', '2022']);
  });
});

describe('parseWeeklySchedule', () => {
  it('keeps several ranges a day, sorted', () => {
    const result = parseWeeklySchedule([
      { weekday: 2, start: '13:00', end: '17:00' },
      { weekday: 1, start: '09:00', end: '12:00' },
      { weekday: 2, start: '08:00', end: '12:00' },
    ]);
    expect(result.ok && result.value.map((r) => `${r.weekday} ${r.start}`)).toEqual(['1 09:00', '2 08:00', '2 13:00']);
  });

  it.each([
    [[{ weekday: 8, start: '09:00', end: '10:00' }], 'ranges.0'],
    [[{ weekday: 1, start: '9am', end: '10:00' }], 'ranges.0'],
    [[{ weekday: 1, start: '10:00', end: '10:00' }], 'ranges.0'],
    [
      [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '11:30', end: '13:00' },
      ],
      'ranges.1',
    ],
  ])('refuses a bad range and names it', (ranges, field) => {
    expect(parseWeeklySchedule(ranges)).toMatchObject({ ok: false, error: { field } });
  });
});

describe('parseTimeOff', () => {
  it('needs an end after the start, at most a year on', () => {
    expect(parseTimeOff({ start: 10, end: 10 })).toMatchObject({ ok: false, error: { field: 'end' } });
    expect(parseTimeOff({ start: 0, end: 367 * 86_400_000 })).toMatchObject({ ok: false, error: { field: 'end' } });
    expect(parseTimeOff({ start: 0, end: 3_600_000, reason: ' Leave ' })).toEqual({
      ok: true,
      value: { start: 0, end: 3_600_000, reason: 'Leave' },
    });
  });
});
