import { type DomainError, domainError } from './errors.js';
import type { Money } from './money.js';
import { err, ok, type Result } from './result.js';

export interface PriceTier {
  readonly durationMinutes: number;
  readonly price: Money;
}

/** Tiers sorted by duration, one per duration, all in one currency: build it with `priceTable`. */
export interface PriceTable {
  readonly tiers: readonly PriceTier[];
}

const MAX_SESSION_MINUTES = 8 * 60;

export function priceTable(tiers: readonly PriceTier[]): Result<PriceTable, DomainError> {
  const sorted = [...tiers].sort((a, b) => a.durationMinutes - b.durationMinutes);
  for (const [i, tier] of sorted.entries()) {
    const { durationMinutes, price } = tier;
    if (!Number.isInteger(durationMinutes) || durationMinutes <= 0 || durationMinutes > MAX_SESSION_MINUTES) {
      return err(
        domainError('BAD_USER_INPUT', `A session lasts 1 to ${MAX_SESSION_MINUTES} whole minutes`, 'durationMinutes'),
      );
    }
    if (price.amountMinor <= 0) {
      return err(domainError('BAD_USER_INPUT', 'A price must be above zero', 'price'));
    }
    const previous = sorted[i - 1];
    if (previous && previous.durationMinutes === durationMinutes) {
      return err(domainError('BAD_USER_INPUT', `Two tiers for ${durationMinutes} minutes`, 'durationMinutes'));
    }
    if (previous && previous.price.currency !== price.currency) {
      return err(domainError('BAD_USER_INPUT', 'All tiers must be in one currency', 'currency'));
    }
  }
  return ok({ tiers: sorted });
}

/** The price of a session of exactly this length, or undefined when no tier sells it. */
export function priceFor(table: PriceTable, durationMinutes: number): Money | undefined {
  return table.tiers.find((tier) => tier.durationMinutes === durationMinutes)?.price;
}
