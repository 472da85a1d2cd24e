import { describe, expect, it } from 'vitest';
import { checkPriceChange, priceFor, priceTable, tiersDuring, tiersOn } from './pricing.js';
import { STARTER_PRICE_TIERS } from './vocabulary.js';

const aud = (amountMinor: number) => ({ amountMinor, currency: 'AUD' });
const starter = STARTER_PRICE_TIERS.map((t) => ({ durationMinutes: t.durationMinutes, price: aud(t.amountMinor) }));

describe('priceTable', () => {
  it('sorts tiers by duration', () => {
    const result = priceTable([...starter].reverse());
    expect(result.ok && result.value.tiers.map((t) => t.durationMinutes)).toEqual([60, 75, 90, 120]);
  });

  it.each([
    ['two tiers of one length', [...starter, { durationMinutes: 60, price: aud(100) }], 'durationMinutes'],
    ['a zero length', [{ durationMinutes: 0, price: aud(100) }], 'durationMinutes'],
    ['a fractional length', [{ durationMinutes: 60.5, price: aud(100) }], 'durationMinutes'],
    ['a free session', [{ durationMinutes: 60, price: aud(0) }], 'price'],
    [
      'mixed currencies',
      [starter[0], { durationMinutes: 90, price: { amountMinor: 100, currency: 'NZD' } }],
      'currency',
    ],
  ])('rejects %s', (_name, tiers, field) => {
    const result = priceTable(tiers.filter((t) => t !== undefined));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('priceFor', () => {
  const table = priceTable(starter);
  if (!table.ok) throw new Error('starter tiers must be valid');

  it('finds the tier of exactly that length', () => {
    expect(priceFor(table.value, 60)).toEqual(aud(13900));
    expect(priceFor(table.value, 75)).toEqual(aud(17400));
    expect(priceFor(table.value, 90)).toEqual(aud(19900));
    expect(priceFor(table.value, 120)).toEqual(aud(25900));
  });

  it('has no price for a length no tier sells', () => {
    expect(priceFor(table.value, 45)).toBeUndefined();
    expect(priceFor(table.value, 61)).toBeUndefined();
  });
});

describe('dated tiers', () => {
  const tiers = [
    { durationMinutes: 60, price: aud(13900), effectiveFrom: '2026-01-01', effectiveUntil: '2027-01-01' },
    { durationMinutes: 60, price: aud(14900), effectiveFrom: '2027-01-01', effectiveUntil: null },
    { durationMinutes: 90, price: aud(19900), effectiveFrom: '2026-01-01', effectiveUntil: null },
  ];

  it('sells the tier whose days include the date, the first day included and the last excluded', () => {
    expect(tiersOn(tiers, '2026-12-31').map((t) => t.price.amountMinor)).toEqual([13900, 19900]);
    expect(tiersOn(tiers, '2027-01-01').map((t) => t.price.amountMinor)).toEqual([14900, 19900]);
    expect(tiersOn(tiers, '2025-12-31')).toEqual([]);
    expect(tiersDuring(tiers, '2026-12-30', '2027-01-02')).toHaveLength(3);
  });

  it('takes a change of a sellable length, above zero, from today to two years ahead', () => {
    const change = { durationMinutes: 60, price: aud(14900), effectiveFrom: '2027-01-01', today: '2026-11-28' };
    expect(checkPriceChange(change).ok).toBe(true);
    expect(checkPriceChange({ ...change, effectiveFrom: '2028-11-28' }).ok).toBe(true);
    for (const effectiveFrom of ['2028-11-29', '9999-12-31']) {
      expect(checkPriceChange({ ...change, effectiveFrom })).toMatchObject({
        ok: false,
        error: { field: 'effectiveFrom', message: 'A price change is scheduled at most 2 years ahead' },
      });
    }
    expect(checkPriceChange({ ...change, effectiveFrom: '2026-11-27' })).toMatchObject({
      ok: false,
      error: { field: 'effectiveFrom' },
    });
    expect(checkPriceChange({ ...change, price: aud(0) })).toMatchObject({
      ok: false,
      error: { field: 'amountMinor' },
    });
    expect(checkPriceChange({ ...change, durationMinutes: 7 })).toMatchObject({
      ok: false,
      error: { field: 'durationMinutes' },
    });
  });
});
