import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sydneyDate } from '../test-support/booking-fixtures.js';
import { asStaff, DEMO_LOGINS, signIn } from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

// The embedded database is one session, so races cannot happen there: these run on a server.
const serverUrl = process.env.DATABASE_URL || undefined;

describe.skipIf(!serverUrl)('price changes under concurrency (PostgreSQL server)', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('ten coordinators scheduling a price for the same length and day: one wins, the length keeps one price a day', async () => {
    const coordinator = asStaff(await signIn(t, DEMO_LOGINS.COORDINATOR));
    const from = sydneyDate(15);
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t
          .graphql(
            'mutation ($a: Int!, $from: Date!) { schedulePriceChange(durationMinutes: 75, amountMinor: $a, effectiveFrom: $from) { id } }',
            { a: 18000 + i * 100, from },
            coordinator,
          )
          .then((r) => r.errors?.[0]?.extensions?.code ?? 'SCHEDULED'),
      ),
    );
    expect(outcomes.filter((o) => o === 'SCHEDULED')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'POLICY_VIOLATION')).toHaveLength(9);
    const rows = await t.sql<{ effective_from: string; effective_until: string | null }>(
      'select effective_from::text, effective_until::text from price_tier where duration_minutes = 75 order by effective_from',
    );
    expect(rows).toEqual([
      { effective_from: expect.any(String), effective_until: from },
      { effective_from: from, effective_until: null },
    ]);
  });
});
