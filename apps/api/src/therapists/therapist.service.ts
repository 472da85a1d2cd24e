import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type DomainError, domainError } from '@mm/domain/errors';
import { err, ok, type Result } from '@mm/domain/result';
import {
  parseTherapistProfile,
  parseTimeOff,
  parseWeeklySchedule,
  type TherapistProfileInput,
  type WeeklyRange,
} from '@mm/domain/therapists';
import { brokenConstraint, EXCLUSION_VIOLATION, sqlState, TIME_OFF_OVER_BOOKING } from '../database/sql-errors.js';
import { checkId } from '../ids.js';
import {
  bookingsOverlapping,
  findTherapist,
  insertTherapist,
  type TherapistListRow,
  type TimeOffRow,
  updateTherapistRow,
} from './therapist.queries.js';

const notFound = (field: string) => domainError('NOT_FOUND', 'No such therapist', field);

async function existing(em: EntityManager, id: string, field: string): Promise<Result<TherapistListRow, DomainError>> {
  if (!checkId(id, field, 'therapist').ok) return err(notFound(field));
  const row = await findTherapist(em, id);
  return row ? ok(row) : err(notFound(field));
}

export async function createTherapist(
  em: EntityManager,
  input: TherapistProfileInput,
): Promise<Result<TherapistListRow, DomainError>> {
  const profile = parseTherapistProfile(input);
  if (!profile.ok) return profile;
  const id = randomUUID();
  await insertTherapist(em, id, profile.value);
  return existing(em, id, 'id');
}

export async function updateTherapist(
  em: EntityManager,
  id: string,
  input: TherapistProfileInput,
): Promise<Result<TherapistListRow, DomainError>> {
  if (!checkId(id, 'id', 'therapist').ok) return err(notFound('id'));
  const profile = parseTherapistProfile(input);
  if (!profile.ok) return profile;
  if (!(await updateTherapistRow(em, id, profile.value))) return err(notFound('id'));
  return existing(em, id, 'id');
}

/**
 * Takes a therapist off the team, or back. Someone with upcoming bookings stays
 * until those are reassigned or cancelled: no client is left with nobody coming.
 */
export async function setTherapistActive(
  em: EntityManager,
  id: string,
  active: boolean,
  now: number,
): Promise<Result<TherapistListRow, DomainError>> {
  const therapist = await existing(em, id, 'id');
  if (!therapist.ok) return therapist;
  const done = await em.transactional(async (tx) => {
    await tx.execute('select lock_therapist_calendar(?)', [id]);
    if (!active) {
      const upcoming = await bookingsOverlapping(tx, id, { start: new Date(now), end: null });
      if (upcoming.length > 0) {
        return err(
          domainError(
            'POLICY_VIOLATION',
            `Upcoming bookings (${upcoming.join(', ')}) need another therapist or cancelling first`,
            'id',
          ),
        );
      }
    }
    await tx.execute('update therapist set active = ?, updated_at = now() where id = ?', [active, id]);
    return ok(undefined);
  });
  return done.ok ? existing(em, id, 'id') : done;
}

/** Replaces the weekly schedule as a whole. */
export async function setWeeklySchedule(
  em: EntityManager,
  therapistId: string,
  ranges: readonly WeeklyRange[],
): Promise<Result<TherapistListRow, DomainError>> {
  const therapist = await existing(em, therapistId, 'therapistId');
  if (!therapist.ok) return therapist;
  const schedule = parseWeeklySchedule(ranges);
  if (!schedule.ok) return schedule;
  await em.transactional(async (tx) => {
    await tx.execute('delete from therapist_schedule where therapist_id = ?', [therapistId]);
    for (const r of schedule.value) {
      await tx.execute(
        'insert into therapist_schedule (id, therapist_id, weekday, start_time, end_time) values (?, ?, ?, ?, ?)',
        [randomUUID(), therapistId, r.weekday, r.start, r.end],
      );
    }
  });
  return therapist;
}

const overBookings = (references: string[]) =>
  domainError(
    'POLICY_VIOLATION',
    `This time off covers live bookings (${references.join(', ')}): reassign or cancel them first`,
    'start',
  );

/**
 * Time off that covers no live booking of the therapist (travel buffers included).
 * The database's trigger has the last word when a booking is made meanwhile.
 */
export async function addTimeOff(
  em: EntityManager,
  therapistId: string,
  input: { start: Date; end: Date; reason?: string | null },
): Promise<Result<TimeOffRow, DomainError>> {
  const therapist = await existing(em, therapistId, 'therapistId');
  if (!therapist.ok) return therapist;
  const parsed = parseTimeOff({ start: input.start.getTime(), end: input.end.getTime(), reason: input.reason });
  if (!parsed.ok) return parsed;
  const range = { start: new Date(parsed.value.start), end: new Date(parsed.value.end) };
  const overlapping = await bookingsOverlapping(em, therapistId, range);
  if (overlapping.length > 0) return err(overBookings(overlapping));
  const id = randomUUID();
  try {
    await em.execute(
      'insert into therapist_time_off (id, therapist_id, starts_at, ends_at, reason) values (?, ?, ?, ?, ?)',
      [id, therapistId, range.start, range.end, parsed.value.reason],
    );
  } catch (error) {
    if (sqlState(error) === EXCLUSION_VIOLATION && brokenConstraint(error) === TIME_OFF_OVER_BOOKING) {
      return err(overBookings(await bookingsOverlapping(em, therapistId, range)));
    }
    throw error;
  }
  return ok({ id, ...range, reason: parsed.value.reason });
}

export async function removeTimeOff(em: EntityManager, id: string): Promise<Result<string, DomainError>> {
  const missing = domainError('NOT_FOUND', 'No such time off', 'id');
  if (!checkId(id, 'id', 'time off').ok) return err(missing);
  const rows = await em.execute<{ id: string }[]>('delete from therapist_time_off where id = ? returning id', [id]);
  return rows.length > 0 ? ok(id) : err(missing);
}
