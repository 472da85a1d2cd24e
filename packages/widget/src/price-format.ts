import type { Money } from './api.js';

/** A price in `locale` when one is given, else the API's `formatted` (the operator's locale). */
export function formatPrice(price: Money, locale: string): string {
  if (!locale) return price.formatted;
  try {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency: price.currency });
    return format.format(price.amountMinor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
  } catch {
    // A malformed locale attribute on the partner's page must not hide the prices.
    return price.formatted;
  }
}

/** "60 min — $139.00" */
export const formatTier = (minutes: number, price: Money, locale: string): string =>
  `${minutes} min — ${formatPrice(price, locale)}`;
