import type { Money } from './api.js';
import type { View } from './booking/steps/step-parts.js';

/** A price in the widget's locale, falling back to the API's `formatted` (the operator's locale). */
export function formatPrice(price: Money, locale: string): string {
  try {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency: price.currency });
    return format.format(price.amountMinor / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
  } catch {
    return price.formatted;
  }
}

/** "60 min — $139.00" */
export const formatTier = (view: View, minutes: number, price: Money): string =>
  view.m.tier(minutes, formatPrice(price, view.locale));
