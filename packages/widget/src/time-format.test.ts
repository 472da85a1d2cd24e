import { describe, expect, it } from 'vitest';
import { addDays, dateIn, formatDate, formatDateTime, formatMonth, formatTime, zoneName } from './time-format.js';

describe('time-format', () => {
  it('reads the calendar date of an instant in a zone', () => {
    const instant = Date.parse('2026-11-30T14:00:00Z');
    expect(dateIn('Australia/Sydney', instant)).toBe('2026-12-01');
    expect(dateIn('Australia/Perth', instant)).toBe('2026-11-30');
  });

  it('adds days across months and daylight saving changes', () => {
    expect(addDays('2026-11-28', 7)).toBe('2026-12-05');
    expect(addDays('2026-04-01', 7)).toBe('2026-04-08');
    expect(addDays('2026-12-05', -7)).toBe('2026-11-28');
  });

  it('formats instants in the given zone', () => {
    expect(formatTime('2026-12-02T09:15:00+11:00', 'Australia/Sydney', 'en-AU')).toBe('9:15 am AEDT');
    expect(formatTime('2026-12-02T09:15:00+11:00', 'Europe/London', 'en-AU')).toMatch(/^10:15 pm (GMT|UTC)$/);
    expect(formatDateTime('2026-12-02T09:15:00+11:00', 'Europe/London', 'en-GB')).toMatch(
      /Tuesday,? 1 December 2026 at 22:15 GMT/,
    );
  });

  it('formats calendar dates without shifting them to another day', () => {
    expect(formatDate('2027-05-26', 'en-AU')).toBe('26 May 2027');
    expect(formatDate('2026-12-02', 'en-AU', { weekday: 'short' })).toBe('Wed');
  });

  it('names months and zones in the locale', () => {
    expect(formatMonth('2026-12', 'en-AU')).toBe('December 2026');
    expect(formatMonth('2026-12', 'zh-CN')).toBe('2026年12月');
    expect(zoneName('Australia/Sydney', 'en-AU', Date.parse('2026-12-02T00:00:00Z'))).toBe(
      'Australian Eastern Time (AEDT)',
    );
    expect(zoneName('Australia/Sydney', 'en-AU', Date.parse('2026-07-02T00:00:00Z'))).toBe(
      'Australian Eastern Time (AEST)',
    );
  });

  it('falls back to the browser locale for a malformed one', () => {
    expect(formatTime('2026-12-02T09:15:00+11:00', 'Australia/Sydney', 'not a locale!')).toMatch(/9:15/);
  });
});
