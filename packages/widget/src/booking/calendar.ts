/** Months as YYYY-MM and the weeks of a month's grid, Monday first; zone-free calendar arithmetic. */
import { addDays } from '../time-format.js';

export const monthOf = (date: string): string => date.slice(0, 7);

export const firstOfMonth = (month: string): string => `${month}-01`;

export function addMonths(month: string, months: number): string {
  const [year = 0, index = 1] = month.split('-').map(Number);
  const total = year * 12 + (index - 1) + months;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export const lastOfMonth = (month: string): string => addDays(firstOfMonth(addMonths(month, 1)), -1);

/** ISO weekday, 1 = Monday. */
export const weekday = (date: string): number => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** The month's weeks, Monday to Sunday; days of the neighbouring months are null. */
export function monthWeeks(month: string): (string | null)[][] {
  const weeks: (string | null)[][] = [];
  const last = lastOfMonth(month);
  let week: (string | null)[] = Array.from({ length: weekday(firstOfMonth(month)) - 1 }, () => null);
  for (let date = firstOfMonth(month); date <= last; date = addDays(date, 1)) {
    week.push(date);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}
