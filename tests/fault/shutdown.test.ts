import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startApiProcess } from '../../scripts/stack.mjs';
import { freshServerDatabase } from '../support/stack.js';

const IN_FLIGHT = 16;
// NODE_ENV as deployed, not the test runner's 'test' (under which Apollo Server leaves signals alone)
const ENV = { RATE_LIMIT_IP: '100000/60', SHUTDOWN_GRACE_MS: '60000', NODE_ENV: 'development' };

const dataDir = mkdtempSync(join(tmpdir(), 'mm-shutdown-'));
const serverUrl = process.env.DATABASE_URL || undefined;
let dropDatabase: (() => Promise<void>) | undefined;
afterAll(async () => {
  await dropDatabase?.();
  rmSync(dataDir, { recursive: true, force: true });
});

/** A GET on a connection of its own (no keep-alive pool): its status and Connection header, or refused. */
const getAlone = (url: string) =>
  new Promise<{ status: number; connection: string | undefined } | 'refused'>((resolve) => {
    const req = request(url, { agent: false }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, connection: res.headers.connection });
    });
    req.once('error', () => resolve('refused'));
    req.end();
  });

describe('SIGTERM', () => {
  it('fails readiness, lets every request under way finish, then closes and exits 0', async () => {
    const database = serverUrl ? await freshServerDatabase(serverUrl, { ...ENV, DATA_DIR: dataDir }) : undefined;
    dropDatabase = database?.drop;
    const api = await startApiProcess({
      port: await freePort(),
      env: { ...ENV, DATA_DIR: dataDir, DATABASE_URL: database?.url ?? '' },
      quiet: true,
    });
    const post = (query: string, variables?: unknown) =>
      fetch(api.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
    const treatments = (await (await post('{ treatments { id slug } }')).json()) as {
      data: { treatments: { id: string; slug: string }[] };
    };
    const treatmentId = treatments.data.treatments.find((t) => t.slug === 'deep-tissue')?.id;
    const from = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + 8 * 86_400_000).toISOString().slice(0, 10);
    // A week of every therapist's starts, names included: each takes a while, and together
    // they queue for the database, so most are still under way when the signal comes.
    const query = `query ($input: AvailabilityInput!) {
      availability(input: $input) { date slots { start therapists { id displayName } } } }`;
    const variables = { input: { treatmentId, from, to, durationMinutes: 60, timeZone: 'Australia/Sydney' } };

    let signalledAt = Number.POSITIVE_INFINITY;
    const requests = Array.from({ length: IN_FLIGHT }, async () => {
      const response = await post(query, variables);
      const body = (await response.json()) as { data?: { availability: unknown[] }; errors?: unknown[] };
      return { status: response.status, body, finishedAfterSignal: performance.now() > signalledAt };
    });
    // the first answer shows the server is at work on them all
    await Promise.race(requests);
    signalledAt = performance.now();
    void api.stop();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // a load balancer asking now is told to send nothing more, and the connection is not kept
    expect(await getAlone(`${api.url}/readyz`)).toEqual({ status: 503, connection: 'close' });

    const answers = await Promise.all(requests);
    console.log(
      `SIGTERM with ${IN_FLIGHT} requests sent: all answered, the last ${Math.round(performance.now() - signalledAt)} ms after the signal`,
    );
    expect(await api.exited).toBe(0);
    expect(await getAlone(`${api.url}/healthz`), 'a connection once it has exited').toBe('refused');
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.availability).toHaveLength(7);
    }
    expect(answers.filter((a) => a.finishedAfterSignal).length, 'requests still under way at SIGTERM').toBeGreaterThan(
      IN_FLIGHT / 2,
    );
    const log = api.output();
    expect(log).toContain('SIGTERM: shutting down');
    expect(log).toContain('"msg":"shut down"');
  });
});
