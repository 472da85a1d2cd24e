import { post } from './graphql-client.js';
import { type Endpoint, type LoadResult, load } from './load.js';
import type { Figure } from './stats.js';

/** The queries whose throughput the API must keep close to a plain Apollo Server's. */
const THROUGHPUT_QUERIES: readonly { readonly name: string; readonly query: string }[] = [
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

/** Prints one side's rounds: req/s of each, and what its CPU meter saw in the last. */
function report(who: string, runs: readonly LoadResult[]): void {
  const last = runs.at(-1);
  if (!last) return;
  const { self, children, machine } = last.cpu;
  const cores = children === undefined ? '' : `, servers ${children.toFixed(2)}`;
  const busy = machine ? `, machine ${machine.busy.toFixed(2)} (of ${machine.cpus})` : '';
  const failed = runs.reduce((n, r) => n + r.failures, 0);
  console.log(
    `  ${who}: ${runs.map((r) => r.requestsPerSecond.toFixed(0)).join(' ')} req/s; ${failed} failed; ` +
      `last round's p99 ${last.p99LatencyMs} ms, cores busy: load generator ${self.toFixed(2)}${cores}${busy}`,
  );
  const failure = runs.find((r) => r.firstFailure)?.firstFailure;
  if (failure) console.log(`  ${who}: first failure: ${failure}`);
}

const withoutIds = (data: unknown) => JSON.stringify(data, (key, value) => (key === 'id' ? typeof value : value));

/**
 * req/s of each query against the baseline and the API, in alternating rounds
 * (after a warm-up of each), and the API's share of the baseline's. A failed
 * sample answer or any failed response under load counts against the share.
 */
export async function benchThroughput(
  baseline: Endpoint,
  api: Endpoint,
  options: ThroughputOptions,
): Promise<Figure[]> {
  const { label, connections, seconds, rounds } = options;
  console.log(
    `\n${label}: throughput, ${connections} connections, ${rounds} rounds of ${seconds} s on each side in turns (after ${options.warmUpSeconds} s warm-up)`,
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
    // Short rounds taking turns: this machine's speed drifts by tens of percent within seconds,
    // and each drift then falls on both sides alike. The share compares all rounds' requests.
    const window = { connections, seconds };
    for (const endpoint of [baseline, api])
      await load(endpoint, query, { connections, seconds: options.warmUpSeconds });
    const base: LoadResult[] = [];
    const mine: LoadResult[] = [];
    for (let round = 0; round < rounds; round++) {
      base.push(await load(baseline, query, window));
      mine.push(await load(api, query, window));
    }
    report(`${name} baseline`, base);
    report(`${name} API`, mine);
    const mean = (runs: LoadResult[]) => runs.reduce((n, r) => n + r.requestsPerSecond, 0) / runs.length;
    const failures = (runs: LoadResult[]) => runs.reduce((n, r) => n + r.failures, 0);
    const baseFailures = (expected === undefined ? 1 : 0) + failures(base);
    const apiFailures = (actual === undefined ? 1 : 0) + failures(mine);
    figures.push(
      { name: `${label}: ${name}, baseline`, value: mean(base), unit: 'req/s', failures: baseFailures },
      { name: `${label}: ${name}, API`, value: mean(mine), unit: 'req/s', failures: apiFailures },
      {
        name: `${label}: ${name}, API share of baseline`,
        value: (mean(mine) / mean(base)) * 100,
        unit: '%',
        failures: baseFailures + apiFailures,
        ...(options.targets ? { target: { value: 80, higherIsBetter: true } } : {}),
      },
    );
  }
  return figures;
}
