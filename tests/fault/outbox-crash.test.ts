import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiUnderTest, startTestApiProcess } from '../support/api-process.js';

interface Mail {
  readonly messageId: string;
  readonly subject: string;
}

/**
 * A mail relay that, while holding, reads each message in full and never
 * answers it: the sender cannot know whether it was delivered, as when it
 * dies in the middle of sending.
 */
async function startRelay() {
  const accepted: Mail[] = [];
  const held: Mail[] = [];
  let holding = true;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    // held connections are cut when the test ends
    closeTimeout: 100,
    onData(stream, _session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('latin1');
      });
      stream.on('end', () => {
        const mail = {
          messageId: /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? '',
          subject: /^Subject:\s*(.*)$/im.exec(raw)?.[1]?.trim() ?? '',
        };
        if (holding) {
          held.push(mail);
          return;
        }
        accepted.push(mail);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    held,
    release: () => {
      holding = false;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let api: ApiUnderTest;
let relay: Awaited<ReturnType<typeof startRelay>>;
beforeAll(async () => {
  relay = await startRelay();
  api = await startTestApiProcess({
    SMTP_URL: relay.url,
    OUTBOX_POLL_MS: '50',
    OUTBOX_LEASE_SECONDS: '2',
    RATE_LIMIT_IP: '100000/60',
  });
});
afterAll(async () => {
  await api?.stop();
  await relay?.close();
});

async function graphql<T>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
) {
  const response = await api.post({ query, variables }, headers);
  return { body: (await response.json()) as { data?: T; errors?: unknown[] }, response };
}

async function book(): Promise<string> {
  const day = (n: number) =>
    new Date(Date.now() + n * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Australia/Sydney' });
  const { body: catalogue } = await graphql<{ treatments: { id: string; slug: string }[] }>(
    '{ treatments { id slug } }',
  );
  const treatmentId = catalogue.data?.treatments.find((t) => t.slug === 'deep-tissue')?.id;
  const { body: free } = await graphql<{ availability: { slots: { start: string }[] }[] }>(
    'query ($i: AvailabilityInput!) { availability(input: $i) { slots { start } } }',
    {
      i: {
        treatmentId,
        durationMinutes: 60,
        from: day(3),
        to: day(10),
        timeZone: 'Australia/Sydney',
        postcode: '2000',
      },
    },
  );
  const start = free.data?.availability.flatMap((d) => d.slots)[0]?.start;
  const { body } = await graphql<{ createBooking: { booking: { reference: string } } }>(
    'mutation ($i: CreateBookingInput!) { createBooking(input: $i) { booking { reference } } }',
    {
      i: {
        idempotencyKey: `crash-${Date.now()}`,
        treatmentId,
        durationMinutes: 60,
        start,
        client: { name: 'Casey Morgan', email: 'casey.morgan@example.com', phone: '0412 345 999' },
        address: { line1: '3 Pier St', suburb: 'Sydney', state: 'NSW', postcode: '2000', country: 'AU' },
      },
    },
  );
  const reference = body.data?.createBooking.booking.reference;
  if (!reference) throw new Error(JSON.stringify(body.errors));
  return reference;
}

describe('the outbox when the API dies in the middle of sending', () => {
  it('sends each email once: what was in flight goes again after the restart, under the same Message-ID', async () => {
    const reference = await book();
    // The confirmation is being sent, and the relay has it, unanswered: the API is killed now.
    await expect.poll(() => relay.held.some((m) => m.subject.includes(reference)), { timeout: 30_000 }).toBe(true);
    await api.crash();
    const inFlight = [...relay.held];

    relay.release();
    await api.restart();
    // After the dead instance's lease runs out, every email that was in flight is delivered, once.
    await expect
      .poll(() => inFlight.every((m) => relay.accepted.some((a) => a.messageId === m.messageId)), { timeout: 30_000 })
      .toBe(true);
    expect(relay.accepted.some((m) => m.subject.includes(reference))).toBe(true);

    // Nothing more comes, and nothing came twice.
    const signIn = await graphql(
      'mutation { signIn(input: { email: "admin@demo.example", password: "demo-admin-password" }) { id } }',
    );
    const cookie = signIn.response.headers.get('set-cookie')?.split(';')[0] ?? '';
    type Messages = {
      messages: { edges: { node: { status: string; attempts: number; email: { messageId: string } | null } }[] };
    };
    const pendingLeft = async () => {
      const { body } = await graphql<Messages>(
        '{ messages(first: 100) { edges { node { status attempts email { messageId } } } } }',
        {},
        { cookie },
      );
      return body.data?.messages.edges.filter((e) => e.node.status === 'PENDING' && e.node.attempts > 0).length;
    };
    await expect.poll(pendingLeft, { timeout: 30_000 }).toBe(0);
    const ids = relay.accepted.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    const { body } = await graphql<Messages>(
      '{ messages(first: 100) { edges { node { status attempts email { messageId } } } } }',
      {},
      { cookie },
    );
    const sent = body.data?.messages.edges.filter((e) => e.node.status === 'SENT') ?? [];
    expect(sent.map((e) => e.node.email?.messageId).sort()).toEqual([...ids].sort());
    // those in flight were tried twice: once by the instance that died, once after
    for (const mail of inFlight) {
      expect(sent.find((e) => e.node.email?.messageId === mail.messageId)?.node.attempts).toBe(2);
    }
  });
});
