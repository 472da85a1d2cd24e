import { type DomainError, domainError } from './errors.js';
import { err, ok, type Result } from './result.js';

/** An amount in the currency's minor units (cents): never a float. */
export interface Money {
  readonly amountMinor: number;
  /** ISO-4217 code, upper case. */
  readonly currency: string;
}

const supportedCurrencies = new Set(Intl.supportedValuesOf('currency'));

export function moneyOf(amountMinor: number, currency: string): Result<Money, DomainError> {
  if (!Number.isSafeInteger(amountMinor)) {
    return err(domainError('BAD_USER_INPUT', 'Amount must be a whole number of minor units', 'amountMinor'));
  }
  if (!supportedCurrencies.has(currency)) {
    return err(domainError('BAD_USER_INPUT', `Unknown ISO-4217 currency "${currency}"`, 'currency'));
  }
  return ok({ amountMinor, currency });
}

/** How many minor units make one major unit: 2 for AUD, 0 for JPY, 3 for KWD. */
export function minorUnitDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

// Building an Intl.NumberFormat costs far more than formatting with one: one per locale and currency.
const formatters = new Map<string, { readonly format: Intl.NumberFormat; readonly divisor: number }>();

/** "$139.00" for 13900 AUD in en-AU; the locale decides symbol and separators. */
export function formatMoney(money: Money, locale: string): string {
  const key = `${locale}|${money.currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const digits = minorUnitDigits(money.currency);
    formatter = {
      format: new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: money.currency,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
      divisor: 10 ** digits,
    };
    formatters.set(key, formatter);
  }
  return formatter.format.format(money.amountMinor / formatter.divisor);
}

export const sameMoney = (a: Money, b: Money): boolean => a.amountMinor === b.amountMinor && a.currency === b.currency;

/**
 * An amount as a person types it ("139", "139.5", "1,139.00") in minor units of the
 * currency, without floating point; at most as many decimals as the currency has.
 */
export function parseMoneyAmount(text: string, currency: string, field = 'amount'): Result<Money, DomainError> {
  const digits = minorUnitDigits(currency);
  const cleaned = text.trim().replaceAll(',', '');
  const match = /^(\d{1,9})(?:\.(\d+))?$/.exec(cleaned);
  const fraction = match?.[2] ?? '';
  if (!match || fraction.length > digits) {
    return err(domainError('BAD_USER_INPUT', `Write the amount as a number with at most ${digits} decimals`, field));
  }
  const amountMinor = Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return ok({ amountMinor, currency });
}
