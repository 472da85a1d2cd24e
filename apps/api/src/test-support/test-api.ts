import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, loadConfig } from '../config.js';
import { connectServer, migrate } from '../database/database.js';
import { seedDemo } from '../seeders/demo.seeder.js';
import { type RunningApi, startApi } from '../server.js';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string } }[];
}

export interface TestApi {
  readonly api: RunningApi;
  readonly url: string;
  /** Which database this run uses: the embedded one, or a fresh database on DATABASE_URL's server. */
  readonly kind: 'embedded' | 'server';
  graphql<T>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

const serverUrl = process.env.DATABASE_URL || undefined;

/** A fresh, migrated and seeded database on the server; dropped by the returned function. */
async function freshServerDatabase(baseUrl: string, config: Config): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `mm_test_${randomBytes(6).toString('hex')}`;
  const admin = await connectServer(baseUrl, 1);
  await admin.em.getConnection().execute(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const orm = await connectServer(url.toString(), 1);
  await migrate(orm);
  await seedDemo(orm.em.fork(), config, Date.now());
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
 * Starts the real API on a free port, over the embedded database in a
 * temporary folder, or, when DATABASE_URL is set, over a fresh database on
 * that server. Every test file gets its own database.
 */
/**
 * Every test file calls from 127.0.0.1, many times over: limits generous
 * enough not to get in the way, unless a test sets its own.
 */
const ROOMY_LIMITS = Object.fromEntries(
  ['IP', 'KEY', 'SESSION', 'REFERRAL', 'MANAGE', 'LOGIN_IP', 'LOGIN_ACCOUNT'].map((name) => [
    `RATE_LIMIT_${name}`,
    '1000000/60',
  ]),
);

export async function startTestApi(env: Record<string, string> = {}): Promise<TestApi> {
  const base: Config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...ROOMY_LIMITS, ...env });
  let cleanup: () => Promise<void>;
  let config: Config;
  if (serverUrl) {
    const db = await freshServerDatabase(serverUrl, base);
    config = { ...base, databaseUrl: db.url };
    cleanup = db.drop;
  } else {
    const dataDir = mkdtempSync(join(tmpdir(), 'mm-api-test-'));
    config = { ...base, databaseUrl: undefined, dataDir };
    cleanup = async () => rmSync(dataDir, { recursive: true, force: true });
  }
  const api = await startApi(config);
  return {
    api,
    url: api.url,
    kind: api.database.kind,
    async graphql<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>; // the body is the GraphQL response
    },
    async close() {
      await api.close();
      await cleanup();
    },
  };
}
