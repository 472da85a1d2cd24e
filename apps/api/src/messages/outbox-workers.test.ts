import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { asStaff, DEMO_LOGINS, demoPartnerId, signIn } from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

const EVENTS = 500;
const running: TestApi[] = [];
afterAll(async () => {
  for (const t of running.reverse()) await t.close();
});

/** A webhook endpoint of the demo partner at `url`, with `count` booking.created events queued for it. */
async function queueWebhooks(t: TestApi, url: string, count: number): Promise<string | undefined> {
  const admin = asStaff(await signIn(t, DEMO_LOGINS.ADMIN));
  const partnerId = await demoPartnerId(t, admin.cookie ?? '');
  const added = await t.graphql<{ addWebhookEndpoint: { endpoint: { id: string } } }>(
    'mutation ($i: WebhookEndpointInput!) { addWebhookEndpoint(input: $i) { endpoint { id } } }',
    { i: { partnerId, url, topics: ['BOOKING_CREATED'] } },
    admin,
  );
  const endpointId = added.data?.addWebhookEndpoint.endpoint.id;
  await t.sql(
    `insert into outbox (id, topic, channel, recipient, dedupe_key, partner_id, endpoint_id, payload)
     select gen_random_uuid(), 'booking.created', 'WEBHOOK', 'endpoint:' || ?::text, 'queued/' || g, ?, ?,
            jsonb_build_object('id', g)
       from generate_series(1, ?) g`,
    [endpointId, partnerId, endpointId, count],
  );
  return endpointId;
}

describe('the outbox with several workers', () => {
  it(`delivers ${EVENTS} events exactly once each while two workers claim at the same time`, async () => {
    const deliveries = new Map<string, number>();
    const receiver = createServer((req, res) => {
      const id = String(req.headers['x-mm-delivery']);
      deliveries.set(id, (deliveries.get(id) ?? 0) + 1);
      req.resume();
      req.on('end', () => res.end());
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.address() as AddressInfo;
    try {
      const env = { WEBHOOK_ALLOW_LOOPBACK: 'true', OUTBOX_POLL_MS: '20' };
      const first = await startTestApi({ ...env, OUTBOX_WORKER: 'false' });
      running.push(first);
      // On a server: two more instances, each with its worker. The embedded database belongs to one
      // process: there, two claimers race inside it.
      const workers =
        first.kind === 'server'
          ? [await startTestApi(env, { sameDatabaseAs: first }), await startTestApi(env, { sameDatabaseAs: first })]
          : [];
      running.push(...workers);
      const endpointId = await queueWebhooks(first, `http://127.0.0.1:${port}/count`, EVENTS);
      const pending = async () =>
        (
          await first.sql<{ n: number }>(
            "select count(*)::int as n from outbox where endpoint_id = ? and status = 'PENDING'",
            [endpointId],
          )
        )[0]?.n;
      if (workers.length === 0) {
        while ((await pending()) !== 0) {
          await Promise.all([first.api.outbox.runOnce(), first.api.outbox.runOnce()]);
        }
      }
      await expect.poll(pending, { timeout: 60_000 }).toBe(0);

      const [sent] = await first.sql<{ n: number }>(
        "select count(*)::int as n from outbox where endpoint_id = ? and status = 'SENT'",
        [endpointId],
      );
      expect(sent?.n).toBe(EVENTS);
      expect(deliveries.size).toBe(EVENTS);
      expect([...deliveries.values()].every((n) => n === 1)).toBe(true);
    } finally {
      receiver.close();
    }
  });

  it('claims again as soon as a delivery ends when its hands were full, not a poll later', async () => {
    const ROWS = 100;
    let received = 0;
    const receiver = createServer((req, res) => {
      received++;
      req.resume();
      req.on('end', () => setTimeout(() => res.end(), 20));
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.address() as AddressInfo;
    try {
      // a poll a minute: only deliveries ending can keep the worker going
      const t = await startTestApi({ WEBHOOK_ALLOW_LOOPBACK: 'true', OUTBOX_POLL_MS: '60000', OUTBOX_WORKER: 'false' });
      running.push(t);
      await queueWebhooks(t, `http://127.0.0.1:${port}/slow`, ROWS);
      const started = performance.now();
      t.api.outbox.start();
      await expect.poll(() => received, { timeout: 30_000 }).toBe(ROWS);
      // five batches of twenty; a poll between them would have taken four minutes
      expect(performance.now() - started).toBeLessThan(30_000);
      await t.api.outbox.stop();
    } finally {
      receiver.close();
    }
  });
});
