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
  /** Responses that were not 2xx or whose body was not data without errors, plus socket errors and timeouts. */
  readonly failures: number;
  readonly firstFailure: string | undefined;
  readonly p99LatencyMs: number;
  readonly cpu: CpuUse;
}

/**
 * A successful GraphQL answer: data and no errors. Apollo Server writes `errors`
 * before `data`, and `"errors":` cannot occur inside a JSON string (its quotes
 * are escaped there), so no parsing is needed.
 */
const isSuccessfulAnswer = (body: string): boolean => body.startsWith('{"data":{') && !body.includes('"errors":');

/** The same POST of `query` from `connections` connections for `seconds`, as fast as answers come. */
export async function load(
  endpoint: Endpoint,
  query: string,
  options: { connections: number; seconds: number },
): Promise<LoadResult> {
  let failed = 0;
  let firstFailure: string | undefined;
  const cpu = startCpuMeter();
  const result = await autocannon({
    url: endpoint.graphqlUrl,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...endpoint.headers },
        body: JSON.stringify({ query }),
        onResponse: (status, body) => {
          if (status >= 200 && status < 300 && isSuccessfulAnswer(body)) return;
          failed++;
          firstFailure ??= `HTTP ${status} ${body.slice(0, 300)}`;
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    failures: failed + result.errors, // errors include timeouts
    firstFailure: firstFailure ?? (result.errors > 0 ? `${result.errors} socket errors or timeouts` : undefined),
    p99LatencyMs: result.latency.p99,
    cpu: cpu(),
  };
}
