import ical, { ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block, tzlib_get_timezones } from 'timezones-ical-library';

export interface InviteInput {
  uid: string;
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  start: Date;
  end: Date;
  timeZone: string;
  summary: string;
  description: string;
  location: string;
  url: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  now: Date;
}

interface Vtimezone {
  tzid: string;
  component: string;
}

/**
 * The library answers an alias (Australia/ACT) with the canonical zone's block
 * (TZID:Australia/Sydney), so the event must name the canonical TZID too or
 * calendars find no VTIMEZONE for it.
 */
function vtimezoneOf(timeZone: string): Vtimezone {
  const remembered = vtimezones.get(timeZone);
  if (remembered) return remembered;
  const known = tzlib_get_timezones(false);
  // Asked about an unknown zone the library logs an error and answers '', so ask only about known ones.
  if (!Array.isArray(known) || !known.includes(timeZone)) throw new RangeError(`No VTIMEZONE for ${timeZone}`);
  const block = tzlib_get_ical_block(timeZone, false);
  const [component, tzidParam] = Array.isArray(block) ? block : [];
  if (!component || !tzidParam?.startsWith('TZID=')) throw new RangeError(`No VTIMEZONE for ${timeZone}`);
  const vtimezone = { tzid: tzidParam.slice('TZID='.length), component };
  vtimezones.set(timeZone, vtimezone);
  return vtimezone;
}

/**
 * Each zone's VTIMEZONE, built once: the library's data is fixed, and building it
 * (its list of zones, then the block) was a third of the CPU an email took. Only
 * zones the library knows are kept, so the map holds at most its few hundred.
 */
const vtimezones = new Map<string, Vtimezone>();

/**
 * RFC 5545 parameter values (CN) cannot hold a DQUOTE or control characters,
 * and ical-generator backslash-escapes them, which no parser undoes.
 */
const paramSafe = (name: string): string => name.replace(/"/g, "'").replace(/\p{Cc}+/gu, ' ');

export function bookingInvite(input: InviteInput): string {
  const zone = vtimezoneOf(input.timeZone);
  const calendar = ical({
    prodId: '//mm//bookings//EN',
    method: input.method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    // No calendar-level name: ical-generator would then write DTSTAMP as local time, and RFC 5545 wants it in UTC.
    timezone: { name: null, generator: (tzid) => (tzid === zone.tzid ? zone.component : null) },
  });
  // A plain Date with a TZID would be written in the server's own zone; a zoned Luxon value is written in its zone.
  const local = (instant: Date) => DateTime.fromJSDate(instant, { zone: zone.tzid });
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.now,
    start: local(input.start),
    end: local(input.end),
    timezone: zone.tzid,
    summary: input.summary,
    description: input.description,
    location: input.location,
    url: input.url,
    status: input.method === 'CANCEL' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: paramSafe(input.organizer.name), email: input.organizer.email },
    attendees: [
      {
        name: paramSafe(input.attendee.name),
        email: input.attendee.email,
        rsvp: false,
        // The client booked the visit themselves: nothing for them to accept.
        status: ICalAttendeeStatus.ACCEPTED,
      },
    ],
  });
  return calendar.toString();
}
