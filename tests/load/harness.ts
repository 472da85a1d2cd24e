import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { freePort, startApiProcess } from '../../scripts/stack.mjs';
import { startPrivatePostgres } from '../support/private-postgres.js';
import { freshServerDatabase } from '../support/stack.js';
import { type Answer, call } from './client.js';
import { checkInvariants, type Invariants } from './invariants.js';
import { startMailSink } from './mail-sink.js';
import { arrive, type LoadState, OPERATIONS, type Operation } from './operations.js';

export interface LoadOptions {
  readonly seconds: number;
  /** Clients arriving per second (open loop: they arrive whether or not earlier ones were answered). */
  readonly rate: number;
  readonly instances: number;
  /** Kill an instance, stop and freeze PostgreSQL, kill a worker mid-batch, at fixed points of the run. */
  readonly faults: boolean;
  /** Where the instances' logs go (kept after the run). */
  readonly logDir: string;
}

export interface OperationFigures {
  readonly count: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly codes: Record<string, number>;
}

export interface FaultRecord {
  readonly fault: string;
  readonly atSecond: number;
  readonly effect: string;
}

export interface LoadReport {
  readonly options: LoadOptions;
  readonly seconds: number;
  readonly requests: number;
  readonly operations: Record<string, OperationFigures>;
  readonly faults: FaultRecord[];
  /** /readyz of each instance while PostgreSQL was stopped, and seconds each took to be ready again after its start. */
  readonly readiness: { readonly whileDown: number[]; readonly readyAfterSeconds: number[] } | undefined;
  /** How long SERVICE_UNAVAILABLE answers took: failing fast is the point of them. */
  readonly unavailableP95Ms: number;
  readonly invariants: Invariants;
}

// What the load's clients and the seed write that would be someone's: none may reach a log.
const PERSONAL = [
  'Loadtest',
  'load.example',
  'Priya',
  'Shah',
  'Fraser',
  'Nguy',
  'Chronic non-specific low back pain',
  'total knee replacement',
  'Cervicogenic',
  '0412 345 678',
];

const LIFTED = '999999999/60';

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function signIn(graphqlUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }',
      variables: { input: { email, password } },
    }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed for ${email}`);
  return cookie;
}

/** A field of a set-up query's answer, which must be there. */
function field<T>(answer: Answer, name: string): T {
  const value = answer.data?.[name];
  if (value === undefined || value === null) throw new Error(`set-up query for ${name} failed: ${answer.code}`);
  return value as T; // the query asked for this shape
}

async function readyz(url: string): Promise<number> {
  try {
    return (await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(5000) })).status;
  } catch {
    return 0;
  }
}

/**
 * Several API instances on one PostgreSQL server of the run's own, an open-loop
 * mix of clients for `seconds`, the faults, then the invariants checked with SQL.
 */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  mkdirSync(options.logDir, { recursive: true });
  // an instance started again appends to its log; a new run starts them afresh
  for (let i = 0; i < options.instances; i++) rmSync(join(options.logDir, `api-${i + 1}.log`), { force: true });
  const server = await startPrivatePostgres({ maxConnections: 300 });
  const sink = await startMailSink(300);
  const dataDir = mkdtempSync(join(tmpdir(), 'mm-load-'));
  const env = {
    DATA_DIR: dataDir,
    HEALTH_DATA_KEYS: `load:${randomBytes(32).toString('base64')}`,
    LOG_LEVEL: 'info',
    SMTP_URL: sink.url,
    RATE_LIMIT_IP: LIFTED,
    RATE_LIMIT_KEY: LIFTED,
    RATE_LIMIT_SESSION: LIFTED,
    RATE_LIMIT_MANAGE: LIFTED,
    DB_POOL_SIZE: '10',
    // a dead instance's deliveries are taken again soon, yet not while PostgreSQL is frozen (5 s):
    // a lease that ran out meanwhile would let a second worker send what the first already had
    OUTBOX_LEASE_SECONDS: '10',
    OUTBOX_POLL_MS: '200',
    OUTBOX_RETRY_BASE_MS: '500',
    SHUTDOWN_GRACE_MS: '5000',
  };
  const database = await freshServerDatabase(server.url, env);
  const apiEnv = { ...env, DATABASE_URL: database.url };
  const ports = await Promise.all(Array.from({ length: options.instances }, () => freePort()));
  const start = (i: number) =>
    startApiProcess({
      port: ports[i] ?? 0,
      env: apiEnv,
      quiet: true,
      logFile: join(options.logDir, `api-${i + 1}.log`),
    });
  const apis = await Promise.all(ports.map((_, i) => start(i)));
  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  sql.on('error', () => undefined); // while the server is stopped
  const faults: FaultRecord[] = [];
  let readiness: LoadReport['readiness'];
  const answers = new Map<Operation, (Answer & { at: number })[]>(OPERATIONS.map((o) => [o, []]));
  let t0 = performance.now();
  try {
    const graphqlUrls = () => apis.map((api) => api.graphqlUrl);
    const first = graphqlUrls()[0] ?? '';
    const treatments = field<{ id: string; requiresReferral: boolean }[]>(
      await call(first, '{ treatments { id requiresReferral } }', {}, {}),
      'treatments',
    )
      .filter((t) => !t.requiresReferral)
      .map((t) => t.id);
    const admin = await signIn(first, 'admin@demo.example', 'demo-admin-password');
    const coordinator = await signIn(first, 'coordinator@demo.example', 'demo-coordinator-password');
    const referrals = field<{ edges: { node: { id: string } }[] }>(
      await call(first, '{ referrals(first: 20) { edges { node { id } } } }', {}, { cookie: admin }),
      'referrals',
    ).edges.map((e) => e.node.id);
    const startedAt = await sql.query<{ now: Date }>('select now()').then((r) => r.rows[0]?.now ?? new Date());

    const state: LoadState = {
      instances: graphqlUrls,
      treatments,
      referrals,
      staff: { admin, coordinator },
      record: (operation, answer) => answers.get(operation)?.push({ ...answer, at: (performance.now() - t0) / 1000 }),
      slots: new Map(),
      acknowledged: [],
      refusedKeys: [],
      unknownKeys: [],
      cancelled: [],
      cancelsRefused: [],
      healthReads: 0,
      healthReadsUnanswered: 0,
      sequence: 0,
    };

    t0 = performance.now();
    const second = () => Math.round((performance.now() - t0) / 100) / 10;
    const codesBetween = (from: number, to: number) => {
      const codes: Record<string, number> = {};
      for (const list of answers.values())
        for (const a of list) if (a.at >= from && a.at <= to) codes[a.code] = (codes[a.code] ?? 0) + 1;
      return (
        Object.entries(codes)
          .filter(([code]) => code !== 'OK')
          .map(([code, n]) => `${n} ${code}`)
          .join(', ') || 'no errors'
      );
    };
    const faultRun = options.faults ? runFaults() : Promise.resolve();
    async function runFaults() {
      const at = (fraction: number) => sleep(Math.max(0, t0 + fraction * options.seconds * 1000 - performance.now()));
      const restart = async (i: number) => {
        apis[i] = await start(i);
      };
      // 1. an instance killed outright and started again
      await at(0.12);
      const killedAt = second();
      await apis[1 % apis.length]?.crash();
      await sleep(3000);
      await restart(1 % apis.length);
      faults.push({
        fault: `SIGKILL instance 2, started again`,
        atSecond: killedAt,
        effect: `back in ${Math.round((second() - killedAt) * 10) / 10} s; answers meanwhile: ${codesBetween(killedAt, second())}`,
      });
      // 2. PostgreSQL stopped, then started
      await at(0.3);
      const stoppedAt = second();
      await server.stop();
      await sleep(1500);
      const whileDown = await Promise.all(apis.map((api) => readyz(api.url)));
      await sleep(2000);
      await server.start();
      const startedAgain = second();
      const recovered = await Promise.all(
        apis.map(async (api) => {
          for (let i = 0; i < 200; i++) {
            if ((await readyz(api.url)) === 200) return second() - startedAgain;
            await sleep(100);
          }
          return Number.NaN;
        }),
      );
      readiness = { whileDown, readyAfterSeconds: recovered };
      faults.push({
        fault: 'PostgreSQL stopped (fast shutdown) for 3.5 s, then started',
        atSecond: stoppedAt,
        effect: `/readyz while down: ${whileDown.join(', ')}; ready again ${recovered.map((s) => `${s.toFixed(1)} s`).join(', ')} after the start, by themselves; answers meanwhile: ${codesBetween(stoppedAt, second())}`,
      });
      // 3. PostgreSQL frozen for 5 s
      await at(0.5);
      const frozenAt = second();
      server.freeze();
      await sleep(5000);
      server.thaw();
      faults.push({
        fault: 'PostgreSQL frozen (SIGSTOP) for 5 s, then SIGCONT',
        atSecond: frozenAt,
        effect: `answers during and 2 s after: ${codesBetween(frozenAt, frozenAt + 7)}`,
      });
      // 4. an instance killed while its worker has deliveries under way (the relay holds each 300 ms)
      await at(0.7);
      const leasedNow = () =>
        sql
          .query<{ n: number }>(
            "select count(*)::int as n from outbox where status = 'PENDING' and locked_until > now()",
          )
          .then((r) => r.rows[0]?.n ?? 0)
          .catch(() => 0);
      // wait (a few seconds at most) for a moment when deliveries are under way
      let leased = await leasedNow();
      for (let i = 0; i < 50 && leased === 0; i++) {
        await sleep(100);
        leased = await leasedNow();
      }
      const workerKilledAt = second();
      const victim = 2 % apis.length;
      await apis[victim]?.crash();
      await sleep(2000);
      await restart(victim);
      faults.push({
        fault: `SIGKILL instance ${victim + 1} mid-batch (${leased} deliveries leased across the instances at that moment), started again`,
        atSecond: workerKilledAt,
        effect: `answers meanwhile: ${codesBetween(workerKilledAt, second())}; its leased rows are taken again after the 10 s lease`,
      });
    }

    // the open loop: clients arrive on a schedule, each on its own
    const inFlight = new Set<Promise<void>>();
    const interval = 1000 / options.rate;
    const total = Math.round(options.seconds * options.rate);
    for (let i = 0; i < total; i++) {
      await sleep(Math.max(0, t0 + i * interval - performance.now()));
      const client = arrive(state)
        .catch(() => undefined)
        .finally(() => inFlight.delete(client));
      inFlight.add(client);
    }
    const elapsed = (performance.now() - t0) / 1000;
    await Promise.all(inFlight);
    await faultRun;

    const invariants = await checkInvariants({
      sql,
      startedAt,
      state,
      accepted: sink.accepted,
      logs: apis.map((_, i) => readFileSync(join(options.logDir, `api-${i + 1}.log`), 'utf8')),
      personal: PERSONAL,
    });
    const operations: Record<string, OperationFigures> = {};
    for (const [operation, list] of answers) {
      const sorted = list.map((a) => a.ms).sort((a, b) => a - b);
      const codes: Record<string, number> = {};
      for (const a of list) codes[a.code] = (codes[a.code] ?? 0) + 1;
      operations[operation] = {
        count: list.length,
        perSecond: list.length / elapsed,
        p50: percentile(sorted, 50),
        p95: percentile(sorted, 95),
        p99: percentile(sorted, 99),
        codes,
      };
    }
    const unavailable = [...answers.values()]
      .flat()
      .filter((a) => a.code === 'SERVICE_UNAVAILABLE')
      .map((a) => a.ms)
      .sort((a, b) => a - b);
    return {
      options,
      readiness,
      unavailableP95Ms: percentile(unavailable, 95),
      seconds: elapsed,
      requests: [...answers.values()].reduce((n, list) => n + list.length, 0),
      operations,
      faults,
      invariants,
    };
  } finally {
    await Promise.all(apis.map((api) => api.stop()));
    await sql.end().catch(() => undefined);
    await sink.close();
    await server.remove();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
