import type { Config } from '../config.js';
import type { KeyRing } from '../health/cipher.js';
import { loadKeyRing } from '../health/key-ring.js';
import { resealHealthData } from '../health/sealed-columns.js';
import { seedDemo } from '../seeders/demo.seeder.js';
import { type ChangeFeed, type EmbeddedFeed, listenOnEmbedded, listenOnServer } from './change-feed.js';
import { startEmbeddedPostgres } from './embedded.js';
import { type Orm, type OrmHooks, openOrm, type PoolSettings } from './orm.js';

export interface Database {
  readonly orm: Orm;
  readonly kind: 'embedded' | 'server';
  /** Who else changed what this instance caches. */
  readonly changes: ChangeFeed;
  /** Which database this is, as no other is: tells deployments that share one Redis apart. */
  readonly name: string;
  /** The keys its health data is sealed with. */
  readonly keys: KeyRing;
  /** True when a trivial query succeeds now. */
  ping(): Promise<boolean>;
  /** The pool right now: connections in use, idle, the most it opens, and requests waiting for one. */
  poolUsage(): { used: number; free: number; max: number; pending: number };
  close(): Promise<void>;
}

/** The database cannot be used: its message is one line saying why and what to do. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}

/** Where a postgres URL points, without its password. */
export function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

function reason(error: unknown): string {
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? ` (${error.code})` : '';
    const message = error.message.split('\n')[0] || error.name;
    return `${message}${code}`;
  }
  return String(error);
}

async function connectOrm(url: string, pool: PoolSettings, what: string, hooks?: OrmHooks): Promise<Orm> {
  let orm: Orm | undefined;
  try {
    orm = await openOrm(url, pool, hooks);
    await orm.em.getConnection().execute('select 1');
    return orm;
  } catch (error) {
    await orm?.close(true).catch(() => undefined);
    throw new DatabaseUnavailableError(`${what}: cannot use PostgreSQL at ${describeUrl(url)}: ${reason(error)}`);
  }
}

/** What poolUsage reads of knex's pool (tarn). */
interface TarnPool {
  readonly max: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

function withPing(
  orm: Orm,
  keys: KeyRing,
  kind: Database['kind'],
  changes: ChangeFeed,
  name: string,
  close: () => Promise<void>,
): Database {
  return {
    orm,
    keys,
    kind,
    changes,
    name,
    async close() {
      await changes.close();
      await close();
    },
    poolUsage() {
      // knex types its client as any; the pool is tarn's, created with the first query
      const pool: TarnPool | undefined = orm.em.getConnection().getKnex().client.pool;
      return {
        used: pool?.numUsed() ?? 0,
        free: pool?.numFree() ?? 0,
        max: pool?.max ?? 0,
        pending: pool?.numPendingAcquires() ?? 0,
      };
    },
    async ping() {
      try {
        await orm.em.getConnection().execute('select 1');
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Opens a PostgreSQL server at `url`: for maintenance (migrate, seed, tests) without timeouts. */
export const connectServer = (url: string, pool: PoolSettings = { max: 1 }, hooks?: OrmHooks): Promise<Orm> =>
  connectOrm(url, pool, 'DATABASE_URL', hooks);

/** The health-data keys; a key file that cannot be kept stops the start with one line, as a database would. */
function openKeyRing(config: Config): KeyRing {
  try {
    return loadKeyRing(config);
  } catch (error) {
    throw new DatabaseUnavailableError(
      config.databaseUrl
        ? `DATA_DIR: cannot keep the health-data key file in ${config.dataDir} (or set HEALTH_DATA_KEYS): ${reason(error)}`
        : `DATA_DIR: cannot open the embedded database in ${config.dataDir}: its health-data key file: ${reason(error)}`,
    );
  }
}

/**
 * Applies the committed migrations, then seals any health data a migration
 * left as text (it has no key); returns the names of the migrations it ran.
 */
export async function migrate(orm: Orm, keys: KeyRing): Promise<string[]> {
  const done = await orm.getMigrator().up();
  await resealHealthData(orm.em.fork(), keys, 'unsealed', undefined);
  return done.map((m) => m.name);
}

/**
 * The API's database. With `DATABASE_URL`: that server, which must already be
 * migrated (`db:migrate`). Without: the embedded database in `DATA_DIR`,
 * migrated and (unless `seed` is false: a one-off command) seeded with demo data on first start.
 */
export async function openDatabase(
  config: Config,
  log: (line: string) => void,
  warn: (line: string) => void = log,
  { seed = true }: { seed?: boolean } = {},
): Promise<Database> {
  const keys = openKeyRing(config);
  if (config.databaseUrl) {
    const orm = await connectServer(
      config.databaseUrl,
      {
        max: config.database.poolSize,
        acquireTimeoutMs: config.database.acquireTimeoutMs,
        statementTimeoutMs: config.database.statementTimeoutMs,
      },
      { warn },
    );
    const pending = await orm.getMigrator().getPendingMigrations();
    if (pending.length > 0) {
      await orm.close(true);
      throw new DatabaseUnavailableError(
        `DATABASE_URL: ${describeUrl(config.databaseUrl)} has ${pending.length} pending migration(s): run \`pnpm --filter ./apps/api db:migrate\` first`,
      );
    }
    const changes = listenOnServer(config.databaseUrl, warn);
    return withPing(orm, keys, 'server', changes, describeUrl(config.databaseUrl), () => orm.close(true));
  }

  const embedded = await startEmbeddedPostgres(config.dataDir).catch((error: unknown) => {
    throw new DatabaseUnavailableError(
      `DATA_DIR: cannot open the embedded database in ${config.dataDir}: ${reason(error)}`,
    );
  });
  // PGlite is a single session: one connection, so one transaction never waits on another.
  const changes = listenOnEmbedded();
  // PGlite is one session, whichever connection is open: statements prepared on a connection that
  // has closed are still there, and the next connection's driver, which does not know them, would
  // prepare them again and fail (42P05). So each new connection starts with none; and the one
  // connection is kept (min 1) rather than closed when idle.
  const afterCreate: EmbeddedFeed['afterCreate'] = (connection, done) => {
    connection.query('deallocate all').then(
      () => changes.afterCreate(connection, done),
      (error: Error) => done(error, connection),
    );
  };
  const orm = await connectOrm(embedded.url, { max: 1, min: 1 }, 'embedded database', { afterCreate, warn });
  const ran = await migrate(orm, keys);
  if (ran.length > 0) log(`embedded database: applied ${ran.length} migration(s)`);
  const seeded = seed ? await seedDemo(orm.em.fork(), config, Date.now(), keys) : [];
  for (const line of seeded) log(`embedded database: ${line}`);
  return withPing(orm, keys, 'embedded', changes, `embedded:${config.dataDir}`, async () => {
    await orm.close(true);
    await embedded.stop();
  });
}
