import { type BenchApi, startBenchApi } from './api-process.js';
import { availabilityLatency } from './availability.bench.js';
import { type BenchData, describeData, STANDARD_DATA } from './bench-data.js';
import { loadCreateBooking, SlotSupply } from './booking.bench.js';
import { addBenchData, createScratchDatabase, type ScratchDatabase } from './server-db.js';
import { printTable, quantile, shown } from './stats.js';

const AVAILABILITY_RUNS = 30;
const BOOKING_SECONDS = 8;

/** Therapists (with bookings in proportion, as the standard data) and then the booking table's history. */
const THERAPIST_POINTS: readonly BenchData[] = [
  { therapists: 50, bookings: 2_500 },
  STANDARD_DATA,
  { therapists: 800, bookings: 40_000 },
];
const HISTORY_POINT: BenchData = { ...STANDARD_DATA, pastBookings: 90_000 };

const totalBookings = (data: BenchData) => data.bookings + (data.pastBookings ?? 0);

/** How cost grows against size, step by step: the ratio of the one's growth to the other's (1 is linear). */
function growthSteps(
  what: string,
  points: readonly { size: number; cost: number }[],
): { line: string; superLinear: string[] } {
  const steps: string[] = [];
  const superLinear: string[] = [];
  for (let i = 1; i < points.length; i++) {
    const [before, after] = [points[i - 1], points[i]];
    if (!before || !after) continue;
    const size = after.size / before.size;
    const cost = after.cost / before.cost;
    const ratio = cost / size;
    steps.push(`x${shown(cost)} for x${shown(size)} (${shown(ratio)} of linear)`);
    if (ratio > 1)
      superLinear.push(`${what}, ${before.size.toLocaleString('en')} to ${after.size.toLocaleString('en')}`);
  }
  return { line: `  ${what}: ${steps.join('; ')}`, superLinear };
}

/** A copy of the migrated, seeded `base` with `data` in it, and the API on it, for `work`; all gone after. */
async function withData<T>(
  baseUrl: string,
  base: ScratchDatabase,
  data: BenchData,
  logDir: string,
  work: (api: BenchApi, therapistIds: readonly string[], database: ScratchDatabase) => Promise<T>,
): Promise<T> {
  const database = await createScratchDatabase(baseUrl, base);
  try {
    const therapistIds = await addBenchData(database.url, data);
    const api = await startBenchApi({ databaseUrl: database.url, logDir });
    try {
      return await work(api, therapistIds, database);
    } finally {
      await api.stop();
    }
  } finally {
    await database.drop();
  }
}

/** createBooking from 20 clients spread over 1, 2 and 3 instances of the API on one database. */
async function bookingByInstances(
  first: BenchApi,
  database: ScratchDatabase,
  therapistIds: readonly string[],
  logDir: string,
): Promise<
  { instances: number; perSecond: number; p95: number; failures: number; apiCpuMs: number; machineCpuMs: number }[]
> {
  const others = [
    await startBenchApi({ databaseUrl: database.url, logDir }),
    await startBenchApi({ databaseUrl: database.url, logDir }),
  ];
  try {
    const all = [first, ...others];
    const slots = new SlotSupply(therapistIds, 19);
    await loadCreateBooking(all, slots, { clients: 21, seconds: 3 }); // every instance warmed up alike
    const results = [];
    for (const instances of [1, 2, 3]) {
      const run = await loadCreateBooking(all.slice(0, instances), slots, { clients: 20, seconds: BOOKING_SECONDS });
      // cores kept busy over the run, per booking a second: the CPU time one booking took
      const perBooking = (cores: number | undefined) => ((cores ?? Number.NaN) / run.successesPerSecond) * 1000;
      results.push({
        instances,
        perSecond: run.successesPerSecond,
        p95: quantile(run.latenciesMs, 0.95),
        failures: run.failures,
        apiCpuMs: perBooking(run.cpu.children),
        machineCpuMs: perBooking(run.cpu.machine?.busy),
      });
    }
    return results;
  } finally {
    for (const api of others) await api.stop();
  }
}

/**
 * Growth curves on the PostgreSQL server, each point on a database of its own
 * (copied from one migrated and seeded template, data added in bulk SQL):
 * availability's latency as therapists and bookings grow, and createBooking's
 * throughput with more API instances. Prints the curves, and what grows faster
 * than linearly.
 */
export async function benchGrowth(baseUrl: string, logDir: string): Promise<void> {
  console.log(
    `\nGrowth on the PostgreSQL server (availability: 14 days, 90 minutes, any therapist, ${AVAILABILITY_RUNS} requests a point)`,
  );
  const base = await createScratchDatabase(baseUrl);
  try {
    const byTherapists: { data: BenchData; median: number; p95: number }[] = [];
    let byInstances: Awaited<ReturnType<typeof bookingByInstances>> = [];
    for (const data of THERAPIST_POINTS) {
      await withData(baseUrl, base, data, logDir, async (api, therapistIds, database) => {
        byTherapists.push({ data, ...(await availabilityLatency(api, AVAILABILITY_RUNS)) });
        if (data === STANDARD_DATA) byInstances = await bookingByInstances(api, database, therapistIds, logDir);
      });
    }
    const history = await withData(baseUrl, base, HISTORY_POINT, logDir, (api) =>
      availabilityLatency(api, AVAILABILITY_RUNS),
    );
    const standard = byTherapists.find((p) => p.data === STANDARD_DATA);
    const byBookings = [...(standard ? [standard] : []), { data: HISTORY_POINT, ...history }];

    const latencyRows = (points: typeof byTherapists) =>
      points.map((p) => [
        String(p.data.therapists),
        totalBookings(p.data).toLocaleString('en'),
        shown(p.median),
        shown(p.p95),
      ]);
    const header = ['therapists', 'bookings', 'median ms', 'p95 ms'];
    printTable('Availability as therapists grow (bookings in proportion: 50 each)', header, latencyRows(byTherapists));
    printTable(
      `Availability as the booking table grows (${describeData(HISTORY_POINT)})`,
      header,
      latencyRows(byBookings),
    );
    printTable(
      `createBooking, 20 clients for ${BOOKING_SECONDS} s, by API instances (${describeData(STANDARD_DATA)})`,
      ['instances', 'bookings/s', 'p95 ms', 'failed', 'API CPU ms a booking', 'machine CPU ms a booking'],
      byInstances.map((p) => [
        String(p.instances),
        shown(p.perSecond),
        shown(p.p95),
        String(p.failures),
        shown(p.apiCpuMs),
        shown(p.machineCpuMs),
      ]),
    );

    console.log('\nCost growth against size growth (1 = linear):');
    const curves = [
      growthSteps(
        'availability median by therapists',
        byTherapists.map((p) => ({ size: p.data.therapists, cost: p.median })),
      ),
      growthSteps(
        'availability median by bookings',
        byBookings.map((p) => ({ size: totalBookings(p.data), cost: p.median })),
      ),
    ];
    for (const curve of curves) console.log(curve.line);
    // throughput is no cost: how near it comes to growing with the instances
    console.log(
      growthSteps(
        'createBooking throughput by instances',
        byInstances.map((p) => ({ size: p.instances, cost: p.perSecond })),
      ).line,
    );
    const superLinear = curves.flatMap((c) => c.superLinear);
    console.log(
      superLinear.length > 0
        ? `  faster than linearly: ${superLinear.join('; ')}`
        : '  nothing grows faster than linearly',
    );
  } finally {
    await base.drop();
  }
}
