import { type DomainError, domainError } from './errors.js';
import type { Money } from './money.js';
import { err, ok, type Result } from './result.js';
import { addYears, isValidDate } from './zoned-time.js';

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

/**
 * A tier with the days it is sold on, in the operator's zone: from `effectiveFrom`
 * (included) until `effectiveUntil` (excluded; null: no end). A price change is a
 * new tier from its date; the one before ends there. Bookings keep what they were sold at.
 */
export interface DatedPriceTier extends PriceTier {
  readonly effectiveFrom: string;
  readonly effectiveUntil: string | null;
}

/** The tiers sold on `date` (YYYY-MM-DD). */
export const tiersOn = <T extends DatedPriceTier>(tiers: readonly T[], date: string): T[] =>
  tiers.filter((t) => t.effectiveFrom <= date && (t.effectiveUntil === null || date < t.effectiveUntil));

/** The tiers sold on some day from `from` to `to` (both included). */
export const tiersDuring = <T extends DatedPriceTier>(tiers: readonly T[], from: string, to: string): T[] =>
  tiers.filter((t) => t.effectiveFrom <= to && (t.effectiveUntil === null || from < t.effectiveUntil));

export const MAX_PRICE_MINOR = 100_000_00;

/** How far ahead a price change may be scheduled: further is a year typed wrong. */
export const PRICE_CHANGE_YEARS_AHEAD = 2;

/** A price change staff schedule: a sellable length, a price above zero, from today to PRICE_CHANGE_YEARS_AHEAD ahead. */
export function checkPriceChange(change: {
  durationMinutes: number;
  price: Money;
  effectiveFrom: string;
  today: string;
}): Result<void, DomainError> {
  const { durationMinutes, price, effectiveFrom, today } = change;
  if (!Number.isInteger(durationMinutes) || durationMinutes < 15 || durationMinutes > MAX_SESSION_MINUTES) {
    return err(
      domainError('BAD_USER_INPUT', `A session lasts 15 to ${MAX_SESSION_MINUTES} whole minutes`, 'durationMinutes'),
    );
  }
  if (!Number.isSafeInteger(price.amountMinor) || price.amountMinor <= 0 || price.amountMinor > MAX_PRICE_MINOR) {
    return err(domainError('BAD_USER_INPUT', 'A price is above zero and below 100,000', 'amountMinor'));
  }
  if (!isValidDate(effectiveFrom)) {
    return err(domainError('BAD_USER_INPUT', 'Give the first day of the new price', 'effectiveFrom'));
  }
  if (effectiveFrom < today) {
    return err(
      domainError(
        'BAD_USER_INPUT',
        'A price change starts today or later: what was sold keeps its price',
        'effectiveFrom',
      ),
    );
  }
  if (effectiveFrom > addYears(today, PRICE_CHANGE_YEARS_AHEAD)) {
    return err(
      domainError(
        'BAD_USER_INPUT',
        `A price change is scheduled at most ${PRICE_CHANGE_YEARS_AHEAD} years ahead`,
        'effectiveFrom',
      ),
    );
  }
  return ok(undefined);
}
