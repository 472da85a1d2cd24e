import { describe, expect, it } from 'vitest';
import { addMonths, lastOfMonth, monthWeeks, weekday } from './calendar.js';

describe('the month grid', () => {
  it('steps months across years both ways', () => {
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
    expect(addMonths('2026-11', 14)).toBe('2028-01');
  });

  it('knows the last day of a month, leap years included', () => {
    expect(lastOfMonth('2028-02')).toBe('2028-02-29');
    expect(lastOfMonth('2027-02')).toBe('2027-02-28');
    expect(lastOfMonth('2026-12')).toBe('2026-12-31');
  });

  it('lays a month out in weeks from Monday, padding the edges', () => {
    expect(weekday('2026-12-01')).toBe(2); // a Tuesday
    const weeks = monthWeeks('2026-12');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]).toEqual([
      null,
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(weeks[4]).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', null, null, null]);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });
});
