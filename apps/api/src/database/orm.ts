import { Migrator } from '@mikro-orm/migrations';
import { MikroORM, type Options, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { entities } from './entities.js';
import { migrationsList } from './migrations/index.js';

export type Orm = MikroORM;

export function ormOptions(clientUrl: string, poolMax: number): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [Migrator],
    discovery: { requireEntitiesArray: true },
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    pool: { min: 0, max: poolMax },
    // a failed connection attempt should fail fast at start-up, not hang
    driverOptions: { connection: { connectionTimeoutMillis: 5000 } },
    forceUtcTimezone: true,
    debug: false,
    allowGlobalContext: false,
  };
}

export const openOrm = (clientUrl: string, poolMax: number): Promise<Orm> =>
  MikroORM.init(ormOptions(clientUrl, poolMax));
