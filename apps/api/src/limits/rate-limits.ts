import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import pg from 'pg';
import {
  type IRateLimiterStoreOptions,
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { RateLimit, RateLimits } from '../config.js';
import { DatabaseUnavailableError } from '../database/database.js';
import { sha256Hex } from '../ids.js';
import { BatchedLimiter } from './batched-limiter.js';

export type LimitName = keyof RateLimits;

/** The limits every request meets: counted in batches in PostgreSQL (see BatchedLimiter), and only counted. */
const PER_REQUEST = ['ip', 'key', 'session'] as const satisfies readonly LimitName[];
type PerRequestLimit = (typeof PER_REQUEST)[number];
/** The limits operations count: these may also be asked about, or reset. */
export type OperationLimit = Exclude<LimitName, PerRequestLimit>;

const isPerRequest = (name: LimitName): name is PerRequestLimit => (PER_REQUEST as readonly LimitName[]).includes(name);

export const RATE_LIMITED_MESSAGE = 'Too many requests: try again later';

/** How long a refused caller waits, in the contract's whole seconds (at least one). */
const retryAfterSeconds = (ms: number): number => Math.max(1, Math.ceil(ms / 1000));

/** A RATE_LIMITED error as the contract has it: when to retry, in whole seconds. */
export function rateLimitedError(seconds: number): GraphQLError {
  return new GraphQLError(RATE_LIMITED_MESSAGE, {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds, http: { status: 429 } },
  });
}

/** Thrown by `consume` when the limit is reached. */
export class RateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('rate limited');
  }
}

/** Long or personal keys (an email) are kept as a hash: short, and nothing readable in the store. */
export const limitKey = (value: string): string =>
  value.length <= 64 && /^[\w.:/[\]-]+$/.test(value) ? value : sha256Hex(value);

/**
 * Counters shared by every API instance: in Redis when REDIS_URL is set, else
 * in PostgreSQL (the unlogged `rate_limit` table; the limits every request
 * meets are counted there in batches, see BatchedLimiter). The embedded
 * database has one process by nature, so its counters live in that process's
 * memory (a write to PGlite per request would hold up the whole process).
 * Should a store fail, the instance goes on limiting on its own meanwhile.
 */
export interface RateLimiters {
  /**
   * Counts one request; throws (or rejects with) RateLimited once the window's
   * points are used. Answers at once (undefined) where the count is kept here.
   */
  consume(name: LimitName, key: string): Promise<void> | undefined;
  /** Throws RateLimited while the key is over its limit, without counting. */
  assertOpen(name: OperationLimit, key: string): Promise<void>;
  /** Forgets the key's count (a successful sign-in clears its account's failures). */
  reset(name: OperationLimit, key: string): Promise<void>;
  close(): Promise<void>;
}

/** One limit's counting, whichever store keeps it. */
interface Counter {
  consume(key: string): Promise<void> | undefined;
  flush?(): Promise<void>;
}

/** A limit counted exactly in its store, which can also be asked about a key, or forget it. */
interface ExactCounter extends Counter {
  assertOpen(key: string): Promise<void>;
  reset(key: string): Promise<void>;
}

const flexibleCounter = (limiter: RateLimiterAbstract, limit: RateLimit): ExactCounter => ({
  async consume(key) {
    try {
      await limiter.consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new RateLimited(retryAfterSeconds(rejection.msBeforeNext));
      throw rejection;
    }
  },
  async assertOpen(key) {
    const res = await limiter.get(key);
    if (res && res.consumedPoints >= limit.points) throw new RateLimited(retryAfterSeconds(res.msBeforeNext));
  },
  async reset(key) {
    await limiter.delete(key);
  },
});

const batchedCounter = (limiter: BatchedLimiter): Counter => ({
  consume(key) {
    const verdict = limiter.consume(key);
    if (!verdict.allowed) throw new RateLimited(retryAfterSeconds(verdict.retryAfterMs));
    return undefined;
  },
  flush: () => limiter.flush(),
});

/** Where the counters live. `namespace` keeps deployments that share one Redis apart (the database's name). */
export type LimitStore =
  | { readonly kind: 'memory' }
  | { readonly kind: 'postgres'; readonly url: string }
  | { readonly kind: 'redis'; readonly url: string; readonly namespace: string };

// A pool of its own: a counter's round trip never waits behind a booking's transaction, and
// the driver's prepared statements (which the ORM's pool does not use) keep each one short.
const LIMITER_POOL_SIZE = 4;

/** Connects to Redis first when that is the store: a REDIS_URL that does not answer stops start-up. */
export async function openRateLimiters(limits: RateLimits, store: LimitStore): Promise<RateLimiters> {
  const redis =
    store.kind === 'redis'
      ? new Redis(store.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true })
      : undefined;
  const pool =
    store.kind === 'postgres'
      ? new pg.Pool({ connectionString: store.url, max: LIMITER_POOL_SIZE, connectionTimeoutMillis: 5000 })
      : undefined;
  // a connection that fails is dropped by the pool; the memory limiter takes over meanwhile
  pool?.on('error', () => undefined);
  // ioredis reports every failed reconnection; the memory limiter takes over meanwhile.
  redis?.on('error', () => undefined);
  if (redis && store.kind === 'redis') {
    await redis.connect().catch((error: unknown) => {
      redis.disconnect();
      const { hostname, port } = new URL(store.url);
      throw new DatabaseUnavailableError(
        `REDIS_URL: cannot use Redis at ${hostname}:${port || 6379}: ${error instanceof Error ? error.message : error}`,
      );
    });
  }
  const flexible = (name: LimitName, limit: RateLimit): ExactCounter => {
    const inMemory = new RateLimiterMemory({ keyPrefix: name, points: limit.points, duration: limit.seconds });
    const options: IRateLimiterStoreOptions = {
      keyPrefix: store.kind === 'redis' ? `${store.namespace}:${name}` : name,
      points: limit.points,
      duration: limit.seconds,
      insuranceLimiter: inMemory,
      storeClient: undefined,
    };
    const limiter: RateLimiterAbstract =
      store.kind === 'memory'
        ? inMemory
        : redis
          ? new RateLimiterRedis({ ...options, storeClient: redis })
          : new RateLimiterPostgres({
              ...options,
              storeClient: pool,
              storeType: 'pool',
              tableName: 'rate_limit',
              tableCreated: true,
              clearExpiredByTimeout: true,
            });
    return flexibleCounter(limiter, limit);
  };
  const counters = Object.fromEntries(
    (Object.entries(limits) as [LimitName, RateLimit][]).map(([name, limit]): [LimitName, Counter] => [
      name,
      pool && isPerRequest(name) ? batchedCounter(new BatchedLimiter(pool, name, limit)) : flexible(name, limit),
    ]),
  ) as Record<PerRequestLimit, Counter> & Record<OperationLimit, ExactCounter>; // fromEntries loses the key types

  return {
    consume: (name, key) => counters[name].consume(limitKey(key)),
    assertOpen: (name, key) => counters[name].assertOpen(limitKey(key)),
    reset: (name, key) => counters[name].reset(limitKey(key)),
    async close() {
      await Promise.all(Object.values(counters).map((c) => c.flush?.()));
      redis?.disconnect();
      await pool?.end();
    },
  };
}
