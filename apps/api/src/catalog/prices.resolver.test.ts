import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  availability,
  bookingInput,
  createBooking,
  sydneyDate,
  treatmentId,
} from '../test-support/booking-fixtures.js';
import { asStaff, DEMO_LOGINS, signIn } from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

let t: TestApi;
let coordinator: Record<string, string>;
beforeAll(async () => {
  t = await startTestApi();
  coordinator = asStaff(await signIn(t, DEMO_LOGINS.COORDINATOR));
});
afterAll(async () => {
  await t?.close();
});

const SCHEDULE = `mutation ($d: Int!, $a: Int!, $from: Date!) {
  schedulePriceChange(durationMinutes: $d, amountMinor: $a, effectiveFrom: $from) {
    id durationMinutes price { amountMinor formatted } effectiveFrom effectiveUntil period createdBy
  }
}`;
const HISTORY =
  '{ priceHistory { id durationMinutes price { amountMinor } effectiveFrom effectiveUntil period createdAt } }';
type Row = {
  id: string;
  durationMinutes: number;
  price: { amountMinor: number };
  effectiveFrom: string;
  effectiveUntil: string | null;
  period: string;
};

const schedule = (d: number, a: number, from: string) =>
  t.graphql<{ schedulePriceChange: Row & { createdBy: string } }>(SCHEDULE, { d, a, from }, coordinator);

async function bookOn(days: number, durationMinutes: number) {
  const deepTissue = await treatmentId(t, 'deep-tissue');
  const { days: free } = await availability(t, {
    treatmentId: deepTissue,
    durationMinutes,
    postcode: '2000',
    from: sydneyDate(days),
    to: sydneyDate(days + 6),
  });
  const slot = free.flatMap((d) => d.slots)[0];
  const made = await createBooking(t, bookingInput({ treatmentId: deepTissue, durationMinutes, start: slot?.start }));
  if (!made.data) throw new Error(JSON.stringify(made.errors));
  return made.data.createBooking.booking;
}

describe('price changes with an effective date', () => {
  it('prices sessions from the date at the new price, keeps what was sold, and keeps the history', async () => {
    const before = await bookOn(30, 90);
    expect(before.price.amountMinor).toBe(19900);
    const from = sydneyDate(20);
    const changed = await schedule(90, 21900, from);
    expect(changed.errors).toBeUndefined();
    expect(changed.data?.schedulePriceChange).toMatchObject({
      durationMinutes: 90,
      price: { amountMinor: 21900, formatted: '$219.00' },
      effectiveFrom: from,
      effectiveUntil: null,
      period: 'SCHEDULED',
      createdBy: 'Casey Coordinator',
    });

    // sold before the change: its price stays
    const [kept] = await t.sql<{ price_amount_minor: number }>('select price_amount_minor from booking where id = ?', [
      before.id,
    ]);
    expect(kept?.price_amount_minor).toBe(19900);
    // sessions before the date at the old price, from the date at the new one
    expect((await bookOn(3, 90)).price.amountMinor).toBe(19900);
    expect((await bookOn(21, 90)).price.amountMinor).toBe(21900);

    // today's public prices are still the old ones; those of a later day the new
    const { data: now } = await t.graphql<{
      priceTiers: { durationMinutes: number; price: { amountMinor: number } }[];
    }>('{ priceTiers { durationMinutes price { amountMinor } } }');
    expect(now?.priceTiers.find((p) => p.durationMinutes === 90)?.price.amountMinor).toBe(19900);
    expect(now?.priceTiers).toHaveLength(4);
    const { data: later } = await t.graphql<{
      priceTiers: { durationMinutes: number; price: { amountMinor: number } }[];
    }>('query ($on: Date) { priceTiers(on: $on) { durationMinutes price { amountMinor } } }', { on: from });
    expect(later?.priceTiers.find((p) => p.durationMinutes === 90)?.price.amountMinor).toBe(21900);

    const history = await t.graphql<{ priceHistory: Row[] }>(HISTORY, {}, coordinator);
    const ninety = history.data?.priceHistory.filter((r) => r.durationMinutes === 90) ?? [];
    expect(ninety.map((r) => [r.price.amountMinor, r.effectiveUntil, r.period])).toEqual([
      [19900, from, 'CURRENT'],
      [21900, null, 'SCHEDULED'],
    ]);
  });

  it('refuses a past date, a second change after a scheduled one, and a price of zero, changing nothing', async () => {
    const count = async () => (await t.sql('select 1 from price_tier')).length;
    const rows = await count();
    const past = await schedule(60, 14900, sydneyDate(-1));
    expect(past.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'effectiveFrom' });
    const zero = await schedule(60, 0, sydneyDate(10));
    expect(zero.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'amountMinor' });
    const first = await schedule(60, 14900, sydneyDate(40));
    expect(first.errors).toBeUndefined();
    const second = await schedule(60, 15900, sydneyDate(10));
    expect(second.errors?.[0]?.extensions).toEqual({ code: 'POLICY_VIOLATION', field: 'effectiveFrom' });
    expect(await count()).toBe(rows + 1);

    // withdrawn, the price before it runs on
    const cancel = await t.graphql(
      'mutation ($id: ID!) { cancelPriceChange(id: $id) }',
      { id: first.data?.schedulePriceChange.id },
      coordinator,
    );
    expect(cancel.errors).toBeUndefined();
    const history = await t.graphql<{ priceHistory: Row[] }>(HISTORY, {}, coordinator);
    expect(history.data?.priceHistory.filter((r) => r.durationMinutes === 60).map((r) => r.effectiveUntil)).toEqual([
      null,
    ]);
    const current = history.data?.priceHistory.find((r) => r.durationMinutes === 60);
    const again = await t.graphql(
      'mutation ($id: ID!) { cancelPriceChange(id: $id) }',
      { id: current?.id },
      coordinator,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('POLICY_VIOLATION');
  });

  it('the database allows one price a day per length, and none of zero', async () => {
    await expect(
      t.sql(
        "insert into price_tier (id, duration_minutes, amount_minor, currency, effective_from) values (gen_random_uuid(), 120, 30000, 'AUD', current_date)",
      ),
    ).rejects.toMatchObject({ code: '23P01', constraint: 'price_tier_one_price_a_day' });
    await expect(
      t.sql(
        "insert into price_tier (id, duration_minutes, amount_minor, currency, effective_from) values (gen_random_uuid(), 45, 0, 'AUD', current_date)",
      ),
    ).rejects.toMatchObject({ code: '23514', constraint: 'price_tier_amount_positive' });
  });
});
