import { post } from './graphql-client.js';
import { type Endpoint, type LoadResult, load } from './load.js';
import { type Figure, quantile } from './stats.js';

/** The queries whose throughput the API must keep close to a plain Apollo Server's. */
export const THROUGHPUT_QUERIES: readonly { readonly name: string; readonly query: string }[] = [
  { name: '__typename', query: '{ __typename }' },
  { name: 'priceTiers', query: '{ priceTiers { id durationMinutes price { amountMinor currency formatted } } }' },
  { name: 'treatments', query: '{ treatments { id slug name description requiresReferral techniques } }' },
];

export interface ThroughputOptions {
  readonly label: string;
  readonly connections: number;
  readonly seconds: number;
  readonly warmUpSeconds: number;
  /** Whether the API's share of the baseline is held to its target (80%), or shown for information. */
  readonly targets: boolean;
  /** Measurements of each side, in turns. */
  readonly rounds: number;
}

/** One answer, checked before loading: the data it carries, or undefined (and a note) if it failed. */
async function sample(who: string, endpoint: Endpoint, query: string): Promise<unknown> {
  try {
    const reply = await post(endpoint.graphqlUrl, query, {}, endpoint.headers);
    if (!reply.errors && reply.data) return reply.data;
    console.log(`  ${who}: sample answer: ${JSON.stringify(reply).slice(0, 300)}`);
  } catch (error) {
    console.log(`  ${who}: sample request: ${error instanceof Error ? error.message : String(error)}`);
  }
  return undefined;
}

async function measure(who: string, endpoint: Endpoint, query: string, options: ThroughputOptions) {
  await load(endpoint, query, { connections: options.connections, seconds: options.warmUpSeconds });
  const run = await load(endpoint, query, { connections: options.connections, seconds: options.seconds });
  const { self, children, machine } = run.cpu;
  const cores = children === undefined ? '' : `, servers ${children.toFixed(2)}`;
  const busy = machine ? `, machine ${machine.busy.toFixed(2)} (of ${machine.cpus})` : '';
  console.log(
    `  ${who}: ${run.requestsPerSecond.toFixed(0)} req/s, latency p50 ${run.latencyMs.p50} ms p99 ${run.latencyMs.p99} ms, ` +
      `${run.failures} failed of ${run.responses}; cores busy: load generator ${self.toFixed(2)}${cores}${busy}`,
  );
  if (run.firstFailure) console.log(`  ${who}: first failure: ${run.firstFailure}`);
  return run;
}

const withoutIds = (data: unknown) => JSON.stringify(data, (key, value) => (key === 'id' ? typeof value : value));

/**
 * req/s of each query against the baseline, then against the API, back to back
 * (a warm-up before each), and the API's share of the baseline's. A failed
 * sample answer or any failed response under load counts against the share.
 */
export async function benchThroughput(
  baseline: Endpoint,
  api: Endpoint,
  options: ThroughputOptions,
): Promise<Figure[]> {
  const { label, connections, seconds, rounds } = options;
  console.log(
    `\n${label}: throughput, ${connections} connections, ${rounds} rounds of ${seconds} s each (after ${options.warmUpSeconds} s warm-up)`,
  );
  const figures: Figure[] = [];
  for (const { name, query } of THROUGHPUT_QUERIES) {
    const expected = await sample(`${name} baseline`, baseline, query);
    const actual = await sample(`${name} API`, api, query);
    if (expected && actual && withoutIds(expected) !== withoutIds(actual)) {
      console.log(
        `  ${name}: the API's data differs from the baseline's beyond ids; the comparison is not like for like`,
      );
    }
    // Rounds taking turns, so that a slow spell of the machine falls on both; the median of each side counts.
    const base: LoadResult[] = [];
    const mine: LoadResult[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      base.push(await measure(`${name} baseline, round ${round}`, baseline, query, options));
      mine.push(await measure(`${name} API, round ${round}`, api, query, options));
    }
    const median = (runs: LoadResult[]) =>
      quantile(
        runs.map((r) => r.requestsPerSecond),
        0.5,
      );
    const failures = (runs: LoadResult[]) => runs.reduce((n, r) => n + r.failures, 0);
    const baseFailures = (expected === undefined ? 1 : 0) + failures(base);
    const apiFailures = (actual === undefined ? 1 : 0) + failures(mine);
    figures.push(
      { name: `${label}: ${name}, baseline (median)`, value: median(base), unit: 'req/s', failures: baseFailures },
      { name: `${label}: ${name}, API (median)`, value: median(mine), unit: 'req/s', failures: apiFailures },
      {
        name: `${label}: ${name}, API share of baseline`,
        value: (median(mine) / median(base)) * 100,
        unit: '%',
        failures: baseFailures + apiFailures,
        ...(options.targets ? { target: { value: 80, higherIsBetter: true } } : {}),
      },
    );
  }
  return figures;
}
