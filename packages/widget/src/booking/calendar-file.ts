/** An iCalendar (RFC 5545) event for a booking, to add to the visitor's own calendar. */

export interface CalendarEvent {
  /** Stable across changes of the same booking. */
  uid: string;
  start: string;
  end: string;
  summary: string;
  description: string;
  url: string;
}

// RFC 5545 §3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values.
const text = (value: string): string => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');

/** UTC form, 20261201T220000Z: right in every calendar, whatever its zone. */
const utc = (instant: string | number): string =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

// §3.1: lines longer than 75 octets are folded, the continuation starting with a space.
function fold(line: string): string {
  const bytes = new TextEncoder().encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const length = new TextEncoder().encode(char).length;
    if (size + length > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += length;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function calendarFile(event: CalendarEvent, now = Date.now()): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Medical massage booking//mm-booking//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${text(event.uid)}`,
    `DTSTAMP:${utc(now)}`,
    `DTSTART:${utc(event.start)}`,
    `DTEND:${utc(event.end)}`,
    `SUMMARY:${text(event.summary)}`,
    `DESCRIPTION:${text(event.description)}`,
    `URL:${event.url}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ]
    .map(fold)
    .join('\r\n');
}

/** A link that downloads the file, without a request to any server. */
export const calendarHref = (ics: string): string => `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
