import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, loadConfig } from '../config.js';
import { connectServer, migrate } from '../database/database.js';
import { newHealthKey } from '../health/cipher.js';
import { loadKeyRing } from '../health/key-ring.js';
import { seedDemo } from '../seeders/demo.seeder.js';
import { type RunningApi, startApi } from '../server.js';
import type { BookingSettings } from '../settings.js';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; field?: string; retryAfterSeconds?: number };
  }[];
}

export interface TestApi {
  readonly api: RunningApi;
  readonly url: string;
  /** Which database this run uses: the embedded one, or a fresh database on DATABASE_URL's server. */
  readonly kind: 'embedded' | 'server';
  /** The server database's URL, for a second instance on it; undefined on the embedded one. */
  readonly databaseUrl: string | undefined;
  graphql<T>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** A POST to /graphql with any body (a string is sent as is), for tests of the HTTP surface. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** One SQL statement on this test's database. */
  sql<T = Record<string, unknown>>(query: string, params?: unknown[]): Promise<T[]>;
  /** Stops this instance and starts another on the same database and settings (a deploy, a crash and restart). */
  restart(): Promise<TestApi>;
  close(): Promise<void>;
}

const serverUrl = process.env.DATABASE_URL || undefined;

/** A fresh, migrated database on the server (seeded with demo data when given a config); dropped by `drop`. */
export async function freshServerDatabase(
  baseUrl: string,
  seedWith?: Config,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `mm_test_${randomBytes(6).toString('hex')}`;
  const admin = await connectServer(baseUrl);
  await admin.em.getConnection().execute(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const orm = await connectServer(url.toString());
  const keys = loadKeyRing(seedWith ?? TEST_KEYS);
  await migrate(orm, keys);
  if (seedWith) await seedDemo(orm.em.fork(), seedWith, Date.now(), keys);
  await orm.close(true);
  return {
    url: url.toString(),
    async drop() {
      await admin.em.getConnection().execute(`drop database if exists ${name} with (force)`);
      await admin.close(true);
    },
  };
}

/**
 * Every test file calls from 127.0.0.1, many times over: limits generous
 * enough not to get in the way, unless a test sets its own.
 */
/** One health-data key for this test process: every instance it starts opens what the others sealed. */
const TEST_KEYS = { healthKeys: [newHealthKey()], dataDir: tmpdir() };

/** Message settings for tests that build BookingSettings by hand. */
export const TEST_MESSAGES: BookingSettings['messages'] = {
  timings: { reminderHours: 24, followUpHours: 2 },
  endpoints: { httpsOnly: false, allowLoopback: true },
};

const ROOMY_LIMITS = Object.fromEntries(
  ['IP', 'KEY', 'SESSION', 'REFERRAL', 'REFERRAL_CODE', 'MANAGE', 'LOGIN_IP', 'LOGIN_ACCOUNT'].map((name) => [
    `RATE_LIMIT_${name}`,
    '1000000/60',
  ]),
);

/**
 * Starts the real API on a free port, over the embedded database in a
 * temporary folder, or, when DATABASE_URL is set, over a fresh database on
 * that server. Every test file gets its own database.
 */
export async function startTestApi(
  env: Record<string, string> = {},
  options: { sameDatabaseAs?: TestApi } = {},
): Promise<TestApi> {
  const loaded = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...ROOMY_LIMITS, ...env });
  const base: Config = { ...loaded, healthKeys: loaded.healthKeys ?? TEST_KEYS.healthKeys };
  let cleanup: () => Promise<void>;
  let config: Config;
  const shared = options.sameDatabaseAs;
  if (shared) {
    // A second instance on the first one's database (a server: the embedded one has one process)
    if (!shared.databaseUrl) throw new Error('a second instance needs a database server');
    config = { ...base, databaseUrl: shared.databaseUrl };
    cleanup = async () => undefined;
  } else if (serverUrl) {
    const db = await freshServerDatabase(serverUrl, base);
    config = { ...base, databaseUrl: db.url };
    cleanup = db.drop;
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'mm-api-test-'));
    config = { ...base, databaseUrl: undefined, dataDir };
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  }
  return wrap(await startApi(config), config, cleanup);
}

function wrap(api: RunningApi, config: Config, cleanup: () => Promise<void>): TestApi {
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return {
    api,
    url: api.url,
    kind: api.database.kind,
    databaseUrl: config.databaseUrl,
    post,
    async graphql<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const response = await post({ query, variables }, headers);
      return (await response.json()) as GraphQLResponse<T>; // the body is the GraphQL response
    },
    sql: <T>(query: string, params: unknown[] = []) => api.database.orm.em.getConnection().execute<T[]>(query, params),
    async restart() {
      await api.close();
      return wrap(await startApi(config), config, cleanup);
    },
    async close() {
      await api.close();
      await cleanup();
    },
  };
}
