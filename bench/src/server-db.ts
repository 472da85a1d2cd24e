import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { type BenchData, benchDataSql } from './bench-data.js';

const run = promisify(execFile);
const cli = join(dirname(fileURLToPath(import.meta.url)), '../../apps/api/dist/database/cli.js');

export const BENCH_THERAPISTS_SQL = "select id from therapist where display_name like 'Bench %' order by display_name";

/** A scratch database on the PostgreSQL server: created for the bench, dropped after. */
export interface ScratchDatabase {
  readonly name: string;
  readonly url: string;
  drop(): Promise<void>;
}

/** One connection to the database at `url` for `work`, closed after. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A new database, migrated and seeded with the demo data by the API's own
 * commands; or, given a `template` (such a database, which nobody is connected
 * to), a copy of it, which is much quicker.
 */
export async function createScratchDatabase(baseUrl: string, template?: ScratchDatabase): Promise<ScratchDatabase> {
  const name = `mm_bench_${randomBytes(5).toString('hex')}`;
  await withClient(baseUrl, (admin) =>
    admin.query(`create database ${name}${template ? ` template ${template.name}` : ''}`),
  );
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const database = {
    name,
    url: url.toString(),
    drop: () =>
      withClient(baseUrl, (admin) => admin.query(`drop database if exists ${name} with (force)`)).then(() => {}),
  };
  if (template) return database;
  try {
    for (const command of ['migrate', 'seed']) {
      await run(process.execPath, [cli, command], { env: { ...process.env, DATABASE_URL: database.url } });
    }
  } catch (error) {
    await database.drop();
    throw error;
  }
  return database;
}

/** Adds the bench's therapists and bookings (bulk SQL, then `analyze`); answers the therapists' ids. */
export async function addBenchData(url: string, data: BenchData): Promise<string[]> {
  return withClient(url, async (client) => {
    for (const sql of benchDataSql(data)) await client.query(sql);
    await client.query('analyze');
    return (await client.query<{ id: string }>(BENCH_THERAPISTS_SQL)).rows.map((r) => r.id);
  });
}
