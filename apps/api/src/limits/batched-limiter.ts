import type pg from 'pg';
import type { RateLimit } from '../config.js';

/** What a batched limiter says of one request. */
export type Verdict = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterMs: number };

interface Window {
  /** Points the shared store held for the key at the last exchange (ours included). */
  shared: number;
  /** Points counted here since then, not yet in the store. */
  pending: number;
  /** When the key's window ends, epoch milliseconds. */
  expire: number;
}

const FLUSH_EVERY_MS = 100;
const MAX_KEYS = 100_000;

/**
 * A fixed-window limiter for the per-request limits (address, key, session)
 * that keeps its counts in the shared `rate_limit` table without a round trip
 * per request: each instance decides from the store's last total plus what it
 * counted since, and adds its counts to the store every 100 ms in one statement,
 * which answers the new totals. Within an instance the limit is exact; across
 * instances a request may pass on a total up to 100 ms old. The limits for
 * guessable secrets use an exact store per request instead (rate-limits.ts).
 */
export class BatchedLimiter {
  readonly #windows = new Map<string, Window>();
  readonly #pool: pg.Pool;
  readonly #limit: RateLimit;
  readonly #prefix: string;
  #timer: NodeJS.Timeout | undefined;
  #flushing: Promise<void> | undefined;

  constructor(pool: pg.Pool, prefix: string, limit: RateLimit) {
    this.#pool = pool;
    this.#prefix = prefix;
    this.#limit = limit;
  }

  consume(key: string, now = Date.now()): Verdict {
    let window = this.#windows.get(key);
    if (!window || window.expire <= now) {
      window = { shared: 0, pending: 0, expire: now + this.#limit.seconds * 1000 };
      this.#windows.set(key, window);
    }
    if (window.shared + window.pending >= this.#limit.points) {
      return { allowed: false, retryAfterMs: window.expire - now };
    }
    window.pending += 1;
    this.#timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS).unref();
    return { allowed: true };
  }

  /** Adds what this instance counted to the store, and learns the totals of those keys. */
  flush(): Promise<void> {
    this.#timer = undefined;
    this.#flushing ??= this.#exchange().finally(() => {
      this.#flushing = undefined;
    });
    return this.#flushing;
  }

  async #exchange(): Promise<void> {
    const now = Date.now();
    const sent = [...this.#windows].filter(([, w]) => w.pending > 0).map(([key, w]) => ({ key, w, points: w.pending }));
    this.#sweep(now);
    if (sent.length === 0) return;
    try {
      const { rows } = await this.#pool.query<{ key: string; points: number; expire: string }>({
        name: 'batched-limiter-add',
        text: `insert into rate_limit (key, points, expire)
                 select * from unnest($1::text[], $2::int[], $3::bigint[])
               on conflict (key) do update set
                 points = case when rate_limit.expire <= $4 then excluded.points else rate_limit.points + excluded.points end,
                 expire = case when rate_limit.expire <= $4 then excluded.expire else rate_limit.expire end
               returning key, points, expire`,
        values: [
          sent.map((s) => `${this.#prefix}:${s.key}`),
          sent.map((s) => s.points),
          sent.map((s) => s.w.expire),
          now,
        ],
      });
      const totals = new Map(rows.map((r) => [r.key, r]));
      for (const { key, w, points } of sent) {
        const row = totals.get(`${this.#prefix}:${key}`);
        w.pending -= points;
        if (row) {
          w.shared = row.points;
          w.expire = Number(row.expire);
        }
      }
    } catch {
      // the store is unreachable: counts stay pending here, and this instance still limits on its own
    }
    if ([...this.#windows.values()].some((w) => w.pending > 0)) {
      this.#timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS).unref();
    }
  }

  /** Forgets windows that have ended; caps how many keys one instance remembers. */
  #sweep(now: number): void {
    for (const [key, w] of this.#windows) if (w.expire <= now && w.pending === 0) this.#windows.delete(key);
    if (this.#windows.size > MAX_KEYS) {
      for (const [key, w] of this.#windows) if (w.pending === 0) this.#windows.delete(key);
    }
  }
}
