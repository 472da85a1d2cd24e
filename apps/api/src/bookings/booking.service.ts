import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { busyRange, findAvailableSlots } from '@mm/domain/availability';
import {
  bookingReference,
  checkCancellation,
  checkReferralForBooking,
  checkReferralWindow,
  checkReschedule,
  type Referral,
} from '@mm/domain/booking-rules';
import { type DomainError, domainError } from '@mm/domain/errors';
import { NO_MATCHING_REFERRAL, sameHolder } from '@mm/domain/referrals';
import { err, ok, type Result } from '@mm/domain/result';
import { DAY_MS, instantToLocalDate } from '@mm/domain/zoned-time';
import type { PartnerScope } from '../auth/roles.js';
import { type AvailabilityData, loadAvailabilityData } from '../availability/availability.data.js';
import { checkTreatmentAndPrice } from '../availability/availability.service.js';
import { Refusal, refusalsAsResults } from '../database/refusal.js';
import {
  brokenConstraint,
  CONSTRAINTS,
  EXCLUSION_VIOLATION,
  sqlState,
  UNIQUE_VIOLATION,
} from '../database/sql-errors.js';
import { type AccessBy, auditHealth } from '../health/audit.js';
import { placeOf } from '../health/cipher.js';
import { recordBookingEvent, recordReferralExhausted } from '../messages/outbox.js';
import { checkPartnerSells } from '../partners/partner-scope.js';
import {
  claimReferral,
  loadReferral,
  type ReferralRecord,
  returnReferralSession,
  useReferralSession,
} from '../referrals/referral.queries.js';
import type { BookingSettings } from '../settings.js';
import { type CreateBookingCommand, type ParsedBooking, parseCreateBooking } from './booking.input.js';
import {
  type BookingRecord,
  type BookingView,
  findBookingByIdempotencyKey,
  findBookingByReference,
  insertBooking,
  insertBookingAndEvent,
  loadBookingView,
  loadCourseBooking,
  lockBookingByReference,
  type NewBooking,
} from './booking.queries.js';
import { manageTokenFor, tokenHash, tokenMatches } from './manage-token.js';

export interface CreatedBooking {
  readonly booking: BookingView;
  readonly manageToken: string;
}

const slotTakenError = domainError('SLOT_UNAVAILABLE', 'That time is no longer free', 'start');
// The same answer for an unknown reference and a wrong token: references cannot be probed.
const notFoundError = domainError('NOT_FOUND', 'No booking with this reference and manage token', 'manageToken');

/**
 * Who could take a session starting exactly at `start`, by the same engine
 * that answers availability. Ordered for assignment: fewest bookings that day first.
 */
export function takersAt(
  data: AvailabilityData,
  parsed: Pick<ParsedBooking, 'session' | 'durationMinutes'> & { postcode: string; therapistId?: string | undefined },
  requiredTechniques: Referral['recommendedTechniques'] | undefined,
  settings: BookingSettings,
  now: number,
): string[] {
  const zone = settings.operator.timeZone;
  const date = instantToLocalDate(parsed.session.start, zone);
  if (!data.treatment) return [];
  const days = findAvailableSlots({
    from: date,
    to: date,
    timeZone: zone,
    durationMinutes: parsed.durationMinutes,
    therapists: data.therapists,
    bookings: data.bookings,
    treatment: data.treatment,
    filters: { postcode: parsed.postcode, therapistId: parsed.therapistId, requiredTechniques },
    policy: settings.policy,
    now,
  });
  if (!days.ok) return [];
  const slot = days.value[0]?.slots.find((s) => s.start === parsed.session.start);
  if (!slot) return [];
  const load = new Map<string, number>();
  for (const b of data.bookings) {
    if (instantToLocalDate(b.start, zone) === date) load.set(b.therapistId, (load.get(b.therapistId) ?? 0) + 1);
  }
  return [...slot.therapistIds].sort((a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || a.localeCompare(b));
}

/** The referral a medical booking needs, checked for this booking and its holder; undefined for other treatments. */
function requiredReferral(
  data: AvailabilityData,
  parsed: ParsedBooking,
  settings: BookingSettings,
  now: number,
): Result<ReferralRecord | undefined, DomainError> {
  if (!data.treatment?.requiresReferral) return ok(undefined);
  if (!parsed.referralCode) {
    return err(domainError('REFERRAL_REQUIRED', 'This treatment needs a referral code', 'referralCode'));
  }
  // An unknown code and someone else's read the same: no answer says whose a code is.
  const holderMatches =
    parsed.holderProven ||
    (parsed.referralHolder !== undefined && sameHolder(data.referral?.holder ?? null, parsed.referralHolder));
  if (!data.referral || !holderMatches) {
    return err(domainError('REFERRAL_INVALID', NO_MATCHING_REFERRAL, 'referralCode'));
  }
  const usable = checkReferralForBooking(data.referral, {
    treatmentId: parsed.treatmentId,
    start: parsed.session.start,
    now,
    timeZone: settings.operator.timeZone,
  });
  return usable.ok ? ok(data.referral) : usable;
}

async function replay(
  em: EntityManager,
  settings: BookingSettings,
  existing: BookingRecord,
  requestHash: string,
): Promise<Result<CreatedBooking, DomainError>> {
  if (existing.requestHash !== requestHash) {
    return err(
      domainError('BAD_USER_INPUT', 'This idempotency key was already used for a different booking', 'idempotencyKey'),
    );
  }
  return ok({
    booking: await loadBookingView(em, existing.id),
    manageToken: manageTokenFor(settings.tokenSecret, existing.id),
  });
}

/**
 * Books a session. The database has the last word on overlaps (exclusion
 * constraint) and on retries (unique idempotency key); without a therapist
 * the free, fit therapist with the fewest bookings that day is assigned,
 * falling back to the next one when another request took the slot first.
 */
export async function createBooking(
  em: EntityManager,
  settings: BookingSettings,
  input: CreateBookingCommand,
  partner: PartnerScope | undefined,
  now: number,
  by: AccessBy,
): Promise<Result<CreatedBooking, DomainError>> {
  const sells = checkPartnerSells(partner, input.treatmentId);
  if (!sells.ok) return sells;
  const parsed = parseCreateBooking(input, settings, partner?.partnerId, now);
  if (!parsed.ok) return parsed;
  const request = parsed.value;
  let outcome = await bookOnce(em, settings, request, partner?.partnerId, now, by);
  // References are random: on the rare clash with an existing one, book again under a new one.
  for (let retries = 2; outcome === REFERENCE_CLASH && retries > 0; retries--) {
    outcome = await bookOnce(em, settings, request, partner?.partnerId, now, by);
  }
  if (outcome === REFERENCE_CLASH) throw new Error('three booking references in a row were taken');
  if (outcome.ok) {
    return ok({ booking: outcome.value, manageToken: manageTokenFor(settings.tokenSecret, outcome.value.id) });
  }
  // A retry finds its own booking in the way (or a racing twin won the key): answer it as the first time.
  const earlier = await findBookingByIdempotencyKey(em, request.idempotencyKey);
  return earlier ? replay(em, settings, earlier, request.requestHash) : outcome;
}

/** The drawn reference exists already: nothing was written, try again. */
const REFERENCE_CLASH = Symbol('reference clash');

/** One attempt at the booking; any failure may still be a retry of an earlier success. */
async function bookOnce(
  em: EntityManager,
  settings: BookingSettings,
  request: ParsedBooking,
  partnerId: string | undefined,
  now: number,
  by: AccessBy,
): Promise<Result<BookingView, DomainError> | typeof REFERENCE_CLASH> {
  const data = await loadAvailabilityData(em, {
    treatmentId: request.treatmentId,
    referralCode: request.referralCode,
    therapistId: request.therapistId,
    // a chosen therapist is loaded whatever the postcode, so that "unknown" and "not there" differ
    postcode: request.therapistId ? undefined : request.address.postcode,
    window: { start: request.session.start - DAY_MS, end: request.session.end + DAY_MS },
  });
  const day = instantToLocalDate(request.session.start, settings.operator.timeZone);
  const sold = checkTreatmentAndPrice(data, request.durationMinutes, { from: day, to: day });
  if (!sold.ok) return sold;
  if (request.therapistId && data.therapists.length === 0) {
    return err(domainError('BAD_USER_INPUT', 'Unknown therapist', 'therapistId'));
  }
  const referral = requiredReferral(data, request, settings, now);
  if (!referral.ok) return referral;
  const candidates = takersAt(
    data,
    { ...request, postcode: request.address.postcode },
    referral.value?.recommendedTechniques,
    settings,
    now,
  );
  if (candidates.length === 0) {
    return err(domainError('SLOT_UNAVAILABLE', 'No therapist is free for this treatment, time and place', 'start'));
  }
  const buffers = new Map(data.therapists.map((t) => [t.id, t.travelBufferMinutes]));
  const id = randomUUID();
  const booking = (therapistId: string): NewBooking => {
    const bufferMinutes = buffers.get(therapistId) ?? 0;
    return {
      id,
      client: request.client,
      address: request.address,
      reference: bookingReference(randomBytes(6)),
      manageTokenHash: tokenHash(manageTokenFor(settings.tokenSecret, id)),
      idempotencyKey: request.idempotencyKey,
      requestHash: request.requestHash,
      treatmentId: request.treatmentId,
      therapistId,
      referralId: referral.value?.id ?? null,
      partnerId: partnerId ?? null,
      durationMinutes: request.durationMinutes,
      price: sold.value.price,
      session: request.session,
      bufferMinutes,
      busy: busyRange(request.session, bufferMinutes),
      intakeNotes: settings.keys.sealText(request.intakeNotes, placeOf('booking', 'intake_notes', id)),
      locale: request.locale,
    };
  };

  try {
    const write = async (tx: EntityManager): Promise<void> => {
      if (referral.value) {
        // Read again under a row lock: the last session goes to one booking only.
        const locked = await loadReferral(tx, referral.value.id, { lock: true });
        const still = locked
          ? checkReferralForBooking(locked, {
              treatmentId: request.treatmentId,
              start: request.session.start,
              now,
              timeZone: settings.operator.timeZone,
            })
          : err(domainError('REFERRAL_INVALID', 'Unknown referral code', 'referralCode'));
        if (!still.ok) throw new Refusal(still.error);
        await useReferralSession(tx, referral.value.id);
      }
      await insertWithFirstFree(tx);
      if (referral.value) {
        await claimReferral(tx, referral.value.id, id);
        await recordReferralExhausted(tx, referral.value.id);
      }
      await recordBookingEvent(tx, settings.messages.timings, { topic: 'booking.created', bookingId: id });
      if (request.intakeNotes !== null) {
        await auditHealth(tx, {
          ...by,
          action: 'CREATE',
          recordType: 'booking',
          recordIds: [id],
          fields: ['intake_notes'],
        });
      }
    };
    const insertWithFirstFree = async (tx: EntityManager): Promise<void> => {
      for (const [i, therapistId] of candidates.entries()) {
        if (i === candidates.length - 1) return insertBooking(tx, booking(therapistId));
        try {
          // A savepoint while another candidate remains: a lost race rolls back only this attempt.
          return await tx.transactional((attempt) => insertBooking(attempt, booking(therapistId)));
        } catch (error) {
          if (sqlState(error) !== EXCLUSION_VIOLATION) throw error;
        }
      }
    };
    // One candidate, no referral and no notes: the booking and its messages are one statement, atomic
    // without a transaction around it.
    const single = !referral.value && candidates.length === 1 && request.intakeNotes === null;
    const [only] = candidates;
    if (single && only) return ok(await insertBookingAndEvent(em, booking(only), settings.messages.timings));
    const done = await refusalsAsResults(() => em.transactional(write));
    return done.ok ? ok(await loadBookingView(em, id)) : done;
  } catch (error) {
    const state = sqlState(error);
    if (state === EXCLUSION_VIOLATION) return err(slotTakenError);
    if (state === UNIQUE_VIOLATION && brokenConstraint(error) === CONSTRAINTS.bookingIdempotencyKey) {
      return err(domainError('BAD_USER_INPUT', 'This idempotency key is in use', 'idempotencyKey'));
    }
    if (state === UNIQUE_VIOLATION && brokenConstraint(error) === CONSTRAINTS.bookingReference) return REFERENCE_CLASH;
    throw error;
  }
}

/**
 * The next session of a referral's course, for the holder of an earlier booking's manage token:
 * same client, address, treatment, length and therapist, on the same referral.
 */
export async function bookNextSession(
  em: EntityManager,
  settings: BookingSettings,
  command: { reference: string; manageToken: string; start: Date; idempotencyKey: string },
  partner: PartnerScope | undefined,
  now: number,
  by: AccessBy,
): Promise<Result<CreatedBooking, DomainError>> {
  const record = await findManagedBooking(em, command.reference, command.manageToken);
  if (!record) return err(notFoundError);
  const course = await loadCourseBooking(em, record.id);
  if (!course.referralCode) {
    return err(domainError('REFERRAL_REQUIRED', 'Only a booking made with a referral has a next session', 'reference'));
  }
  return createBooking(
    em,
    settings,
    {
      idempotencyKey: command.idempotencyKey,
      treatmentId: record.treatmentId,
      durationMinutes: record.durationMinutes,
      start: command.start,
      therapistId: record.therapistId,
      referralCode: course.referralCode,
      holderProven: true,
      client: course.client,
      address: course.address,
      locale: course.locale,
    },
    partner,
    now,
    by,
  );
}

/** The booking with this reference when `manageToken` is its token; undefined otherwise. */
async function findManagedBooking(
  em: EntityManager,
  reference: string,
  manageToken: string,
): Promise<BookingRecord | undefined> {
  const record = await findBookingByReference(em, reference.trim().toUpperCase());
  return record && tokenMatches(manageToken, record.manageTokenHash) ? record : undefined;
}

/** The booking, for whoever holds its manage token; undefined otherwise. */
export async function findBooking(
  em: EntityManager,
  reference: string,
  manageToken: string,
): Promise<BookingView | undefined> {
  const record = await findManagedBooking(em, reference, manageToken);
  return record && loadBookingView(em, record.id);
}

export async function cancelBooking(
  em: EntityManager,
  settings: BookingSettings,
  command: { reference: string; manageToken: string; reason?: string | null | undefined },
  now: number,
): Promise<Result<BookingView, DomainError>> {
  const reason = command.reason?.trim() || null;
  if (reason && reason.length > 500) {
    return err(domainError('BAD_USER_INPUT', 'A reason is at most 500 characters', 'reason'));
  }
  const done = await refusalsAsResults(() =>
    em.transactional(async (tx) => {
      const record = await lockBookingByReference(tx, command.reference.trim().toUpperCase());
      if (!record || !tokenMatches(command.manageToken, record.manageTokenHash)) throw new Refusal(notFoundError);
      // A retry whose first answer was lost (or a second click): the booking as it is, nothing done twice.
      if (record.status === 'CANCELLED') return record.id;
      const allowed = checkCancellation(record, now, settings.policy);
      if (!allowed.ok) throw new Refusal(allowed.error);
      await tx.execute(
        "update booking set status = 'CANCELLED', cancelled_at = now(), cancel_reason = ?, updated_at = now() where id = ?",
        [reason, record.id],
      );
      if (record.referralId) await returnReferralSession(tx, record.referralId);
      await recordBookingEvent(tx, settings.messages.timings, { topic: 'booking.cancelled', bookingId: record.id });
      return record.id;
    }),
  );
  return done.ok ? ok(await loadBookingView(em, done.value)) : done;
}

export async function rescheduleBooking(
  em: EntityManager,
  settings: BookingSettings,
  command: { reference: string; manageToken: string; start: Date },
  now: number,
): Promise<Result<BookingView, DomainError>> {
  const reference = command.reference.trim().toUpperCase();
  const record = await findBookingByReference(em, reference);
  if (!record || !tokenMatches(command.manageToken, record.manageTokenHash)) return err(notFoundError);
  // A retry whose first answer was lost (or a move to where it is already): the booking as it is, nothing sent.
  if (record.status === 'CONFIRMED' && record.start === command.start.getTime()) {
    return ok(await loadBookingView(em, record.id));
  }
  const moved = checkReschedule(record, command.start.getTime(), now, settings.policy, settings.operator.timeZone);
  if (!moved.ok) return moved;
  const session = moved.value;

  const data = await loadAvailabilityData(em, {
    treatmentId: record.treatmentId,
    therapistId: record.therapistId,
    window: { start: session.start - DAY_MS, end: session.end + DAY_MS },
    excludeBookingId: record.id,
  });
  let requiredTechniques: Referral['recommendedTechniques'] | undefined;
  if (record.referralId) {
    const referral = await loadReferral(em, record.referralId, { lock: false });
    // The session is the referral's already: only its window matters, not the sessions left.
    const inWindow = referral
      ? checkReferralWindow(referral, session.start, settings.operator.timeZone, 'start')
      : ok(undefined);
    if (!inWindow.ok) return inWindow;
    requiredTechniques = referral?.recommendedTechniques;
  }
  const free = takersAt(
    data,
    { session, durationMinutes: record.durationMinutes, postcode: record.postcode, therapistId: record.therapistId },
    requiredTechniques,
    settings,
    now,
  );
  if (free.length === 0) {
    return err(domainError('SLOT_UNAVAILABLE', 'Your therapist is not free at that time', 'start'));
  }
  const bufferMinutes = data.therapists[0]?.travelBufferMinutes ?? 0;
  try {
    const done = await refusalsAsResults(() =>
      em.transactional(async (tx) => {
        const locked = await lockBookingByReference(tx, reference);
        if (!locked) throw new Refusal(notFoundError);
        const still = checkReschedule(locked, session.start, now, settings.policy, settings.operator.timeZone);
        if (!still.ok) throw new Refusal(still.error);
        const busy = busyRange(session, bufferMinutes);
        await tx.execute(
          `update booking set starts_at = ?, ends_at = ?, buffer_minutes = ?, busy = tstzrange(?, ?, '[)'), updated_at = now()
            where id = ?`,
          [
            new Date(session.start),
            new Date(session.end),
            bufferMinutes,
            new Date(busy.start),
            new Date(busy.end),
            locked.id,
          ],
        );
        await recordBookingEvent(tx, settings.messages.timings, {
          topic: 'booking.rescheduled',
          bookingId: locked.id,
          previousStart: new Date(locked.start),
        });
        return locked.id;
      }),
    );
    return done.ok ? ok(await loadBookingView(em, done.value)) : done;
  } catch (error) {
    if (sqlState(error) === EXCLUSION_VIOLATION) {
      return err(domainError('SLOT_UNAVAILABLE', 'Your therapist is not free at that time', 'start'));
    }
    throw error;
  }
}
