import autocannon from 'autocannon';
import { type CpuUse, startCpuMeter } from './cpu.js';

/** Where a GraphQL endpoint answers, and the headers every request to it carries. */
export interface Endpoint {
  readonly graphqlUrl: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface LoadResult {
  /** Responses per second (autocannon's per-second average), failed ones included. */
  readonly requestsPerSecond: number;
  /** Successful answers per second over the whole run. */
  readonly successesPerSecond: number;
  /** Responses that were not 2xx or whose body was not data without errors, plus socket errors and timeouts. */
  readonly failures: number;
  readonly firstFailure: string | undefined;
  readonly p99LatencyMs: number;
  /** Every response's latency, from the request's first byte sent to the answer's last byte read. */
  readonly latenciesMs: readonly number[];
  readonly cpu: CpuUse;
}

/**
 * What each request sends: a GraphQL query (the same body every time), or a
 * function that makes each request's JSON body (a mutation with its own input).
 */
export type LoadRequest = string | (() => string);

/**
 * A successful GraphQL answer: data and no errors. Apollo Server writes `errors`
 * before `data`, and `"errors":` cannot occur inside a JSON string (its quotes
 * are escaped there), so no parsing is needed.
 */
const isSuccessfulAnswer = (body: string): boolean => body.startsWith('{"data":{') && !body.includes('"errors":');

/**
 * Requests from `connections` connections for `seconds`, each sent as soon as the
 * connection's previous answer came. Given several endpoints (instances of one
 * API), the connections go to them in turn.
 */
export async function load(
  endpoints: Endpoint | readonly Endpoint[],
  request: LoadRequest,
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  const targets = Array.isArray(endpoints) ? endpoints : [endpoints as Endpoint];
  const [first] = targets;
  if (!first) throw new Error('no endpoint to load');
  let failed = 0;
  let firstFailure: string | undefined;
  const latencies: number[] = [];
  const body = typeof request === 'string' ? JSON.stringify({ query: request }) : undefined;
  const cpu = startCpuMeter();
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        // autocannon takes several URLs (connection i goes to the i-th, round-robin); its types know only one
        url: (targets.length === 1 ? first.graphqlUrl : targets.map((t) => t.graphqlUrl)) as string,
        connections: options.connections,
        duration: options.seconds,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...first.headers },
            ...(body === undefined
              ? { setupRequest: (req) => ({ ...req, body: (request as () => string)() }) }
              : { body }),
            onResponse: (status, answer) => {
              if (status >= 200 && status < 300 && isSuccessfulAnswer(answer)) return;
              failed++;
              firstFailure ??= `HTTP ${status} ${answer.slice(0, 300)}`;
            },
          },
        ],
      },
      (error: unknown, done: autocannon.Result) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, ms: number) => latencies.push(ms));
  });
  const seconds = (performance.now() - started) / 1000;
  const failures = failed + result.errors; // errors include timeouts
  return {
    requestsPerSecond: result.requests.average,
    successesPerSecond: (latencies.length - failed) / seconds,
    failures,
    firstFailure: firstFailure ?? (result.errors > 0 ? `${result.errors} socket errors or timeouts` : undefined),
    p99LatencyMs: result.latency.p99,
    latenciesMs: latencies,
    cpu: cpu(),
  };
}
