import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingInput, createBooking, firstSlot, sydneyDate, treatmentId } from '../test-support/booking-fixtures.js';
import {
  asStaff,
  DEMO_LOGINS,
  DEMO_PARTNER_ORIGIN,
  DEMO_PUBLISHABLE_KEY,
  demoPartnerId,
  issueKey,
  signIn,
} from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

interface Call {
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A partner's receiver on this machine: answers each path with the status set for it (204 by default). */
async function startReceiver() {
  const calls: Call[] = [];
  const statuses = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      const path = req.url ?? '/';
      calls.push({ path, headers: req.headers, body });
      res.statusCode = statuses.get(path) ?? 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    calls,
    answer: (path: string, status: number) => statuses.set(path, status),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What a partner does with each call: check the signature against the secret, as the README shows. */
function verify(secret: string, call: Call, toleranceSeconds = 300): boolean {
  const header = String(call.headers['x-mm-signature'] ?? '');
  const parts = header.split(',').map((p) => p.split('=') as [string, string]);
  const timestamp = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isFinite(timestamp) || Math.abs(Date.now() / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${timestamp}.${call.body}`).digest();
  return parts
    .filter(([k]) => k === 'v1')
    .some(([, v]) => {
      const given = Buffer.from(v, 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

const ADD = `mutation ($input: WebhookEndpointInput!) {
  addWebhookEndpoint(input: $input) { secret endpoint { id url topics } }
}`;
const PARTNER = { 'x-partner-key': DEMO_PUBLISHABLE_KEY, origin: DEMO_PARTNER_ORIGIN };
const ALL_TOPICS = [
  'BOOKING_CREATED',
  'BOOKING_RESCHEDULED',
  'BOOKING_CANCELLED',
  'BOOKING_COMPLETED',
  'REFERRAL_VERIFIED',
];

let t: TestApi;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let admin: Record<string, string>;
let partnerId: string;

beforeAll(async () => {
  receiver = await startReceiver();
  t = await startTestApi({
    WEBHOOK_ALLOW_LOOPBACK: 'true',
    OUTBOX_POLL_MS: '50',
    OUTBOX_RETRY_BASE_MS: '50',
    OUTBOX_MAX_ATTEMPTS: '3',
  });
  admin = asStaff(await signIn(t, DEMO_LOGINS.ADMIN));
  partnerId = await demoPartnerId(t, admin.cookie ?? '');
});
afterAll(async () => {
  await t?.close();
  await receiver?.close();
});

async function addEndpoint(path: string, topics: string[]): Promise<{ id: string; secret: string }> {
  const added = await t.graphql<{ addWebhookEndpoint: { secret: string; endpoint: { id: string } } }>(
    ADD,
    { input: { partnerId, url: receiver.url(path), topics } },
    admin,
  );
  if (!added.data) throw new Error(JSON.stringify(added.errors));
  return { id: added.data.addWebhookEndpoint.endpoint.id, secret: added.data.addWebhookEndpoint.secret };
}

async function partnerBooking(
  days: number,
  client = { name: 'Sam Rivers', email: 'sam.rivers@example.com', phone: '0412 000 111' },
) {
  const deepTissue = await treatmentId(t, 'deep-tissue');
  const slot = await firstSlot(t, { treatmentId: deepTissue, postcode: '2000' }, days);
  const created = await createBooking(t, bookingInput({ treatmentId: deepTissue, start: slot.start, client }), PARTNER);
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  return created.data.createBooking;
}

const callsTo = (path: string) => receiver.calls.filter((c) => c.path === path);

describe('partner webhooks', () => {
  it('refuses endpoints on private, link-local and other inner addresses, and URLs that are not plain', async () => {
    for (const url of [
      'http://10.0.0.5/hooks',
      'http://192.168.1.1/hooks',
      'http://172.16.4.4/hooks',
      'http://169.254.169.254/latest/meta-data',
      'http://100.64.0.1/hooks',
      'http://[fd00::1]/hooks',
      'http://[fe80::1]/hooks',
      'http://[::ffff:10.0.0.1]/hooks',
      'http://0.0.0.0/hooks',
      'ftp://hooks.example.com/',
      'https://user:pass@hooks.example.com/',
      'not a url',
    ]) {
      const refused = await t.graphql(ADD, { input: { partnerId, url, topics: ['BOOKING_CREATED'] } }, admin);
      expect(refused.errors?.[0]?.extensions, url).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    }
    const none = await t.sql<{ n: number }>('select count(*)::int as n from webhook_endpoint');
    expect(none[0]?.n).toBe(0);
  });

  it('signs every call over its timestamp and body, tells ids and times but nothing of the client, and signs with both secrets after a rotation', async () => {
    const endpoint = await addEndpoint('/all', ALL_TOPICS);
    expect(endpoint.secret).toMatch(/^whsec_/);
    // the secret is shown once: never again, and sealed at rest
    const listed = await t.graphql<{ webhookEndpoints: Record<string, unknown>[] }>(
      'query ($p: ID!) { webhookEndpoints(partnerId: $p) { id url topics createdAt previousSecretValidUntil } }',
      { p: partnerId },
      admin,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data?.webhookEndpoints).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(endpoint.secret);
    const stored = await t.sql<{ secret: Buffer }>('select secret from webhook_endpoint where id = ?', [endpoint.id]);
    expect(stored[0]?.secret.toString('latin1')).not.toContain(endpoint.secret);

    const { booking, manageToken } = await partnerBooking(3);
    const later = await firstSlot(t, { treatmentId: booking.treatment.id, therapistId: booking.therapist.id }, 7);
    expect(
      (
        await t.graphql(
          'mutation ($r: String!, $t: String!, $s: DateTime!) { rescheduleBooking(reference: $r, manageToken: $t, start: $s) { status } }',
          { r: booking.reference, t: manageToken, s: later.start },
        )
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await t.graphql(
          'mutation ($r: String!, $t: String!) { cancelBooking(reference: $r, manageToken: $t) { status } }',
          {
            r: booking.reference,
            t: manageToken,
          },
        )
      ).errors,
    ).toBeUndefined();

    // a session given and marked completed
    const done = await partnerBooking(4);
    await t.sql(
      `update booking set starts_at = starts_at - interval '400 days', ends_at = ends_at - interval '400 days',
              busy = tstzrange(lower(busy) - interval '400 days', upper(busy) - interval '400 days', '[)') where id = ?`,
      [done.booking.id],
    );
    const outcome = await t.graphql(
      'mutation ($id: ID!) { recordBookingOutcome(id: $id, outcome: COMPLETED) { status } }',
      { id: done.booking.id },
      admin,
    );
    expect(outcome.errors).toBeUndefined();

    // a referral the partner sent, verified
    const secretKey = await issueKey(t, admin.cookie ?? '', partnerId, 'SECRET');
    const submitted = await t.graphql<{ submitReferral: { id: string } }>(
      'mutation ($i: ReferralInput!) { submitReferral(input: $i) { id } }',
      {
        i: {
          treatmentId: await treatmentId(t, 'medical-massage'),
          holder: { familyName: 'Rivers', dateOfBirth: '1988-02-03' },
          providerName: 'Dr Ana Costa',
          providerProfession: 'GP',
          conditions: ['CHRONIC_PAIN'],
          diagnosis: 'Lumbar disc herniation L4-L5',
          sessionsAuthorised: 4,
          issuedOn: sydneyDate(0),
          expiresOn: sydneyDate(90),
        },
      },
      { authorization: `Bearer ${secretKey.token}` },
    );
    if (!submitted.data) throw new Error(JSON.stringify(submitted.errors));
    const verified = await t.graphql(
      'mutation ($id: ID!) { verifyReferral(id: $id) { status } }',
      { id: submitted.data.submitReferral.id },
      admin,
    );
    expect(verified.errors).toBeUndefined();

    const expected = [
      'booking.created',
      'booking.rescheduled',
      'booking.cancelled',
      'booking.created',
      'booking.completed',
      'referral.verified',
    ];
    await expect.poll(() => callsTo('/all').length).toBe(expected.length);
    const calls = callsTo('/all');
    expect(calls.map((c) => c.headers['x-mm-event']).sort()).toEqual([...expected].sort());
    for (const call of calls) {
      expect(verify(endpoint.secret, call), call.body).toBe(true);
      expect(verify('whsec_wrong', call)).toBe(false);
      // a changed body no longer verifies
      expect(verify(endpoint.secret, { ...call, body: call.body.replace('"', ' "') })).toBe(false);
      const payload = JSON.parse(call.body) as { type: string; id: string };
      expect(payload.type).toBe(call.headers['x-mm-event']);
      // whole values (the phone's digits in any format): a part as short as '1988' turns up in random ids
      for (const personal of [
        'Sam Rivers',
        'sam.rivers@example.com',
        '412000111',
        '412 000 111',
        'Harbour St',
        'Rivers',
        '1988-02-03',
        'Lumbar',
      ]) {
        expect(call.body).not.toContain(personal);
      }
    }
    const created = JSON.parse(calls.find((c) => c.headers['x-mm-event'] === 'booking.created')?.body ?? '{}');
    expect(created.data.booking).toMatchObject({
      reference: booking.reference,
      status: 'CONFIRMED',
      durationMinutes: 60,
      treatment: { id: booking.treatment.id },
      partnerId,
    });
    expect(created.data.booking.start).toBe(new Date(booking.start).toISOString().replace('.000Z', 'Z'));
    expect(created.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const moved = JSON.parse(calls.find((c) => c.headers['x-mm-event'] === 'booking.rescheduled')?.body ?? '{}');
    expect(new Date(moved.data.booking.start).toISOString()).toBe(new Date(later.start).toISOString());
    expect(new Date(moved.data.booking.previousStart).toISOString()).toBe(new Date(booking.start).toISOString());

    // Rotation: the new secret is shown once; for the grace period, both sign.
    const rotated = await t.graphql<{
      rotateWebhookSecret: { secret: string; endpoint: { previousSecretValidUntil: string } };
    }>(
      'mutation ($id: ID!) { rotateWebhookSecret(id: $id, graceHours: 1) { secret endpoint { previousSecretValidUntil } } }',
      { id: endpoint.id },
      admin,
    );
    const newSecret = rotated.data?.rotateWebhookSecret.secret ?? '';
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(endpoint.secret);
    await partnerBooking(5);
    await expect.poll(() => callsTo('/all').length).toBe(expected.length + 1);
    const afterRotation = callsTo('/all').at(-1);
    if (!afterRotation) throw new Error('no call');
    expect(String(afterRotation.headers['x-mm-signature']).match(/v1=/g)).toHaveLength(2);
    expect(verify(newSecret, afterRotation)).toBe(true);
    expect(verify(endpoint.secret, afterRotation)).toBe(true);
    // After the grace period, only the new one.
    await t.sql("update webhook_endpoint set previous_valid_until = now() - interval '1 second' where id = ?", [
      endpoint.id,
    ]);
    await partnerBooking(6);
    await expect.poll(() => callsTo('/all').length).toBe(expected.length + 2);
    const last = callsTo('/all').at(-1);
    if (!last) throw new Error('no call');
    expect(verify(newSecret, last)).toBe(true);
    expect(verify(endpoint.secret, last)).toBe(false);

    const removed = await t.graphql(
      'mutation ($id: ID!) { removeWebhookEndpoint(id: $id) { active } }',
      { id: endpoint.id },
      admin,
    );
    expect(removed.data).toEqual({ removeWebhookEndpoint: { active: false } });
  });

  it('retries a failing receiver with backoff, then keeps the call as a dead letter, which can be sent again', async () => {
    receiver.answer('/failing', 500);
    const endpoint = await addEndpoint('/failing', ['BOOKING_CREATED']);
    const { booking } = await partnerBooking(8);
    const log =
      'query ($p: ID!) { webhookDeliveries(partnerId: $p, status: DEAD) { edges { node { id status attempts responseCode lastError bookingReference endpointUrl createdAt dueAt sentAt } } } }';
    type Log = { webhookDeliveries: { edges: { node: Record<string, unknown> & { id: string } }[] } };
    await expect
      .poll(async () => (await t.graphql<Log>(log, { p: partnerId }, admin)).data?.webhookDeliveries.edges.length)
      .toBe(1);
    expect(callsTo('/failing')).toHaveLength(3);
    const dead = (await t.graphql<Log>(log, { p: partnerId }, admin)).data?.webhookDeliveries.edges[0]?.node;
    expect(dead).toMatchObject({
      status: 'DEAD',
      attempts: 3,
      responseCode: 500,
      lastError: 'the endpoint answered 500',
      bookingReference: booking.reference,
      endpointUrl: receiver.url('/failing'),
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      dueAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      sentAt: null,
    });
    // every attempt was the same delivery, signed
    expect(new Set(callsTo('/failing').map((c) => c.headers['x-mm-delivery']))).toEqual(new Set([dead?.id]));
    expect(callsTo('/failing').every((c) => verify(endpoint.secret, c))).toBe(true);

    receiver.answer('/failing', 200);
    const resent = await t.graphql(
      'mutation ($id: ID!) { resendDelivery(id: $id) { status attempts } }',
      { id: dead?.id },
      admin,
    );
    expect(resent.data).toEqual({ resendDelivery: { status: 'PENDING', attempts: 0 } });
    await expect.poll(() => callsTo('/failing').length).toBe(4);
    await expect
      .poll(
        async () => (await t.sql<{ status: string }>('select status from outbox where id = ?', [dead?.id]))[0]?.status,
      )
      .toBe('SENT');
    // a coordinator may not resend webhook calls
    const coordinator = asStaff(await signIn(t, DEMO_LOGINS.COORDINATOR));
    const refused = await t.graphql(
      'mutation ($id: ID!) { resendDelivery(id: $id) { status } }',
      { id: dead?.id },
      coordinator,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
