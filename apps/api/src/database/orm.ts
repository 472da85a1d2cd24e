import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options, PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { EmbeddedFeed } from './change-feed.js';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export type Orm = MikroORM;

/** `afterCreate` runs on each new pooled connection (the embedded database's change feed uses it). */
export function ormOptions(clientUrl: string, poolMax: number, afterCreate?: EmbeddedFeed['afterCreate']): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [Migrator],
    discovery: { requireEntitiesArray: true },
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    pool: { min: 0, max: poolMax, ...(afterCreate ? { afterCreate } : {}) },
    // a failed connection attempt should fail fast at start-up, not hang
    driverOptions: { connection: { connectionTimeoutMillis: 5000 } },
    forceUtcTimezone: true,
    debug: false,
    allowGlobalContext: false,
  };
}

export const openOrm = (clientUrl: string, poolMax: number, afterCreate?: EmbeddedFeed['afterCreate']): Promise<Orm> =>
  MikroORM.init(ormOptions(clientUrl, poolMax, afterCreate));
