// The benchmarks of the booking engine, and the widget's download size, with their targets:
//   npm run bench                      embedded database (and the domain alone)
//   DATABASE_URL=postgres://... npm run bench   also a PostgreSQL server (fresh databases, dropped after),
//                                               pgbench beside createBooking, and the growth curves
//   npm run bench -- server growth     only the sections named (widget, domain, embedded, server, growth)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@mm/api/config';
import { openDatabase } from '@mm/api/database';
import { freePort } from '../../scripts/stack.mjs';
import { type BenchApi, startBenchApi, WIDGET_HEADERS } from './api-process.js';
import { benchAvailability } from './availability.bench.js';
import { startBaselineProcess } from './baseline/process.js';
import { benchDataSql, describeData, STANDARD_DATA } from './bench-data.js';
import { bookingFigures, loadCreateBooking, SlotSupply } from './booking.bench.js';
import { benchDomain } from './domain.bench.js';
import { benchGrowth } from './growth.bench.js';
import { benchBookingAndEmailApart, outboxBacklog } from './outbox.bench.js';
import { pgbenchTps } from './pgbench.js';
import { addBenchData, BENCH_THERAPISTS_SQL, createScratchDatabase, withClient } from './server-db.js';
import { type Figure, printFigures } from './stats.js';
import { benchThroughput } from './throughput.bench.js';
import { benchWidgetSize } from './widget-size.bench.js';

/** How long createBooking is loaded on the server, and pgbench run beside it. */
const BOOKING_SECONDS = 15;

/** req/s of the catalogue queries against a plain Apollo Server (started for this) and against the API. */
async function throughputAgainstBaseline(api: BenchApi, label: string, targets: boolean): Promise<Figure[]> {
  const baseline = await startBaselineProcess(await freePort());
  try {
    return await benchThroughput(
      { graphqlUrl: baseline.graphqlUrl, headers: WIDGET_HEADERS },
      { graphqlUrl: api.graphqlUrl, headers: WIDGET_HEADERS },
      { label, connections: 20, seconds: 1, warmUpSeconds: 2, rounds: 10, targets },
    );
  } finally {
    await baseline.stop();
  }
}

async function embedded(): Promise<boolean> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mm-bench-'));
  try {
    const db = await openDatabase(loadConfig({ DATA_DIR: dataDir }), () => undefined);
    const conn = db.orm.em.getConnection();
    for (const sql of benchDataSql(STANDARD_DATA)) await conn.execute(sql);
    const therapistIds = (await conn.execute<{ id: string }[]>(BENCH_THERAPISTS_SQL)).map((r) => r.id);
    await db.close();
    const api = await startBenchApi({ dataDir, logDir: dataDir });
    try {
      // throughput first, while the API is as fresh as the baseline it is compared with
      const throughput = await throughputAgainstBaseline(api, 'embedded', false);
      const availability = await benchAvailability(api, 'embedded', 20, false);
      const booking = await loadCreateBooking(api, new SlotSupply(therapistIds, 20), { clients: 20, seconds: 5 });
      return printFigures('Embedded database (PGlite, one connection): for information', [
        ...availability,
        ...bookingFigures('embedded', booking, false),
        ...throughput,
      ]);
    } finally {
      await api.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function server(baseUrl: string, logDir: string): Promise<boolean> {
  const database = await createScratchDatabase(baseUrl);
  try {
    const therapistIds = await addBenchData(database.url, STANDARD_DATA);
    const slots = new SlotSupply(therapistIds, 19);
    const api = await startBenchApi({ databaseUrl: database.url, logDir });
    let figures: Figure[];
    try {
      // throughput first, while the API is as fresh as the baseline it is compared with
      const throughput = await throughputAgainstBaseline(api, 'server', true);
      await loadCreateBooking(api, slots, { clients: 20, seconds: 3 }); // warm-up
      const availability = await benchAvailability(api, 'server', 60, true);
      // PostgreSQL's own yardstick right before, for as long, on the same server
      const tps = await pgbenchTps(baseUrl, BOOKING_SECONDS);
      const booking = await loadCreateBooking(api, slots, { clients: 20, seconds: BOOKING_SECONDS });
      const backlog = await withClient(database.url, outboxBacklog);
      const [perSecond, ...latency] = bookingFigures('server', booking, true);
      if (!perSecond) throw new Error('no bookings/s figure');
      figures = [
        ...availability,
        perSecond,
        {
          name: `server: pgbench TPC-B, scale 10, 20 clients, ${BOOKING_SECONDS} s`,
          value: tps,
          unit: 'tps',
        },
        {
          name: 'server: createBooking as a share of pgbench tps',
          value: (perSecond.value / tps) * 100,
          unit: '%',
          target: { value: 25, higherIsBetter: true },
          ...(perSecond.failures === undefined ? {} : { failures: perSecond.failures }),
        },
        ...latency,
        { name: 'server: emails and webhooks owed when the run ended', value: backlog, unit: 'messages' },
        ...throughput,
      ];
    } finally {
      await api.stop();
    }
    // where a booking's cost goes: the booking alone, then its email alone (after the instance above has stopped)
    const apart = await benchBookingAndEmailApart(database.url, slots, logDir, 10);
    return printFigures(`PostgreSQL server (${new URL(baseUrl).host}), ${describeData(STANDARD_DATA)}`, [
      ...figures,
      ...apart,
    ]);
  } finally {
    await database.drop();
  }
}

/** Sections named on the command line run alone (e.g. `npm run bench -- server`); none named, all run. */
const SECTIONS = ['widget', 'domain', 'embedded', 'server', 'growth'] as const;
const named = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = named.filter((arg) => !(SECTIONS as readonly string[]).includes(arg));
if (unknown.length > 0) throw new Error(`unknown section ${unknown.join(', ')}: sections are ${SECTIONS.join(', ')}`);
const runs = (section: (typeof SECTIONS)[number]) => named.length === 0 || named.includes(section);

console.log(
  `Booking engine benchmarks: ${describeData(STANDARD_DATA)} over 14 days; availability for 14 days, 90 minutes, any therapist`,
);
const results: boolean[] = [];
if (runs('widget')) {
  results.push(
    printFigures('Widget download (packages/widget/dist, as its size script measures it)', await benchWidgetSize()),
  );
}
if (runs('domain')) results.push(printFigures('Domain (pure computation, in memory)', benchDomain()));
if (runs('embedded')) results.push(await embedded());
const serverUrl = process.env.DATABASE_URL;
if (serverUrl && (runs('server') || runs('growth'))) {
  const logDir = mkdtempSync(join(tmpdir(), 'mm-bench-log-'));
  try {
    if (runs('server')) results.push(await server(serverUrl, logDir));
    if (runs('growth')) await benchGrowth(serverUrl, logDir);
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
} else if (!serverUrl) {
  console.log('\nPostgreSQL server: skipped (set DATABASE_URL to run it)');
}
console.log(results.every(Boolean) ? '\nall targets met' : '\nSOME TARGETS MISSED');
process.exitCode = results.every(Boolean) ? 0 : 1;
