import type pg from 'pg';
import type { LoadState } from './operations.js';

export interface Invariants {
  readonly acknowledged: number;
  readonly acknowledgedFound: number;
  readonly refused: number;
  readonly refusedFound: number;
  /** Bookings whose outcome stayed unknown to the client after its retries (and how many exist). */
  readonly unknown: number;
  readonly unknownFound: number;
  readonly cancelsAcknowledged: number;
  readonly cancelsFound: number;
  /** Cancellations refused with a definite code (and later acknowledged ones left out), and how many are cancelled. */
  readonly cancelsRefused: number;
  readonly cancelsRefusedFound: number;
  readonly overlaps: number;
  readonly referralsOverUsed: number;
  readonly bookingsMade: number;
  readonly bookingsWithoutEvent: number;
  readonly outbox: Record<string, number>;
  readonly outboxDueUndelivered: number;
  readonly emailsSent: number;
  /** Deliveries that took more than one attempt (a dead worker's lease ran out, or the database was away). */
  readonly deliveriesRetried: number;
  readonly emailsSentNotReceived: number;
  readonly emailsReceived: number;
  readonly emailsReceivedTwice: number;
  readonly healthReads: number;
  readonly healthReadsUnanswered: number;
  readonly healthAuditRows: number;
  readonly personalDataInLogs: readonly string[];
  readonly logLines: number;
}

const count = async (sql: pg.Pool, text: string, values: unknown[] = []) =>
  (await sql.query<{ n: number }>(text, values)).rows[0]?.n ?? Number.NaN;

/** Waits until every delivery due is done (or dead), for up to `ms`. */
async function outboxSettled(sql: pg.Pool, ms: number): Promise<number> {
  const deadline = Date.now() + ms;
  for (;;) {
    const due = await count(
      sql,
      "select count(*)::int as n from outbox where status = 'PENDING' and due_at <= now()",
    ).catch(() => Number.NaN);
    if (due === 0 || Date.now() > deadline) return due;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The rules that must hold after the run, read with SQL from the database itself. */
export async function checkInvariants(run: {
  sql: pg.Pool;
  startedAt: Date;
  state: LoadState;
  accepted: ReadonlyMap<string, number>;
  logs: readonly string[];
  personal: readonly string[];
}): Promise<Invariants> {
  const { sql, state, startedAt } = run;
  const outboxDueUndelivered = await outboxSettled(sql, 90_000);
  const references = state.acknowledged.map((b) => b.reference);
  const cancelsRefused = state.cancelsRefused.filter((r) => !state.cancelled.includes(r));
  const outboxRows = await sql.query<{ status: string; n: number }>(
    'select status, count(*)::int as n from outbox group by status order by status',
  );
  const sentEmails = await sql.query<{ message_id: string }>(
    `select m.message_id from outbox o join message m on m.outbox_id = o.id
      where o.channel = 'EMAIL' and o.status = 'SENT' and m.transport = 'SMTP'`,
  );
  // Message-IDs as the header has them (<…>) and as the table keeps them, alike
  const bare = (id: string) => id.replace(/^<|>$/g, '');
  const accepted = new Map([...run.accepted.entries()].map(([id, n]) => [bare(id), n]));
  const received = [...accepted.entries()];
  const logText = run.logs.join('\n');
  return {
    acknowledged: references.length,
    acknowledgedFound: await count(sql, 'select count(*)::int as n from booking where reference = any($1)', [
      references,
    ]),
    refused: state.refusedKeys.length,
    refusedFound: await count(sql, 'select count(*)::int as n from booking where idempotency_key = any($1)', [
      state.refusedKeys,
    ]),
    unknown: state.unknownKeys.length,
    unknownFound: await count(sql, 'select count(*)::int as n from booking where idempotency_key = any($1)', [
      state.unknownKeys,
    ]),
    cancelsAcknowledged: state.cancelled.length,
    cancelsFound: await count(
      sql,
      "select count(*)::int as n from booking where reference = any($1) and status = 'CANCELLED'",
      [state.cancelled],
    ),
    cancelsRefused: cancelsRefused.length,
    cancelsRefusedFound: await count(
      sql,
      "select count(*)::int as n from booking where reference = any($1) and status = 'CANCELLED'",
      [cancelsRefused],
    ),
    overlaps: await count(
      sql,
      `select count(*)::int as n from booking a join booking b
         on a.therapist_id = b.therapist_id and a.id < b.id and a.busy && b.busy
        where a.status <> 'CANCELLED' and b.status <> 'CANCELLED'`,
    ),
    referralsOverUsed: await count(
      sql,
      'select count(*)::int as n from referral where sessions_used > sessions_authorised',
    ),
    bookingsMade: await count(sql, 'select count(*)::int as n from booking where created_at >= $1', [startedAt]),
    bookingsWithoutEvent: await count(
      sql,
      `select count(*)::int as n from booking b where b.created_at >= $1
          and not exists (select 1 from outbox o where o.booking_id = b.id and o.topic = 'booking.created')`,
      [startedAt],
    ),
    outbox: Object.fromEntries(outboxRows.rows.map((r) => [r.status, r.n])),
    outboxDueUndelivered,
    emailsSent: sentEmails.rows.length,
    deliveriesRetried: await count(sql, "select count(*)::int as n from outbox where status = 'SENT' and attempts > 1"),
    emailsSentNotReceived: sentEmails.rows.filter((r) => !accepted.has(bare(r.message_id))).length,
    emailsReceived: received.length,
    emailsReceivedTwice: received.filter(([, n]) => n > 1).length,
    healthReads: state.healthReads,
    healthReadsUnanswered: state.healthReadsUnanswered,
    healthAuditRows: await count(
      sql,
      `select count(*)::int as n from health_audit
        where action = 'READ' and record_type = 'referral' and at >= $1 and actor_role = 'ADMIN'`,
      [startedAt],
    ),
    personalDataInLogs: run.personal.filter((text) => logText.includes(text)),
    logLines: logText.split('\n').filter((line) => line.trim() !== '').length,
  };
}
