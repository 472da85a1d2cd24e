// The benchmarks of the booking engine, and the widget's download size, with their targets:
//   npm run bench                      embedded database (and the domain alone)
//   DATABASE_URL=postgres://... npm run bench   also a PostgreSQL server (fresh database, dropped after)
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@mm/api/config';
import { openDatabase } from '@mm/api/database';
import pg from 'pg';
import { freePort, startApiProcess } from '../../scripts/stack.mjs';
import { startBaselineProcess } from './baseline/process.js';
import { BENCH_DATA_SQL } from './bench-data.js';
import { benchDomain } from './domain.bench.js';
import { benchAvailability, benchCreateBooking } from './http.bench.js';
import type { Endpoint } from './load.js';
import { type Figure, printFigures } from './stats.js';
import { benchThroughput } from './throughput.bench.js';
import { benchWidgetSize } from './widget-size.bench.js';

const cli = join(dirname(fileURLToPath(import.meta.url)), '../../apps/api/dist/database/cli.js');
const THERAPISTS_SQL = "select id from therapist where display_name like 'Bench %' order by display_name";

/**
 * The throughput bench calls as the widget on the demo partner's page does: its
 * publishable key from its origin (as seeded). The baseline gets the same bytes.
 */
const API_HEADERS: Readonly<Record<string, string>> = {
  'X-Partner-Key': 'pk_demo_harbourside',
  Origin: 'http://127.0.0.1:5174',
};

/**
 * The API as deployed: access log on (info), and rate limits counting every
 * request, set far above what the bench sends (from one address) so that none
 * is refused. Its output goes to a file, not through this process (where the
 * load generator runs); warnings and errors are printed after.
 */
const API_ENV = { RATE_LIMIT_IP: '999999999/60', RATE_LIMIT_KEY: '999999999/60', LOG_LEVEL: 'info' };

/** The API's log lines at warning level or above (pino: 40 and up). */
function printApiProblems(output: string): void {
  const problems = output.split('\n').filter((line) => /"level":(4|5|6)\d/.test(line));
  for (const line of problems.slice(0, 20)) console.log(`  [api] ${line}`);
  if (problems.length > 20) console.log(`  [api] … and ${problems.length - 20} more`);
}

/** req/s of the catalogue queries against a plain Apollo Server (started for this) and against the API. */
async function throughputAgainstBaseline(api: Endpoint, label: string, targets: boolean): Promise<Figure[]> {
  const baseline = await startBaselineProcess(await freePort());
  try {
    return await benchThroughput({ graphqlUrl: baseline.graphqlUrl, headers: api.headers }, api, {
      label,
      connections: 20,
      seconds: 1,
      warmUpSeconds: 2,
      rounds: 10,
      targets,
    });
  } finally {
    await baseline.stop();
  }
}

async function embedded(): Promise<boolean> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mm-bench-'));
  try {
    const db = await openDatabase(loadConfig({ DATA_DIR: dataDir }), () => undefined);
    const conn = db.orm.em.getConnection();
    for (const sql of BENCH_DATA_SQL) await conn.execute(sql);
    const therapistIds = (await conn.execute<{ id: string }[]>(THERAPISTS_SQL)).map((r) => r.id);
    await db.close();
    const api = await startApiProcess({
      port: await freePort(),
      env: { ...API_ENV, DATA_DIR: dataDir, DATABASE_URL: '' },
      quiet: true,
      logFile: join(dataDir, 'api.log'),
    });
    try {
      // throughput first, while the API is as fresh as the baseline it is compared with
      const throughput = await throughputAgainstBaseline(
        { graphqlUrl: api.graphqlUrl, headers: API_HEADERS },
        'embedded',
        false,
      );
      const figures = [
        ...(await benchAvailability(api, 'embedded', 20, false)),
        ...(await benchCreateBooking(api, therapistIds, {
          label: 'embedded',
          clients: 20,
          requests: 500,
          fromDay: 20,
          targets: false,
        })),
        ...throughput,
      ];
      return printFigures('Embedded database (PGlite, one connection): for information', figures);
    } finally {
      await api.stop();
      printApiProblems(api.output());
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function server(baseUrl: string): Promise<boolean> {
  const name = `mm_bench_${randomBytes(5).toString('hex')}`;
  const logDir = mkdtempSync(join(tmpdir(), 'mm-bench-log-'));
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  try {
    for (const command of ['migrate', 'seed']) {
      execFileSync(process.execPath, [cli, command], {
        env: { ...process.env, DATABASE_URL: url.toString() },
        stdio: 'ignore',
      });
    }
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    for (const sql of BENCH_DATA_SQL) await client.query(sql);
    await client.query('analyze');
    const therapistIds = (await client.query<{ id: string }>(THERAPISTS_SQL)).rows.map((r) => r.id);
    await client.end();
    const api = await startApiProcess({
      port: await freePort(),
      env: { ...API_ENV, DATABASE_URL: url.toString() },
      quiet: true,
      logFile: join(logDir, 'api.log'),
    });
    try {
      // throughput first, while the API is as fresh as the baseline it is compared with
      const throughput = await throughputAgainstBaseline(
        { graphqlUrl: api.graphqlUrl, headers: API_HEADERS },
        'server',
        true,
      );
      await benchCreateBooking(api, therapistIds, {
        label: 'warm-up',
        clients: 20,
        requests: 200,
        fromDay: 19,
        targets: false,
      });
      const figures = [
        ...(await benchAvailability(api, 'server', 60, true)),
        ...(await benchCreateBooking(api, therapistIds, {
          label: 'server',
          clients: 20,
          requests: 3000,
          fromDay: 21,
          targets: true,
        })),
        ...throughput,
      ];
      return printFigures(`PostgreSQL server (${url.hostname}:${url.port || 5432})`, figures);
    } finally {
      await api.stop();
      printApiProblems(api.output());
    }
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    rmSync(logDir, { recursive: true, force: true });
  }
}

console.log(
  'Booking engine benchmarks: 200 therapists, 14 days, 10,000 bookings; availability for 14 days, 90 minutes, any therapist',
);
const results = [
  printFigures('Widget download (packages/widget/dist, as its size script measures it)', await benchWidgetSize()),
  printFigures('Domain (pure computation, in memory)', benchDomain()),
  await embedded(),
];
const serverUrl = process.env.DATABASE_URL;
if (serverUrl) results.push(await server(serverUrl));
else console.log('\nPostgreSQL server: skipped (set DATABASE_URL to run it)');
console.log(results.every(Boolean) ? '\nall targets met' : '\nSOME TARGETS MISSED');
process.exitCode = results.every(Boolean) ? 0 : 1;
