import { describe, expect, it } from 'vitest';
import { priceFor, priceTable } from './pricing.js';
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
