/** Calendar dates (YYYY-MM-DD) and instants shown in an IANA time zone, with Intl only. */

const DAY_MS = 86_400_000;

// A malformed locale attribute on the partner's page must not hide the times: fall back to the browser's.
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale || undefined, options);
  } catch {
    return new Intl.DateTimeFormat(undefined, options);
  }
}

/** The calendar date of `instant` in `timeZone`. */
export function dateIn(timeZone: string, instant: number): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(instant)
    .map((part) => [part.type, part.value]);
  const { year, month, day } = Object.fromEntries(parts);
  return `${year}-${month}-${day}`;
}

/** Calendar arithmetic on dates: zone-free, so daylight saving cannot shift it. */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * A calendar date, e.g. "26 May 2027". Formatted at UTC midnight in UTC, so that no zone moves it
 * to another day.
 */
export const formatDate = (
  date: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string => formatter(locale, { ...options, timeZone: 'UTC' }).format(Date.parse(`${date}T00:00:00Z`));

/** "9:15 am AEDT" in `timeZone`: every time shown names its zone. */
export const formatTime = (instant: string, timeZone: string, locale: string): string =>
  formatter(locale, { timeZone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(
    Date.parse(instant),
  );

/** "December 2026" for a month given as YYYY-MM. */
export const formatMonth = (month: string, locale: string): string =>
  formatter(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${month}-01T00:00:00Z`));

/** The zone's name, e.g. "Australian Eastern Time", with its abbreviation at `instant`: "(AEDT)". */
export function zoneName(timeZone: string, locale: string, instant: number): string {
  const part = (style: Intl.DateTimeFormatOptions['timeZoneName']) =>
    formatter(locale, { timeZone, timeZoneName: style })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  const [long, short] = [part('longGeneric'), part('short')];
  return long === short ? long : `${long} (${short})`;
}

/** "Monday 30 November 2026 at 9:15 am AEDT" in `timeZone`. */
export const formatDateTime = (instant: string, timeZone: string, locale: string): string =>
  formatter(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(Date.parse(instant));
