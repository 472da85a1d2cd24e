import { join } from 'node:path';
import { freePort, startApiProcess } from '../../scripts/stack.mjs';
import type { Endpoint } from './load.js';

/**
 * The throughput bench calls as the widget on the demo partner's page does: its
 * publishable key from its origin (as seeded). The baseline gets the same bytes.
 */
export const WIDGET_HEADERS: Readonly<Record<string, string>> = {
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

export interface BenchApi extends Endpoint {
  stop(): Promise<void>;
}

/** The API's log lines at warning level or above (pino: 40 and up). */
function printApiProblems(output: string): void {
  const problems = output.split('\n').filter((line) => /"level":(4|5|6)\d/.test(line));
  for (const line of problems.slice(0, 20)) console.log(`  [api] ${line}`);
  if (problems.length > 20) console.log(`  [api] … and ${problems.length - 20} more`);
}

/**
 * The built API in a process of its own, on the server database at `databaseUrl`
 * or (with `dataDir` and no URL) on the embedded one; it logs to `logDir`. Its
 * requests carry no headers: an anonymous caller, as the booking page's.
 */
export async function startBenchApi(options: {
  databaseUrl?: string;
  dataDir?: string;
  logDir: string;
  /** Settings beside the bench's own, e.g. OUTBOX_WORKER. */
  env?: Readonly<Record<string, string>>;
}): Promise<BenchApi> {
  const port = await freePort();
  const api = await startApiProcess({
    port,
    env: {
      ...API_ENV,
      ...options.env,
      DATABASE_URL: options.databaseUrl ?? '',
      ...(options.dataDir ? { DATA_DIR: options.dataDir } : {}),
    },
    quiet: true,
    logFile: join(options.logDir, `api-${port}.log`),
  });
  return {
    graphqlUrl: api.graphqlUrl,
    headers: {},
    async stop() {
      await api.stop();
      printApiProblems(api.output());
    },
  };
}
