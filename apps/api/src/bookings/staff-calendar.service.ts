import type { EntityManager } from '@mikro-orm/postgresql';
import { workingHours } from '@mm/domain/availability';
import { type DomainError, domainError } from '@mm/domain/errors';
import { type Interval, intersect, normalise } from '@mm/domain/intervals';
import { err, ok, type Result } from '@mm/domain/result';
import {
  addDays,
  dayBoundsInZone,
  instantToLocalDate,
  inYearsHandled,
  isValidDate,
  YEARS_HANDLED,
  zonedDaysInRange,
} from '@mm/domain/zoned-time';
import { loadTherapists, type TherapistRow } from '../availability/availability.data.js';
import type { BookingSettings } from '../settings.js';
import { listStaffBookings, type StaffBookingView } from './staff-booking.queries.js';
import type { BookingReach } from './staff-booking.service.js';

/** One therapist's column of the calendar. */
export interface CalendarColumn {
  readonly therapist: TherapistRow;
  readonly workingHours: Interval[];
  readonly timeOff: Interval[];
  readonly bookings: StaffBookingView[];
}

export const CALENDAR_MAX_DAYS = 7;
// A week of a large team; past it, the calendar asks for fewer days rather than cut bookings off.
const CALENDAR_MAX_BOOKINGS = 2000;

/**
 * The days from `from` to `to` (dates in the operator's zone, both included): per
 * therapist, their working hours, time off and live bookings (with travel buffers).
 * A therapist sees their own column only.
 */
export async function staffCalendar(
  em: EntityManager,
  settings: BookingSettings,
  range: { from: string; to: string },
  reach: BookingReach,
): Promise<Result<CalendarColumn[], DomainError>> {
  for (const field of ['from', 'to'] as const) {
    if (!isValidDate(range[field])) return err(domainError('BAD_USER_INPUT', 'A date is YYYY-MM-DD', field));
    // a day of the year 1 or 9999 in the operator's zone is an instant PostgreSQL cannot take
    if (!inYearsHandled(range[field])) {
      const { first, last } = YEARS_HANDLED;
      return err(domainError('BAD_USER_INPUT', `Show days of the years ${first} to ${last}`, field));
    }
  }
  if (range.to < range.from || range.to > addDays(range.from, CALENDAR_MAX_DAYS - 1)) {
    return err(domainError('BAD_USER_INPUT', `Show 1 to ${CALENDAR_MAX_DAYS} days from the first`, 'to'));
  }
  const zone = settings.operator.timeZone;
  const window: Interval = { start: dayBoundsInZone(range.from, zone)[0], end: dayBoundsInZone(range.to, zone)[1] };
  const own = reach === 'all' ? undefined : reach.therapistId;
  const [therapists, bookings] = await Promise.all([
    loadTherapists(em, { therapistId: own, window, alsoBooked: true }),
    listStaffBookings(
      em,
      {
        from: new Date(window.start),
        to: new Date(window.end),
        therapistId: own,
        statuses: ['CONFIRMED', 'COMPLETED', 'NO_SHOW'],
      },
      { order: 'START_ASC', first: CALENDAR_MAX_BOOKINGS, after: undefined },
    ),
  ]);
  if (bookings.length > CALENDAR_MAX_BOOKINGS) {
    return err(domainError('BAD_USER_INPUT', 'Too many bookings to show at once: choose fewer days', 'to'));
  }
  const byTherapist = new Map<string, StaffBookingView[]>();
  for (const b of bookings) {
    const column = byTherapist.get(b.therapist.id);
    if (column) column.push(b);
    else byTherapist.set(b.therapist.id, [b]);
  }
  return ok(
    therapists.map((therapist) => {
      const tz = therapist.timeZone;
      const days = zonedDaysInRange(instantToLocalDate(window.start, tz), instantToLocalDate(window.end - 1, tz), tz);
      return {
        therapist,
        workingHours: intersect(workingHours(therapist, days), [window]),
        timeOff: intersect(normalise(therapist.timeOff), [window]),
        bookings: byTherapist.get(therapist.id) ?? [],
      };
    }),
  );
}
