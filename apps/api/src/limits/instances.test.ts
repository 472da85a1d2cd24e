import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asStaff, DEMO_LOGINS, demoPartnerId, issueKey, signIn } from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

// Two API instances on one database: the embedded database belongs to one process, so these run on a server.
const serverUrl = process.env.DATABASE_URL || undefined;
if (!serverUrl) console.warn('several-instance tests skipped: they need DATABASE_URL (a PostgreSQL server)');

describe.skipIf(!serverUrl)('two API instances on one database', () => {
  let a: TestApi;
  let b: TestApi;
  beforeAll(async () => {
    a = await startTestApi({ RATE_LIMIT_REFERRAL: '4/600' });
    b = await startTestApi({ RATE_LIMIT_REFERRAL: '4/600' }, { sameDatabaseAs: a });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('share rate-limit counters', async () => {
    const check = (t: TestApi) => t.graphql('{ checkReferral(code: "RX-NOPE") { valid } }');
    for (const t of [a, b, a, b]) expect((await check(t)).errors).toBeUndefined();
    expect((await check(a)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect((await check(b)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('accept each other’s sessions, and a sign-out on one ends it on the other', async () => {
    const cookie = await signIn(a, DEMO_LOGINS.COORDINATOR);
    expect((await b.graphql('{ me { role } }', {}, asStaff(cookie))).data).toEqual({ me: { role: 'COORDINATOR' } });
    await b.graphql('mutation { signOut }', {}, asStaff(cookie));
    expect((await a.graphql('{ me { role } }', {}, asStaff(cookie))).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('stop accepting a key revoked on the other at once', async () => {
    const admin = await signIn(a, DEMO_LOGINS.ADMIN);
    const { id, token } = await issueKey(a, admin, await demoPartnerId(a, admin), 'SECRET');
    const typename = (t: TestApi) => t.post({ query: '{ __typename }' }, { authorization: `Bearer ${token}` });
    expect((await typename(b)).status).toBe(200); // b now has the key in its cache
    await a.graphql('mutation ($id: ID!) { revokePartnerKey(id: $id) { id } }', { id }, asStaff(admin));
    const revokedAt = Date.now();
    await expect.poll(async () => (await typename(b)).status, { timeout: 5000, interval: 20 }).toBe(401);
    expect(Date.now() - revokedAt).toBeLessThan(1000);
  });

  it('see a catalogue change made anywhere, through their caches', async () => {
    const price = (t: TestApi) =>
      t.graphql<{ priceTiers: { durationMinutes: number; price: { amountMinor: number } }[] }>(
        '{ priceTiers { durationMinutes price { amountMinor } } }',
      );
    for (const t of [a, b]) expect((await price(t)).data?.priceTiers[0]?.price.amountMinor).toBe(13900);
    await a.sql('update price_tier set amount_minor = 14900 where duration_minutes = 60');
    for (const t of [a, b]) {
      await expect
        .poll(async () => (await price(t)).data?.priceTiers[0]?.price.amountMinor, { timeout: 5000 })
        .toBe(14900);
    }
    await a.sql('update price_tier set amount_minor = 13900 where duration_minutes = 60');
  });
});
