import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import {
  type IRateLimiterStoreOptions,
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRedis,
  RateLimiterRes,
} from 'rate-limiter-flexible';
import type { RateLimit, RateLimits } from '../config.js';
import type { Orm } from '../database/orm.js';

export type LimitName = keyof RateLimits;

/** A RATE_LIMITED error as the contract has it: when to retry, in whole seconds. */
export function rateLimitedError(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError('Too many requests: try again later', {
    extensions: { code: 'RATE_LIMITED', retryAfterSeconds, http: { status: 429 } },
  });
}

/** Thrown by `consume` when the limit is reached. */
export class RateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('rate limited');
  }
}

const retryAfter = (res: RateLimiterRes): number => Math.max(1, Math.ceil(res.msBeforeNext / 1000));

/** Long or personal keys (an email) are kept as a hash: short, and nothing readable in the store. */
export const limitKey = (value: string): string =>
  value.length <= 64 && /^[\w.:/[\]-]+$/.test(value) ? value : createHash('sha256').update(value).digest('hex');

/**
 * Counters shared by every API instance: in Redis when REDIS_URL is set, else
 * in PostgreSQL (the unlogged `rate_limit` table). The embedded database has
 * one process by nature, so its counters live in that process's memory (a
 * write to PGlite per request would hold up the whole process). Should a
 * store fail, a per-instance memory limiter of the same size decides meanwhile.
 */
export interface RateLimiters {
  /** Counts one request; throws RateLimited once the window's points are used. */
  consume(name: LimitName, key: string): Promise<void>;
  /** Throws RateLimited while the key is over its limit, without counting. */
  assertOpen(name: LimitName, key: string): Promise<void>;
  /** Forgets the key's count (a successful sign-in clears its account's failures). */
  reset(name: LimitName, key: string): Promise<void>;
  close(): Promise<void>;
}

/** Where the counters live. `namespace` keeps deployments that share one Redis apart (the database's name). */
export type LimitStore =
  | { readonly kind: 'memory' }
  | { readonly kind: 'postgres'; readonly orm: Orm }
  | { readonly kind: 'redis'; readonly url: string; readonly namespace: string };

export function openRateLimiters(limits: RateLimits, store: LimitStore): RateLimiters {
  const redis =
    store.kind === 'redis'
      ? new Redis(store.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
      : undefined;
  // ioredis reports every failed reconnection; the memory limiter takes over meanwhile.
  redis?.on('error', () => undefined);
  const build = (name: LimitName, limit: RateLimit) => {
    const inMemory = new RateLimiterMemory({ keyPrefix: name, points: limit.points, duration: limit.seconds });
    const options: IRateLimiterStoreOptions = {
      keyPrefix: store.kind === 'redis' ? `${store.namespace}:${name}` : name,
      points: limit.points,
      duration: limit.seconds,
      insuranceLimiter: inMemory,
      storeClient: undefined,
    };
    if (store.kind === 'memory') return inMemory;
    return redis
      ? new RateLimiterRedis({ ...options, storeClient: redis })
      : new RateLimiterPostgres({
          ...options,
          storeClient: store.kind === 'postgres' ? store.orm.em.getConnection().getKnex() : undefined,
          storeType: 'knex',
          tableName: 'rate_limit',
          tableCreated: true,
          clearExpiredByTimeout: true,
        });
  };
  const limiters = Object.fromEntries(
    (Object.entries(limits) as [LimitName, RateLimit][]).map(([name, limit]): [LimitName, RateLimiterAbstract] => [
      name,
      build(name, limit),
    ]),
  ) as Record<LimitName, RateLimiterAbstract>; // fromEntries loses the key type

  return {
    async consume(name, key) {
      try {
        await limiters[name].consume(limitKey(key));
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) throw new RateLimited(retryAfter(rejection));
        throw rejection;
      }
    },
    async assertOpen(name, key) {
      const res = await limiters[name].get(limitKey(key));
      if (res && res.consumedPoints >= limits[name].points) throw new RateLimited(retryAfter(res));
    },
    async reset(name, key) {
      await limiters[name].delete(limitKey(key));
    },
    async close() {
      redis?.disconnect();
    },
  };
}
