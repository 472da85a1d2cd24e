import { describe, expect, it } from 'vitest';
import { formatMoney, minorUnitDigits, moneyOf, parseMoneyAmount } from './money.js';

describe('moneyOf', () => {
  it('accepts whole minor units in a known currency', () => {
    expect(moneyOf(13900, 'AUD')).toEqual({ ok: true, value: { amountMinor: 13900, currency: 'AUD' } });
  });

  it('rejects fractions of a minor unit and unsafe integers', () => {
    for (const amount of [139.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      const result = moneyOf(amount, 'AUD');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountMinor' });
    }
  });

  it('rejects unknown or lower-case currencies', () => {
    for (const currency of ['XYZ', 'aud', 'AU', '']) {
      const result = moneyOf(100, currency);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.field).toBe('currency');
    }
  });
});

describe('formatMoney', () => {
  it('formats AUD for an Australian reader', () => {
    expect(formatMoney({ amountMinor: 13900, currency: 'AUD' }, 'en-AU')).toBe('$139.00');
    expect(formatMoney({ amountMinor: 25950, currency: 'AUD' }, 'en-AU')).toBe('$259.50');
  });

  it('marks a foreign dollar and follows the locale separators', () => {
    expect(formatMoney({ amountMinor: 13900, currency: 'AUD' }, 'en-US')).toBe('A$139.00');
    expect(formatMoney({ amountMinor: 123456, currency: 'EUR' }, 'de-DE')).toBe('1.234,56\u00a0€');
  });

  it('knows currencies without or with three minor digits', () => {
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('KWD')).toBe(3);
    expect(formatMoney({ amountMinor: 1500, currency: 'JPY' }, 'en-US')).toBe('¥1,500');
    expect(formatMoney({ amountMinor: 1500, currency: 'KWD' }, 'en-US')).toBe('KWD\u00a01.500');
  });
});

describe('parseMoneyAmount', () => {
  it('reads what people type into minor units, without floating point', () => {
    expect(parseMoneyAmount('139', 'AUD')).toEqual({ ok: true, value: { amountMinor: 13900, currency: 'AUD' } });
    expect(parseMoneyAmount(' 1,139.5 ', 'AUD')).toEqual({ ok: true, value: { amountMinor: 113950, currency: 'AUD' } });
    expect(parseMoneyAmount('0.29', 'AUD')).toEqual({ ok: true, value: { amountMinor: 29, currency: 'AUD' } });
    expect(parseMoneyAmount('500', 'JPY')).toEqual({ ok: true, value: { amountMinor: 500, currency: 'JPY' } });
    for (const bad of ['', '12.345', '-5', 'ten', '1e3']) {
      expect(parseMoneyAmount(bad, 'AUD', 'price')).toMatchObject({ ok: false, error: { field: 'price' } });
    }
  });
});
