import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { EmbeddedFeed } from './change-feed.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export type Orm = MikroORM;

/** How many connections, and how long a request and a statement may wait (server only: see `openDatabase`). */
export interface PoolSettings {
  readonly max: number;
  /** Connections kept open however idle (0: all may close after 30 s idle). */
  readonly min?: number;
  /** A request waiting longer than this for a free connection fails (as unavailable, retryable). */
  readonly acquireTimeoutMs?: number;
  /** PostgreSQL cancels a statement running longer, and ends a session idle this long inside a transaction. */
  readonly statementTimeoutMs?: number;
}

/** What the pool tells the rest of the API. */
export interface OrmHooks {
  /** Runs on each new pooled connection (the embedded database's change feed uses it). */
  readonly afterCreate?: EmbeddedFeed['afterCreate'];
  /** The driver's warnings, a lost connection among them (otherwise printed as plain text). */
  readonly warn?: (line: string) => void;
}

export function ormOptions(clientUrl: string, pool: PoolSettings, { afterCreate, warn }: OrmHooks = {}): Options {
  const timeouts = pool.statementTimeoutMs
    ? { statement_timeout: pool.statementTimeoutMs, idle_in_transaction_session_timeout: pool.statementTimeoutMs }
    : {};
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [Migrator],
    discovery: { requireEntitiesArray: true },
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    pool: { min: pool.min ?? 0, max: pool.max, ...(afterCreate ? { afterCreate } : {}) },
    driverOptions: {
      // a failed connection attempt fails fast rather than hang; keep-alive notices a server gone silent
      connection: { connectionTimeoutMillis: 5000, keepAlive: true, ...timeouts },
      // knex's own wait for a pooled connection (60 s unless told)
      ...(pool.acquireTimeoutMs ? { acquireConnectionTimeout: pool.acquireTimeoutMs } : {}),
      ...(warn ? { log: { warn, error: warn, deprecate: warn, debug: () => undefined } } : {}),
    },
    forceUtcTimezone: true,
    debug: false,
    allowGlobalContext: false,
  };
}

export const openOrm = (clientUrl: string, pool: PoolSettings, hooks?: OrmHooks): Promise<Orm> =>
  MikroORM.init(ormOptions(clientUrl, pool, hooks));
