import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@mm/api/config';
import { openDatabase } from '@mm/api/database';
import pg from 'pg';
import { freePort, startApiProcess } from '../../scripts/stack.mjs';
import { freshServerDatabase } from './stack.js';

/** Runs one SQL statement and answers its rows. */
export type Sql = (statement: string) => Promise<Record<string, unknown>[]>;

export interface ApiUnderTest {
  readonly url: string;
  /** The database it runs on, on DATABASE_URL's server; undefined on the embedded one. */
  readonly databaseUrl: string | undefined;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Everything the API process has written to stdout and stderr. */
  output(): string;
  /** Kills the process with SIGKILL, as a crash would, keeping its data. */
  crash(): Promise<void>;
  /** Starts the API again on the same data and settings (after a crash). */
  restart(): Promise<void>;
  /**
   * Runs `read` with SQL on the API's database and answers what it answers. On a server it runs
   * beside the API. The embedded database belongs to the API process, so that process is stopped
   * first (SIGTERM, as operators stop it) and, unless `restart` is false, started again after on
   * the same data and port (`output()` is then the new process's).
   */
  readDatabase<T>(read: (sql: Sql) => Promise<T>, options?: { restart?: boolean }): Promise<T>;
  /** Stops the process and drops its data; later calls wait for the first. */
  stop(): Promise<void>;
}

/** Runs SQL on the fresh database before the API starts (to inject a fault, say). */
type Prepare = (sql: (statement: string) => Promise<void>) => Promise<void>;

/**
 * The built API as operators run it, in a process of its own, on a fresh
 * database: the embedded one in a temporary folder, or a new database on
 * DATABASE_URL's server (migrated and seeded by the API's own commands).
 */
export async function startTestApiProcess(env: Record<string, string> = {}, prepare?: Prepare): Promise<ApiUnderTest> {
  const serverUrl = process.env.DATABASE_URL || undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'mm-api-process-'));
  // the commands keep the health-data key file where the API will look for it
  const database = serverUrl ? await freshServerDatabase(serverUrl, { ...env, DATA_DIR: dataDir }) : undefined;
  if (database && prepare) {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await prepare(async (statement) => void (await client.query(statement))).finally(() => client.end());
  } else if (prepare) {
    const db = await openDatabase(loadConfig({ ...env, DATA_DIR: dataDir }), () => undefined);
    const conn = db.orm.em.getConnection();
    await prepare(async (statement) => void (await conn.execute(statement))).finally(() => db.close());
  }
  const port = await freePort();
  const start = () =>
    startApiProcess({ port, env: { ...env, DATA_DIR: dataDir, DATABASE_URL: database?.url ?? '' }, quiet: true });
  let api = await start();
  let stopped: Promise<void> | undefined;
  return {
    url: api.url,
    databaseUrl: database?.url,
    post: (body, headers = {}) =>
      fetch(api.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    output: () => api.output(),
    async crash() {
      await api.crash();
    },
    async restart() {
      api = await start();
    },
    async readDatabase(read, { restart = true } = {}) {
      if (database) {
        const client = new pg.Client({ connectionString: database.url });
        await client.connect();
        try {
          return await read(async (statement) => (await client.query(statement)).rows);
        } finally {
          await client.end();
        }
      }
      await api.stop();
      try {
        const db = await openDatabase(loadConfig({ ...env, DATA_DIR: dataDir }), () => undefined, undefined, {
          seed: false,
        });
        const conn = db.orm.em.getConnection();
        try {
          return await read((statement) => conn.execute<Record<string, unknown>[]>(statement));
        } finally {
          await db.close();
        }
      } finally {
        if (restart) api = await start();
      }
    },
    stop() {
      stopped ??= (async () => {
        await api.stop();
        await database?.drop();
        rmSync(dataDir, { recursive: true, force: true });
      })();
      return stopped;
    },
  };
}
