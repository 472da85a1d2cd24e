import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asStaff, DEMO_LOGINS, DEMO_PUBLISHABLE_KEY, signIn } from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

// Tight limits, each test on a limit of its own: one instance for the address limit, one for the rest.
let byAddress: TestApi;
let t: TestApi;
beforeAll(async () => {
  [byAddress, t] = await Promise.all([
    startTestApi({ RATE_LIMIT_IP: '5/60' }),
    startTestApi({
      RATE_LIMIT_KEY: '3/60',
      RATE_LIMIT_SESSION: '3/60',
      RATE_LIMIT_MANAGE: '3/600',
      RATE_LIMIT_REFERRAL: '3/600',
    }),
  ]);
});
afterAll(async () => {
  await Promise.all([byAddress?.close(), t?.close()]);
});

interface Refusal {
  status: number;
  retryAfter: string | null;
  body: { errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[] };
}
async function send(t: TestApi, body: unknown, headers: Record<string, string> = {}): Promise<Refusal> {
  const response = await t.post(body, headers);
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Refusal['body'],
  };
}
const TYPENAME = { query: '{ __typename }' };

describe('rate limits', () => {
  it('per client address: RATE_LIMITED with retryAfterSeconds and Retry-After, before any work', async () => {
    for (let i = 0; i < 5; i++) expect((await send(byAddress, TYPENAME)).status).toBe(200);
    const refused = await send(byAddress, TYPENAME);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const seconds = refused.body.errors?.[0]?.extensions?.retryAfterSeconds ?? 0;
    expect(seconds).toBeGreaterThan(0);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(refused.retryAfter).toBe(String(seconds));
  });

  it('per partner key', async () => {
    const key = { 'x-partner-key': DEMO_PUBLISHABLE_KEY };
    for (let i = 0; i < 3; i++) expect((await send(t, TYPENAME, key)).status).toBe(200);
    expect((await send(t, TYPENAME, key)).body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await send(t, TYPENAME)).status).toBe(200); // the address itself is not limited
  });

  it('per staff session', async () => {
    const cookie = await signIn(t, DEMO_LOGINS.COORDINATOR);
    for (let i = 0; i < 3; i++) expect((await send(t, { query: '{ me { id } }' }, asStaff(cookie))).status).toBe(200);
    expect((await send(t, { query: '{ me { id } }' }, asStaff(cookie))).body.errors?.[0]?.extensions?.code).toBe(
      'RATE_LIMITED',
    );
    const other = await signIn(t, DEMO_LOGINS.COORDINATOR);
    expect((await send(t, { query: '{ me { id } }' }, asStaff(other))).status).toBe(200);
  });

  it('for manage tokens: their own limit per address', async () => {
    const query = { query: '{ booking(reference: "BK-222222", manageToken: "guess") { id } }' };
    for (let i = 0; i < 3; i++) expect((await send(t, query)).body).toEqual({ data: { booking: null } });
    const refused = await send(t, query);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await send(t, TYPENAME)).status).toBe(200);
  });

  it('for referral codes: unusable codes count anywhere, and then no code is looked up', async () => {
    const { data } = await t.graphql<{ treatments: { id: string; slug: string }[] }>('{ treatments { id slug } }');
    const medical = data?.treatments.find((x) => x.slug === 'medical-massage')?.id;
    const availability = (code: string) =>
      t.graphql('query ($i: AvailabilityInput!) { availability(input: $i) { date } }', {
        i: {
          treatmentId: medical,
          durationMinutes: 60,
          from: '2030-01-01',
          to: '2030-01-01',
          timeZone: 'Australia/Sydney',
          referralCode: code,
        },
      });
    // a real code pages through availability freely
    for (let i = 0; i < 5; i++) expect((await availability('rx-demo-back')).errors).toBeUndefined();
    for (let i = 0; i < 3; i++) {
      expect((await availability(`RX-GUESS-${i}`)).errors?.[0]?.extensions).toMatchObject({ code: 'REFERRAL_INVALID' });
    }
    expect((await availability('RX-DEMO-BACK')).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const check = await t.graphql('{ checkReferral(code: "RX-DEMO-BACK") { valid } }');
    expect(check.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});

// The server's store (PostgreSQL) is what the rest of this file uses on a server; Redis when one is at hand.
const redisUrl = process.env.TEST_REDIS_URL || undefined;
describe.skipIf(!redisUrl)('rate limits in Redis (REDIS_URL)', () => {
  const inRedis = { REDIS_URL: redisUrl ?? '', RATE_LIMIT_REFERRAL: '3/600' };
  const instances: TestApi[] = [];
  beforeAll(async () => {
    const first = await startTestApi(inRedis);
    instances.push(first);
    // a second instance on the same database, where there can be one (a server)
    if (first.kind === 'server') instances.push(await startTestApi(inRedis, { sameDatabaseAs: first }));
  });
  afterAll(async () => {
    await Promise.all(instances.map((i) => i.close()));
  });

  it('count there, shared by the instances of one database', async () => {
    const check = (api: TestApi) => api.graphql('{ checkReferral(code: "RX-NOPE") { valid } }');
    for (let i = 0; i < 3; i++) {
      expect((await check(instances[i % instances.length] as TestApi)).errors).toBeUndefined();
    }
    for (const api of instances) expect((await check(api)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
