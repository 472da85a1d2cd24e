import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@mm/api/config';
import { openDatabase } from '@mm/api/database';
import pg from 'pg';
import { freePort, stackOrigins, startStack } from '../../scripts/stack.mjs';

const root = join(import.meta.dirname, '../..');

async function onServer(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database on DATABASE_URL's server, prepared with the API's own
 * `db:migrate` and `db:seed` commands, as an operator would.
 */
export async function freshServerDatabase(
  baseUrl: string,
  env: Record<string, string>,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `mm_e2e_${randomBytes(6).toString('hex')}`;
  await onServer(baseUrl, `create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  for (const command of ['migrate', 'seed']) {
    execFileSync(process.execPath, [join(root, 'apps/api/dist/database/cli.js'), command], {
      env: { ...process.env, ...env, DATABASE_URL: url.toString() },
      stdio: 'pipe',
    });
  }
  return { url: url.toString(), drop: () => onServer(baseUrl, `drop database if exists ${name} with (force)`) };
}

export interface TestStack {
  readonly apiUrl: string;
  readonly adminUrl: string;
  readonly partnerUrl: string;
  stop(): Promise<void>;
}

/**
 * The whole product as `npm start` runs it, on free ports and its own database;
 * `prepare` runs SQL on the seeded database before the API starts (to set a scene
 * that cannot be made through the API, such as a booking due tomorrow); `apiEnv` adds
 * API settings (a test's own timings, say).
 */
export async function startTestStack(prepare?: string, apiEnv: Record<string, string> = {}): Promise<TestStack> {
  const serverUrl = process.env.DATABASE_URL || undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'mm-e2e-'));
  const [apiPort, adminPort, partnerPort] = [await freePort(), await freePort(), await freePort()];
  const origins = stackOrigins(adminPort, partnerPort);
  const database = serverUrl ? await freshServerDatabase(serverUrl, { ...origins, DATA_DIR: dataDir }) : undefined;
  if (prepare && database) await onServer(database.url, prepare);
  if (prepare && !database) {
    // the embedded database, seeded as the API would on its first start, then closed for it
    const db = await openDatabase(loadConfig({ ...origins, DATA_DIR: dataDir }), () => undefined);
    await db.orm.em
      .getConnection()
      .execute(prepare)
      .finally(() => db.close());
  }
  const stack = await startStack({
    apiPort,
    adminPort,
    partnerPort,
    dataDir,
    databaseUrl: database?.url,
    quiet: true,
    // Every browser test of a file calls from 127.0.0.1: a visitor's limit (600 a minute) would cut
    // a file short, and whether it does would hang on the machine's speed. Limits have tests of their own.
    apiEnv: { RATE_LIMIT_IP: '100000/60', ...apiEnv },
  });
  return {
    ...stack,
    async stop() {
      await stack.stop();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
