import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { namedSql } from '../database/named-sql.js';
import type { Template } from './templates.js';
import type { Topic, WebhookTopic } from './topics.js';

type TemplateKind = Template['kind'];

/** When each scheduled message goes out, in hours. */
export interface MessageTimings {
  /** Before a session: the client's reminder. */
  readonly reminderHours: number;
  /** After a completed session: the follow-up offering the next one. */
  readonly followUpHours: number;
}

/** An instant as partners read it, whatever the session's zone: 2026-12-03T09:30:00Z. */
const utc = (instant: string) => `to_char(${instant} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`;

/**
 * What a partner's endpoint is told: ids, times, treatment and status; never a
 * client's details or anything of their health.
 */
const bookingPayloadSql = `json_build_object(
  'id', :event::text, 'type', :topic::text, 'createdAt', ${utc('now()')},
  'data', json_build_object('booking', json_build_object(
    'id', b.id, 'reference', b.reference, 'status', b.status,
    'start', ${utc('b.starts_at')}, 'end', ${utc('b.ends_at')}, 'durationMinutes', b.duration_minutes,
    'previousStart', ${utc(':previousStart::timestamptz')},
    'treatment', json_build_object('id', t.id, 'name', t.name),
    'therapistId', b.therapist_id, 'partnerId', b.partner_id)))::jsonb`;

// One statement: the client's email, each of the therapist's active accounts, every endpoint of the
// booking's partner that asked for this topic, and (when `remindHours` is given) the reminder before
// the session, unless that moment has passed.
export type BookingEventName =
  | 'event'
  | 'topic'
  | 'booking'
  | 'clientTemplate'
  | 'therapistTemplate'
  | 'payload'
  | 'previousStart'
  | 'webhook'
  | 'remindHours';

/** The insert, reading the booking from `source`: the table, or the statement that inserts it. */
export const bookingEventText = (source: string): string => `
  insert into outbox (id, topic, channel, template, recipient, dedupe_key, booking_id, partner_id, endpoint_id, payload, due_at)
  select gen_random_uuid(), :topic::text, 'EMAIL', :clientTemplate::text, 'client', :event::text || '/client', b.id, b.partner_id,
         null::uuid, :payload::jsonb, now()
    from ${source} b where b.id = :booking and :clientTemplate::text is not null
  union all
  select gen_random_uuid(), :topic, 'EMAIL', :therapistTemplate, 'staff:' || s.id, :event::text || '/staff/' || s.id,
         b.id, b.partner_id, null::uuid, :payload::jsonb, now()
    from ${source} b join staff_account s on s.therapist_id = b.therapist_id and s.active
   where b.id = :booking and :therapistTemplate::text is not null
  union all
  select gen_random_uuid(), :topic, 'WEBHOOK', null, 'endpoint:' || w.id, :event::text || '/endpoint/' || w.id,
         b.id, b.partner_id, w.id, ${bookingPayloadSql}, now()
    from ${source} b join treatment t on t.id = b.treatment_id
    join webhook_endpoint w on w.partner_id = b.partner_id and w.active and :topic = any(w.topics)
   where b.id = :booking and :webhook::boolean
  union all
  select gen_random_uuid(), 'booking.reminder', 'EMAIL', 'booking.reminder', 'client',
         'reminder:' || b.id || ':' || b.sequence, b.id, b.partner_id, null::uuid, '{}'::jsonb,
         b.starts_at - make_interval(hours => :remindHours::int)
    from ${source} b
   where b.id = :booking and :remindHours::int is not null and b.status = 'CONFIRMED'
     and b.starts_at - make_interval(hours => :remindHours::int) > now()
  on conflict (dedupe_key) do nothing`;

const bookingEventSql = namedSql<BookingEventName>(bookingEventText('booking'));

const EMAILS: Partial<Record<Topic, { client?: TemplateKind; therapist?: TemplateKind }>> = {
  'booking.created': { client: 'booking.confirmation', therapist: 'therapist.booking.created' },
  'booking.rescheduled': { client: 'booking.rescheduled', therapist: 'therapist.booking.changed' },
  'booking.cancelled': { client: 'booking.cancelled', therapist: 'therapist.booking.cancelled' },
};

const WEBHOOK_BOOKING_TOPICS: ReadonlySet<Topic> = new Set<WebhookTopic>([
  'booking.created',
  'booking.rescheduled',
  'booking.cancelled',
  'booking.completed',
]);

const followUpSql = namedSql<'booking' | 'hours'>(`
  insert into outbox (id, topic, channel, template, recipient, dedupe_key, booking_id, partner_id, due_at)
  select gen_random_uuid(), 'booking.followup', 'EMAIL', 'booking.followup', 'client', 'followup:' || b.id,
         b.id, b.partner_id, greatest(now(), b.ends_at + make_interval(hours => :hours))
    from booking b where b.id = :booking
  on conflict (dedupe_key) do nothing`);

/** A booking's scheduled messages that no longer hold (it was moved or cancelled). */
const cancelScheduledSql = `update outbox set status = 'CANCELLED', locked_until = null
  where booking_id = ? and status = 'PENDING' and template in ('booking.reminder', 'booking.followup')`;

/** The values of the event's statement; a new time brings its reminder. */
export function bookingEventValues(
  timings: MessageTimings,
  event: { topic: Topic; bookingId: string; previousStart?: Date },
): Record<BookingEventName, unknown> {
  const { topic } = event;
  const emails = EMAILS[topic] ?? {};
  const remind = topic === 'booking.created' || topic === 'booking.rescheduled';
  return {
    event: randomUUID(),
    topic,
    booking: event.bookingId,
    clientTemplate: emails.client ?? null,
    therapistTemplate: emails.therapist ?? null,
    payload: JSON.stringify({ previousStart: event.previousStart?.toISOString() ?? null }),
    previousStart: event.previousStart ?? null,
    webhook: WEBHOOK_BOOKING_TOPICS.has(topic),
    remindHours: remind ? timings.reminderHours : null,
  };
}

/**
 * Records what happened to a booking, in the caller's transaction: the emails
 * and webhook calls it causes, and the reminder it moves. A change the client
 * sees raises the booking's `sequence`, which numbers its calendar invites.
 */
export async function recordBookingEvent(
  tx: EntityManager,
  timings: MessageTimings,
  event: { topic: Topic; bookingId: string; previousStart?: Date },
): Promise<void> {
  const { topic, bookingId } = event;
  if (topic === 'booking.rescheduled' || topic === 'booking.cancelled') {
    await tx.execute('update booking set sequence = sequence + 1 where id = ?', [bookingId]);
    await tx.execute(cancelScheduledSql, [bookingId]);
  }
  const values = bookingEventValues(timings, event);
  if (values.clientTemplate || values.therapistTemplate || values.webhook) {
    await tx.execute(bookingEventSql.sql, bookingEventSql.values(values));
  }
  if (topic === 'booking.completed') {
    await tx.execute(followUpSql.sql, followUpSql.values({ booking: bookingId, hours: timings.followUpHours }));
  }
}

/** A booking given to another therapist: the one who loses it and the one who gains it are told. */
export async function recordReassignment(
  tx: EntityManager,
  event: { bookingId: string; previousTherapistId: string },
): Promise<void> {
  await tx.execute(
    `insert into outbox (id, topic, channel, template, recipient, dedupe_key, booking_id, partner_id, payload)
     select gen_random_uuid(), 'booking.reassigned', 'EMAIL',
            case when s.therapist_id = b.therapist_id then 'therapist.booking.created' else 'therapist.booking.cancelled' end,
            'staff:' || s.id, ?::text || '/staff/' || s.id, b.id, b.partner_id, '{}'::jsonb
       from booking b join staff_account s on s.active and s.therapist_id in (b.therapist_id, ?)
      where b.id = ?`,
    [randomUUID(), event.previousTherapistId, event.bookingId],
  );
}

// The decision's email is named as its event (referral.verified, referral.rejected).
const referralEmailSql = namedSql<'event' | 'topic' | 'referral'>(`
  insert into outbox (id, topic, channel, template, recipient, dedupe_key, referral_id, partner_id)
  select gen_random_uuid(), :topic::text, 'EMAIL', :topic::text, 'client', :event::text || '/client', r.id, r.partner_id
    from referral r where r.id = :referral and r.client_id is not null`);

const referralWebhookSql = namedSql<'event' | 'referral'>(`
  insert into outbox (id, topic, channel, recipient, dedupe_key, referral_id, partner_id, endpoint_id, payload)
  select gen_random_uuid(), 'referral.verified', 'WEBHOOK', 'endpoint:' || w.id, :event::text || '/endpoint/' || w.id,
         r.id, r.partner_id, w.id,
         json_build_object('id', :event::text, 'type', 'referral.verified', 'createdAt', ${utc('now()')},
           'data', json_build_object('referral', json_build_object(
             'id', r.id, 'code', r.code, 'status', r.status, 'treatmentId', r.treatment_id,
             'sessionsAuthorised', r.sessions_authorised, 'sessionsUsed', r.sessions_used,
             'issuedOn', r.issued_on, 'expiresOn', r.expires_on, 'partnerId', r.partner_id)))
    from referral r join webhook_endpoint w on w.partner_id = r.partner_id and w.active and 'referral.verified' = any(w.topics)
   where r.id = :referral`);

/** 09:00 in the operator's zone, `days` before the referral expires. */
const expiryWarningSql = namedSql<'referral' | 'days' | 'zone'>(`
  insert into outbox (id, topic, channel, template, recipient, dedupe_key, referral_id, partner_id, due_at)
  select gen_random_uuid(), 'referral.expiring', 'EMAIL', 'referral.expiring', 'client',
         'expiring:' || r.id || ':' || r.expires_on, r.id, r.partner_id,
         greatest(now(), ((r.expires_on - :days::int)::timestamp + time '09:00') at time zone :zone)
    from referral r
   where r.id = :referral and r.client_id is not null and r.status = 'VERIFIED' and r.expires_on >= current_date
  on conflict (dedupe_key) do nothing`);

/** Days before expiry that a client with sessions left is reminded. */
export const EXPIRY_WARNING_DAYS = 14;

/**
 * Records what happened to a referral, in the caller's transaction. Verifying
 * tells the client (and the submitting partner's endpoints) and schedules the
 * warning before expiry; an amendment moves that warning.
 */
export async function recordReferralEvent(
  tx: EntityManager,
  zone: string,
  event: { topic: 'referral.verified' | 'referral.rejected' | 'referral.amended'; referralId: string },
): Promise<void> {
  const { topic, referralId } = event;
  const eventId = randomUUID();
  if (topic !== 'referral.amended') {
    await tx.execute(referralEmailSql.sql, referralEmailSql.values({ event: eventId, topic, referral: referralId }));
  }
  if (topic === 'referral.verified') {
    await tx.execute(referralWebhookSql.sql, referralWebhookSql.values({ event: eventId, referral: referralId }));
  }
  if (topic === 'referral.amended') {
    await tx.execute(
      `update outbox set status = 'CANCELLED', locked_until = null
        where referral_id = ? and status = 'PENDING' and template = 'referral.expiring'`,
      [referralId],
    );
  }
  if (topic !== 'referral.rejected') {
    await tx.execute(
      expiryWarningSql.sql,
      expiryWarningSql.values({ referral: referralId, days: EXPIRY_WARNING_DAYS, zone }),
    );
  }
}

/** The referral's last session was just used: its client is told, once per time it runs out. */
export async function recordReferralExhausted(tx: EntityManager, referralId: string): Promise<void> {
  await tx.execute(
    `insert into outbox (id, topic, channel, template, recipient, dedupe_key, referral_id, partner_id)
     select gen_random_uuid(), 'referral.exhausted', 'EMAIL', 'referral.exhausted', 'client',
            'exhausted:' || r.id || ':' || r.sessions_authorised, r.id, r.partner_id
       from referral r where r.id = ? and r.client_id is not null and r.status = 'EXHAUSTED'
     on conflict (dedupe_key) do nothing`,
    [referralId],
  );
}

/**
 * A referral now waits for a check: each admin and coordinator is told if it
 * is still waiting one working day later (weekends do not count).
 */
export async function recordReferralWaiting(tx: EntityManager, referralId: string, zone: string): Promise<void> {
  await tx.execute(
    `insert into outbox (id, topic, channel, template, recipient, dedupe_key, referral_id, due_at)
     select gen_random_uuid(), 'referral.waiting', 'EMAIL', 'staff.referrals.waiting', 'staff:' || s.id,
            'waiting:' || r.id || ':' || s.id, r.id,
            r.created_at + case extract(isodow from r.created_at at time zone ?)
              when 5 then interval '3 days' when 6 then interval '2 days' + (interval '1 day' - ((r.created_at at time zone ?)::time)::interval)
              when 7 then interval '1 day' + (interval '1 day' - ((r.created_at at time zone ?)::time)::interval)
              else interval '1 day' end
       from referral r join staff_account s on s.active and s.role in ('ADMIN', 'COORDINATOR')
      where r.id = ? and r.status = 'PENDING'
     on conflict (dedupe_key) do nothing`,
    [zone, zone, zone, referralId],
  );
}
