import { setTimeout as sleep } from 'node:timers/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isDatabaseUnavailable } from '../database/unavailable.js';
import type { KeyRing } from '../health/cipher.js';
import { placeOf } from '../health/cipher.js';
import type { Logger } from '../logger.js';
import { composeEmail, type EmailSettings, NOTHING_TO_SEND } from './email-content.js';
import { EndpointRefused, type EndpointRules } from './endpoint-address.js';
import type { MailTransport } from './mail-transport.js';
import { claimDue, keepAndMarkSent, markDone, markFailed, type OutboxRow } from './outbox-row.js';
import { postWebhook } from './webhook-sender.js';
import { SIGNATURE_HEADER, signatureHeader } from './webhook-signature.js';

export interface WorkerSettings {
  /** How often an idle worker looks for due rows. */
  readonly pollMs: number;
  readonly batchSize: number;
  /** How long a claimed row is this worker's; past it, another may take it (the worker died). */
  readonly leaseSeconds: number;
  /** Attempts before a row is DEAD. */
  readonly maxAttempts: number;
  /** The first retry waits about this long, each next one twice as long (with jitter), capped at six hours. */
  readonly retryBaseMs: number;
  /** The hour (operator's zone) the next day's schedule goes to therapists. */
  readonly digestHour: number;
}

export interface DeliverySettings {
  readonly email: EmailSettings;
  /** Undefined without SMTP: emails are only kept. */
  readonly mail: MailTransport | undefined;
  readonly webhooks: EndpointRules & { readonly timeoutMs: number };
  readonly keys: KeyRing;
  readonly worker: WorkerSettings;
}

const RETRY_CAP_MS = 6 * 3600 * 1000;

/** Exponential backoff with full jitter: a random wait up to base·2^(attempt−1), capped. */
export const retryDelay = (attempt: number, baseMs: number, random = Math.random): number =>
  Math.round(random() * Math.min(RETRY_CAP_MS, baseMs * 2 ** Math.max(0, attempt - 1)));

/** Writes what was just delivered; see `recordingUntil`. */
type RecordDelivery = <T>(write: () => Promise<T>) => Promise<T>;

/**
 * Once a delivery has gone out, writing that it did must not be given up for a
 * database that is away for a moment: the row would be taken again when its
 * lease runs out, and sent twice. So the write is tried again while the
 * database is unavailable, until shortly before the lease ends (`leaseEndsAt`).
 */
export function recordingUntil(leaseEndsAt: number): RecordDelivery {
  return async (write) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await write();
      } catch (error) {
        const wait = Math.min(2000, 100 * 2 ** attempt);
        if (!isDatabaseUnavailable(error) || Date.now() + wait >= leaseEndsAt) throw error;
        await sleep(wait);
      }
    }
  };
}

/** The message id an email keeps on every attempt. */
const messageIdOf = (row: OutboxRow, host: string) => `<${row.id}@${host}>`;

class DeliveryFailure extends Error {
  constructor(
    message: string,
    readonly responseCode: number | null = null,
  ) {
    super(message);
  }
}

async function deliverEmail(
  em: EntityManager,
  row: OutboxRow,
  settings: DeliverySettings,
  record: RecordDelivery,
): Promise<'SENT' | 'SKIPPED'> {
  const render = await composeEmail(em, row, settings.email, new Date());
  if (render === NOTHING_TO_SEND) return 'SKIPPED';
  const messageId = messageIdOf(row, new URL(settings.email.publicUrl).hostname);
  if (settings.mail) await settings.mail.send(render('recipient'), { from: settings.email.from, messageId });
  const kept = render('record');
  await record(() =>
    keepAndMarkSent(em, row.id, {
      to: kept.to.address,
      subject: kept.subject,
      text: kept.text,
      html: kept.html,
      invite: kept.invite?.content ?? null,
      messageId,
      transport: settings.mail ? 'SMTP' : 'KEPT',
    }),
  );
  return 'SENT';
}

async function deliverWebhook(
  em: EntityManager,
  row: OutboxRow,
  settings: DeliverySettings,
): Promise<{ status: 'SENT' | 'CANCELLED'; code: number | null }> {
  const [endpoint] = await em.execute<
    {
      id: string;
      url: string;
      secret: Buffer;
      previous_secret: Buffer | null;
      previous_valid: boolean;
      active: boolean;
    }[]
  >(
    `select id, url, secret, previous_secret, coalesce(previous_valid_until > now(), false) as previous_valid, active
       from webhook_endpoint where id = ?`,
    [row.endpointId],
  );
  if (!endpoint?.active) return { status: 'CANCELLED', code: null };
  const secrets = [settings.keys.openText(endpoint.secret, placeOf('webhook_endpoint', 'secret', endpoint.id))];
  if (endpoint.previous_valid) {
    secrets.push(
      settings.keys.openText(endpoint.previous_secret, placeOf('webhook_endpoint', 'previous_secret', endpoint.id)),
    );
  }
  const body = JSON.stringify(row.payload);
  const timestamp = Math.floor(Date.now() / 1000);
  const response = await postWebhook(
    endpoint.url,
    body,
    {
      [SIGNATURE_HEADER]: signatureHeader(
        secrets.filter((s): s is string => s !== null),
        timestamp,
        body,
      ),
      'X-MM-Event': row.topic,
      'X-MM-Delivery': row.id,
      'user-agent': 'mm-webhooks/1',
    },
    { ...settings.webhooks },
  );
  if (response.status < 200 || response.status > 299) {
    throw new DeliveryFailure(`the endpoint answered ${response.status}`, response.status);
  }
  return { status: 'SENT', code: response.status };
}

/** What may be said of a failure in the delivery log: the kind, never a server's words back (they may echo data). */
function failureText(error: unknown): string {
  if (error instanceof DeliveryFailure || error instanceof EndpointRefused) return error.message;
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? error.code : undefined;
    if (code) return `could not deliver (${code})`;
    if (/within \d+ ms/.test(error.message)) return error.message;
  }
  return 'could not deliver';
}

/**
 * Delivers what the outbox holds, after commit, at least once: claims due rows
 * (several instances share the work, none takes a row another holds), sends
 * each, and records the outcome; a failure is retried with backoff until the
 * last attempt, then the row is DEAD and shows in the console.
 */
export class OutboxWorker {
  #timer: NodeJS.Timeout | undefined;
  #ticking: Promise<void> | undefined;
  readonly #inFlight = new Set<Promise<void>>();
  #stopped = true;
  #lastDigest = 0;
  /** The last look found more due than there was room for: a delivery ending calls for the next look. */
  #awaitingRoom = false;

  constructor(
    private readonly em: () => EntityManager,
    private readonly settings: DeliverySettings,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.#stopped = false;
    this.#schedule(0);
  }

  /** Stops claiming, then waits for the deliveries under way. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#ticking;
    await Promise.all(this.#inFlight);
  }

  #schedule(ms: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#ticking = this.#tick().finally(() => {
        this.#ticking = undefined;
      });
    }, ms);
    this.#timer.unref();
  }

  async #tick(): Promise<void> {
    let claimed = 0;
    try {
      if (Date.now() - this.#lastDigest > 60_000) {
        this.#lastDigest = Date.now();
        await scheduleDigests(this.em(), this.settings.email.timeZone, this.settings.worker.digestHour);
      }
      claimed = await this.#claim(this.settings.worker.batchSize - this.#inFlight.size);
    } catch (error) {
      this.logger.warn({ err: failureText(error) }, 'outbox: could not claim due messages');
    }
    // A full claim suggests more are due: go on at once while there is room, else as soon as there is.
    const room = this.#inFlight.size < this.settings.worker.batchSize;
    this.#awaitingRoom = claimed > 0 && !room;
    this.#schedule(claimed > 0 && room ? 0 : this.settings.worker.pollMs);
  }

  /** A delivery has ended: if the worker was waiting for room, it looks again now rather than a poll later. */
  #roomMade(): void {
    if (!this.#awaitingRoom || this.#ticking || this.#stopped) return;
    this.#awaitingRoom = false;
    clearTimeout(this.#timer);
    this.#schedule(0);
  }

  /**
   * Claims up to `room` due rows and starts delivering them, without waiting: one
   * slow receiver holds its own row, not the others' (at most a batch at once).
   */
  async #claim(room: number): Promise<number> {
    if (room <= 0) return 0;
    const { worker } = this.settings;
    const rows = await claimDue(this.em(), room, worker.leaseSeconds);
    for (const row of rows) {
      const delivery = this.#deliver(row).finally(() => {
        this.#inFlight.delete(delivery);
        this.#roomMade();
      });
      this.#inFlight.add(delivery);
    }
    return rows.length;
  }

  /** Claims one batch and delivers it, waiting for every delivery; the number of rows claimed. */
  async runOnce(): Promise<number> {
    const rows = await claimDue(this.em(), this.settings.worker.batchSize, this.settings.worker.leaseSeconds);
    await Promise.all(rows.map((row) => this.#deliver(row)));
    return rows.length;
  }

  async #deliver(row: OutboxRow): Promise<void> {
    const em = this.em();
    const { worker } = this.settings;
    // the lease began at the claim, just before; a second's margin for the clocks of the two
    const record = recordingUntil(Date.now() + (worker.leaseSeconds - 1) * 1000);
    try {
      if (row.channel === 'EMAIL') {
        const status = await deliverEmail(em, row, this.settings, record);
        if (status === 'SKIPPED') await markDone(em, row.id, 'SKIPPED');
      } else {
        const outcome = await deliverWebhook(em, row, this.settings);
        await record(() => markDone(em, row.id, outcome.status, outcome.code));
      }
    } catch (error) {
      const last = row.attempts >= worker.maxAttempts;
      const responseCode = error instanceof DeliveryFailure ? error.responseCode : null;
      await markFailed(em, row.id, {
        error: failureText(error),
        responseCode,
        retryInMs: last ? null : retryDelay(row.attempts, worker.retryBaseMs),
      }).catch(() => undefined); // the lease runs out and the row is tried again
      this.logger.warn(
        { outbox: row.id, topic: row.topic, channel: row.channel, attempt: row.attempts, dead: last },
        `outbox: delivery failed: ${failureText(error)}`,
      );
    }
  }
}

/**
 * Tomorrow's schedule for each therapist with an account and a booking
 * tomorrow, due at `hour` today (at once when that is past). Any instance may
 * run it: a digest is one row per therapist and day.
 */
export async function scheduleDigests(em: EntityManager, zone: string, hour: number): Promise<void> {
  await em.execute(
    `with day as (select (now() at time zone ?)::date + 1 as tomorrow)
     insert into outbox (id, topic, channel, template, recipient, dedupe_key, payload, due_at)
     select gen_random_uuid(), 'therapist.digest', 'EMAIL', 'therapist.digest', 'staff:' || s.id,
            'digest:' || s.id || ':' || day.tomorrow, json_build_object('date', day.tomorrow::text),
            greatest(now(), ((day.tomorrow - 1)::timestamp + make_interval(hours => ?)) at time zone ?)
       from day, staff_account s
      where s.active and s.therapist_id is not null
        and exists (select 1 from booking b where b.therapist_id = s.therapist_id and b.status = 'CONFIRMED'
                      and b.starts_at >= (day.tomorrow::timestamp at time zone ?)
                      and b.starts_at < ((day.tomorrow + 1)::timestamp at time zone ?))
     on conflict (dedupe_key) do nothing`,
    [zone, hour, zone, zone, zone],
  );
}
