import type { EntityManager } from '@mikro-orm/postgresql';
import { preparedSql } from '../database/prepared-sql.js';
import type { OutboxStatus, Topic } from './topics.js';

/** One delivery: an email to one person, or one call to one endpoint. */
export interface OutboxRow {
  readonly id: string;
  readonly topic: Topic | 'booking.reassigned';
  readonly channel: 'EMAIL' | 'WEBHOOK';
  readonly template: string | null;
  readonly recipient: string;
  readonly bookingId: string | null;
  readonly referralId: string | null;
  readonly endpointId: string | null;
  readonly payload: Record<string, unknown>;
  readonly status: OutboxStatus;
  /** Including the one now under way. */
  readonly attempts: number;
}

const columns = `o.id, o.topic, o.channel, o.template, o.recipient, o.booking_id as "bookingId",
  o.referral_id as "referralId", o.endpoint_id as "endpointId", o.payload, o.status, o.attempts`;

const CLAIM_DUE = preparedSql<'batch' | 'leaseSeconds'>(
  'outbox-claim',
  `with due as (
     select id from outbox
      where status = 'PENDING' and due_at <= now() and (locked_until is null or locked_until < now())
      order by due_at limit :batch for update skip locked)
   update outbox o set locked_until = now() + make_interval(secs => :leaseSeconds), attempts = o.attempts + 1
     from due where o.id = due.id
   returning ${columns}`,
);

/**
 * Claims up to `batch` due rows for this worker: each is leased until
 * `leaseSeconds` from now, and other workers skip it meanwhile (and skip the
 * rows this statement is locking, so two instances never claim the same one).
 * A worker that dies leaves its lease to run out; the row is then claimed again.
 */
export const claimDue = (em: EntityManager, batch: number, leaseSeconds: number): Promise<OutboxRow[]> =>
  CLAIM_DUE.run<OutboxRow>(em, { batch, leaseSeconds });

export async function markDone(
  em: EntityManager,
  id: string,
  status: 'SENT' | 'SKIPPED' | 'CANCELLED',
  responseCode: number | null = null,
): Promise<void> {
  await em.execute(
    `update outbox set status = ?, sent_at = case when ? = 'SENT' then now() end, locked_until = null,
            last_error = null, response_code = coalesce(?, response_code)
      where id = ? and status = 'PENDING'`,
    [status, status, responseCode, id],
  );
}

const KEEP_AND_MARK_SENT = preparedSql<keyof KeptEmail | 'id'>(
  'outbox-keep-email',
  `with kept as (
     insert into message (id, outbox_id, to_address, subject, text_body, html_body, invite, message_id, transport)
     values (gen_random_uuid(), :id, :to, :subject, :text, :html, :invite, :messageId, :transport)
     on conflict (outbox_id) do nothing)
   update outbox set status = 'SENT', sent_at = now(), locked_until = null, last_error = null
    where id = :id and status = 'PENDING'`,
);

/** An email as the console shows it: as it went, or as it was kept without a mail server. */
export interface KeptEmail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly invite: string | null;
  readonly messageId: string;
  readonly transport: 'SMTP' | 'KEPT';
}

/** The email as it went (or was kept), and the row SENT: one statement, so never one without the other. */
export async function keepAndMarkSent(em: EntityManager, id: string, message: KeptEmail): Promise<void> {
  await KEEP_AND_MARK_SENT.run(em, { id, ...message });
}

/** A failed attempt: tried again after `retryInMs`, or DEAD when that was the last. */
export async function markFailed(
  em: EntityManager,
  id: string,
  failure: { error: string; responseCode: number | null; retryInMs: number | null },
): Promise<void> {
  await em.execute(
    `update outbox set status = case when ?::bigint is null then 'DEAD' else 'PENDING' end,
            due_at = case when ?::bigint is null then due_at else now() + make_interval(secs => ?::bigint / 1000.0) end,
            locked_until = null, last_error = left(?, 500), response_code = ?
      where id = ? and status = 'PENDING'`,
    [failure.retryInMs, failure.retryInMs, failure.retryInMs, failure.error, failure.responseCode, id],
  );
}

/** The outbox's backlog for /metrics: rows due and waiting, how long the oldest has waited, and dead letters. */
export async function outboxStats(em: EntityManager): Promise<{ pending: number; dead: number; lagSeconds: number }> {
  const [row] = await em.execute<{ pending: number; lag: number; dead: number }[]>(
    `select (select count(*)::int from outbox where status = 'PENDING' and due_at <= now()) as pending,
            (select coalesce(extract(epoch from now() - min(due_at)), 0)::float8
               from outbox where status = 'PENDING' and due_at <= now()) as lag,
            (select count(*)::int from outbox where status = 'DEAD') as dead`,
  );
  return { pending: row?.pending ?? 0, dead: row?.dead ?? 0, lagSeconds: row?.lag ?? 0 };
}
