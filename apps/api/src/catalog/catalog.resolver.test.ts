import { STARTER_TREATMENTS } from '@mm/domain/vocabulary';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

interface Catalog {
  treatments: { id: string; slug: string; name: string; requiresReferral: boolean; techniques: string[] }[];
  priceTiers: {
    id: string;
    durationMinutes: number;
    price: { amountMinor: number; currency: string; formatted: string };
  }[];
}

describe('catalogue over HTTP', () => {
  it('lists the seeded treatments in catalogue order', async () => {
    const { data, errors } = await t.graphql<Catalog>('{ treatments { id slug name requiresReferral techniques } }');
    expect(errors).toBeUndefined();
    expect(data?.treatments.map((x) => x.slug)).toEqual(STARTER_TREATMENTS.map((x) => x.slug));
    const medical = data?.treatments.find((x) => x.slug === 'medical-massage');
    expect(medical).toMatchObject({ requiresReferral: true, techniques: expect.arrayContaining(['TRIGGER_POINT']) });
    expect(data?.treatments.filter((x) => x.requiresReferral)).toHaveLength(1);
  });

  it('lists the four price tiers in AUD, formatted for the operator', async () => {
    const { data } = await t.graphql<Catalog>(
      '{ priceTiers { durationMinutes price { amountMinor currency formatted } } }',
    );
    expect(data?.priceTiers).toEqual([
      { durationMinutes: 60, price: { amountMinor: 13900, currency: 'AUD', formatted: '$139.00' } },
      { durationMinutes: 75, price: { amountMinor: 17400, currency: 'AUD', formatted: '$174.00' } },
      { durationMinutes: 90, price: { amountMinor: 19900, currency: 'AUD', formatted: '$199.00' } },
      { durationMinutes: 120, price: { amountMinor: 25900, currency: 'AUD', formatted: '$259.00' } },
    ]);
  });

  it('reads what is in the database, not a fixed list', async () => {
    await t.api.database.orm.em
      .getConnection()
      .execute('update price_tier set amount_minor = 14500 where duration_minutes = 60');
    const { data } = await t.graphql<Catalog>('{ priceTiers { durationMinutes price { formatted } } }');
    expect(data?.priceTiers[0]).toEqual({ durationMinutes: 60, price: { formatted: '$145.00' } });
  });
});
