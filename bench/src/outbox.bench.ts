import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { startBenchApi } from './api-process.js';
import { loadCreateBooking, type SlotSupply } from './booking.bench.js';
import { startCpuMeter } from './cpu.js';
import { withClient } from './server-db.js';
import type { Figure } from './stats.js';

/** Emails and webhook calls due and not yet delivered: what the outbox workers still owe. */
export async function outboxBacklog(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    "select count(*)::int as n from outbox where status = 'PENDING' and due_at <= now()",
  );
  return rows[0]?.n ?? 0;
}

/**
 * The booking alone and its email alone, on the server database at `url`
 * (nothing else running on it): `createBooking` from 20 clients for `seconds`
 * with the instance's outbox worker off, so that the confirmations wait; then
 * a fresh instance with its worker on delivers them (kept, no mail server),
 * timed from ready until none is owed, with the CPU it and the machine used.
 */
export async function benchBookingAndEmailApart(
  url: string,
  slots: SlotSupply,
  logDir: string,
  seconds: number,
): Promise<Figure[]> {
  const booking = await startBenchApi({ databaseUrl: url, logDir, env: { OUTBOX_WORKER: 'false' } });
  let run: Awaited<ReturnType<typeof loadCreateBooking>>;
  try {
    run = await loadCreateBooking(booking, slots, { clients: 20, seconds });
  } finally {
    await booking.stop();
  }
  const worker = await startBenchApi({ databaseUrl: url, logDir });
  try {
    // timed from ready: what the worker delivered while the process was starting is left out, with its CPU;
    // one connection asks how much is owed, rather than a new one each time
    const { owed, ms, used } = await withClient(url, async (client) => {
      const cpu = startCpuMeter();
      const ready = performance.now();
      const owedAtReady = await outboxBacklog(client);
      while ((await outboxBacklog(client)) > 0) await sleep(100);
      return { owed: owedAtReady, ms: performance.now() - ready, used: cpu() };
    });
    const perEmail = (cores: number | undefined) => ((cores ?? Number.NaN) * ms) / owed;
    console.log(
      `  server: ${owed} messages owed when an instance with its worker on was ready, delivered in ${(ms / 1000).toFixed(1)} s`,
    );
    return [
      {
        name: 'server: createBooking, outbox worker off, bookings/s',
        value: run.successesPerSecond,
        unit: 'per s',
        failures: run.failures,
      },
      { name: 'server: then the emails owed, delivered per second', value: owed / (ms / 1000), unit: 'per s' },
      { name: 'server: API CPU per email delivered', value: perEmail(used.children), unit: 'ms' },
      { name: 'server: machine CPU per email delivered', value: perEmail(used.machine?.busy), unit: 'ms' },
    ];
  } finally {
    await worker.stop();
  }
}
