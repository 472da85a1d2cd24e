import type { EntityManager } from '@mikro-orm/postgresql';
import { busyRange } from '@mm/domain/availability';
import { type BookingOutcome, checkOutcome, checkReassignment, checkStaffCancellation } from '@mm/domain/booking-rules';
import { type DomainError, domainError } from '@mm/domain/errors';
import { err, ok, type Result } from '@mm/domain/result';
import { DAY_MS, MINUTE_MS } from '@mm/domain/zoned-time';
import { loadAvailabilityData, type TherapistRow } from '../availability/availability.data.js';
import { Refusal, refusalsAsResults } from '../database/refusal.js';
import { EXCLUSION_VIOLATION, sqlState } from '../database/sql-errors.js';
import { checkId } from '../ids.js';
import { recordBookingEvent, recordReassignment } from '../messages/outbox.js';
import { loadReferral, returnReferralSession } from '../referrals/referral.queries.js';
import type { BookingSettings } from '../settings.js';
import { type BookingRecord, findBookingRecord } from './booking.queries.js';
import { takersAt } from './booking.service.js';
import { findStaffBooking, type StaffBookingView } from './staff-booking.queries.js';

/** Whose bookings a caller may act on: all of them, or one therapist's own. */
export type BookingReach = { readonly therapistId: string } | 'all';

const notFound = domainError('NOT_FOUND', 'No such booking', 'id');
const REASON_MAX = 500;

const inTransaction = (em: EntityManager, work: (tx: EntityManager) => Promise<string>) =>
  refusalsAsResults(() => em.transactional(work));

const within = (record: BookingRecord | undefined, reach: BookingReach): record is BookingRecord =>
  record !== undefined && (reach === 'all' || record.therapistId === reach.therapistId);

/** The booking in full, when the caller's reach includes it. */
export async function staffBooking(
  em: EntityManager,
  id: string,
  reach: BookingReach,
): Promise<Result<StaffBookingView, DomainError>> {
  if (!checkId(id, 'id', 'booking').ok) return err(notFound);
  const booking = await findStaffBooking(em, id);
  return booking && (reach === 'all' || booking.therapist.id === reach.therapistId) ? ok(booking) : err(notFound);
}

async function changed(em: EntityManager, done: Result<string, DomainError>) {
  if (!done.ok) return done;
  const booking = await findStaffBooking(em, done.value);
  if (!booking) throw new Error(`booking ${done.value} vanished`);
  return ok(booking);
}

/**
 * Cancels on the client's behalf, until the session starts. Inside the free-change
 * window a referral's session is given back; past it, the session stays used.
 */
export async function staffCancelBooking(
  em: EntityManager,
  settings: BookingSettings,
  command: { id: string; reason: string },
  now: number,
): Promise<Result<StaffBookingView, DomainError>> {
  if (!checkId(command.id, 'id', 'booking').ok) return err(notFound);
  const reason = command.reason.trim();
  if (reason.length === 0 || reason.length > REASON_MAX) {
    return err(domainError('BAD_USER_INPUT', `Give a reason of 1 to ${REASON_MAX} characters`, 'reason'));
  }
  const done = await inTransaction(em, async (tx) => {
    const record = await findBookingRecord(tx, command.id, { lock: true });
    if (!record) throw new Refusal(notFound);
    const allowed = checkStaffCancellation(record, now, settings.policy);
    if (!allowed.ok) throw new Refusal(allowed.error);
    await tx.execute(
      "update booking set status = 'CANCELLED', cancelled_at = now(), cancel_reason = ?, updated_at = now() where id = ?",
      [reason, record.id],
    );
    if (record.referralId && !allowed.value.late) await returnReferralSession(tx, record.referralId);
    await recordBookingEvent(tx, settings.messages.timings, { topic: 'booking.cancelled', bookingId: record.id });
    return record.id;
  });
  return changed(em, done);
}

/** Marks a session that has begun as completed or a no-show; a therapist, only their own. */
export async function recordBookingOutcome(
  em: EntityManager,
  settings: BookingSettings,
  command: { id: string; outcome: BookingOutcome },
  reach: BookingReach,
  now: number,
): Promise<Result<StaffBookingView, DomainError>> {
  if (!checkId(command.id, 'id', 'booking').ok) return err(notFound);
  const done = await inTransaction(em, async (tx) => {
    const record = await findBookingRecord(tx, command.id, { lock: true });
    if (!within(record, reach)) throw new Refusal(notFound);
    const allowed = checkOutcome(record, now);
    if (!allowed.ok) throw new Refusal(allowed.error);
    await tx.execute('update booking set status = ?, updated_at = now() where id = ?', [command.outcome, record.id]);
    await recordBookingEvent(tx, settings.messages.timings, {
      topic: command.outcome === 'COMPLETED' ? 'booking.completed' : 'booking.no_show',
      bookingId: record.id,
    });
    return record.id;
  });
  return changed(em, done);
}

/**
 * The therapists who could take the booking instead of its own, by the availability
 * engine's rules (schedule, time off, other bookings and their travel buffers, area,
 * qualification, licence, the referral's techniques). Staff act at short notice, so
 * the clients' minimum notice does not apply.
 */
async function freeTakers(
  em: EntityManager,
  settings: BookingSettings,
  record: BookingRecord,
  now: number,
  therapistId?: string,
): Promise<TherapistRow[]> {
  const session = { start: record.start, end: record.start + record.durationMinutes * MINUTE_MS };
  const data = await loadAvailabilityData(em, {
    treatmentId: record.treatmentId,
    therapistId,
    postcode: record.postcode,
    window: { start: session.start - DAY_MS, end: session.end + DAY_MS },
    excludeBookingId: record.id,
  });
  const referral = record.referralId ? await loadReferral(em, record.referralId, { lock: false }) : undefined;
  const byId = new Map(data.therapists.map((t) => [t.id, t]));
  return takersAt(
    data,
    { session, durationMinutes: record.durationMinutes, postcode: record.postcode, therapistId },
    referral?.recommendedTechniques,
    { ...settings, policy: { ...settings.policy, minNoticeMinutes: 0 } },
    now,
  ).flatMap((id) => {
    const therapist = byId.get(id);
    return therapist && id !== record.therapistId ? [therapist] : [];
  });
}

/** Who could take the booking instead, fewest bookings that day first. */
export async function reassignmentOptions(
  em: EntityManager,
  settings: BookingSettings,
  id: string,
  now: number,
): Promise<Result<TherapistRow[], DomainError>> {
  if (!checkId(id, 'id', 'booking').ok) return err(notFound);
  const record = await findBookingRecord(em, id, { lock: false });
  if (!record) return err(notFound);
  const allowed = checkReassignment(record, now);
  if (!allowed.ok) return allowed;
  return ok(await freeTakers(em, settings, record, now));
}

/**
 * Gives the booking to another therapist, who must be free and fit for it; the
 * no-overlap constraint has the last word when someone books them meanwhile.
 */
export async function reassignBooking(
  em: EntityManager,
  settings: BookingSettings,
  command: { id: string; therapistId: string },
  now: number,
): Promise<Result<StaffBookingView, DomainError>> {
  if (!checkId(command.id, 'id', 'booking').ok) return err(notFound);
  const unknownTherapist = checkId(command.therapistId, 'therapistId', 'therapist');
  if (!unknownTherapist.ok) return unknownTherapist;
  const record = await findBookingRecord(em, command.id, { lock: false });
  if (!record) return err(notFound);
  const allowed = checkReassignment(record, now);
  if (!allowed.ok) return allowed;
  if (record.therapistId === command.therapistId) {
    return err(domainError('BAD_USER_INPUT', 'The booking is already with this therapist', 'therapistId'));
  }
  const [taker] = await freeTakers(em, settings, record, now, command.therapistId);
  if (!taker) {
    return err(
      domainError('SLOT_UNAVAILABLE', 'That therapist is not free, or not fit, for this booking', 'therapistId'),
    );
  }
  const bufferMinutes = taker.travelBufferMinutes;
  try {
    const done = await inTransaction(em, async (tx) => {
      const locked = await findBookingRecord(tx, command.id, { lock: true });
      if (!locked) throw new Refusal(notFound);
      // It may have been moved, cancelled or reassigned since it was read.
      const still = checkReassignment(locked, now);
      if (!still.ok) throw new Refusal(still.error);
      if (locked.start !== record.start || locked.therapistId !== record.therapistId) {
        throw new Refusal(domainError('SLOT_UNAVAILABLE', 'The booking changed meanwhile: look again', 'id'));
      }
      const session = { start: locked.start, end: locked.start + locked.durationMinutes * MINUTE_MS };
      const busy = busyRange(session, bufferMinutes);
      await tx.execute(
        `update booking set therapist_id = ?, buffer_minutes = ?, busy = tstzrange(?, ?, '[)'), updated_at = now()
          where id = ?`,
        [command.therapistId, bufferMinutes, new Date(busy.start), new Date(busy.end), locked.id],
      );
      await recordReassignment(tx, { bookingId: locked.id, previousTherapistId: locked.therapistId });
      return locked.id;
    });
    return changed(em, done);
  } catch (error) {
    if (sqlState(error) === EXCLUSION_VIOLATION) {
      return err(domainError('SLOT_UNAVAILABLE', 'That therapist was booked meanwhile', 'therapistId'));
    }
    throw error;
  }
}
