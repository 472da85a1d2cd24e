import { instantToLocalDate } from '@mm/domain/zoned-time';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import type { Context } from '../graphql/context.js';
import { orThrow } from '../graphql/errors.js';
import { MoneyType } from '../graphql/money.type.js';
import { DateScalar } from '../graphql/scalars.js';
import { cancelPriceChange, type PriceHistoryRow, priceHistory, schedulePriceChange } from './prices.service.js';
import { DatedPriceTierType, type PricePeriod } from './prices.types.js';

const periodOf = (row: PriceHistoryRow, today: string): PricePeriod =>
  row.effectiveFrom > today
    ? 'SCHEDULED'
    : row.effectiveUntil !== null && row.effectiveUntil <= today
      ? 'PAST'
      : 'CURRENT';

function toDatedType(row: PriceHistoryRow, ctx: Context, today: string): DatedPriceTierType {
  return Object.assign(new DatedPriceTierType(), {
    ...row,
    createdAt: new Date(row.createdAt), // the driver may hand a timestamptz over as text
    price: MoneyType.of({ amountMinor: row.amountMinor, currency: row.currency }, ctx.settings.operator.locale),
    period: periodOf(row, today),
  });
}

const todayOf = (ctx: Context) => instantToLocalDate(Date.now(), ctx.settings.operator.timeZone);

function staffId(ctx: Context): string {
  if (ctx.caller.kind !== 'staff') throw new Error('a staff operation ran without a staff caller');
  return ctx.caller.accountId;
}

@Resolver()
export class PricesResolver {
  @Allow('ADMIN', 'COORDINATOR')
  @Query(() => [DatedPriceTierType], {
    description: 'Every price, past, current and scheduled: by length, then by date.',
  })
  async priceHistory(@Ctx() ctx: Context): Promise<DatedPriceTierType[]> {
    const today = todayOf(ctx);
    return (await priceHistory(ctx.em)).map((row) => toDatedType(row, ctx, today));
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => DatedPriceTierType, {
    description:
      'A new price for a length from a day on (today or later); bookings already sold keep theirs. Adds a length too.',
  })
  async schedulePriceChange(
    @Arg('durationMinutes', () => Int) durationMinutes: number,
    @Arg('amountMinor', () => Int, { description: "in the operator's currency" }) amountMinor: number,
    @Arg('effectiveFrom', () => DateScalar) effectiveFrom: string,
    @Ctx() ctx: Context,
  ): Promise<DatedPriceTierType> {
    const row = orThrow(
      await schedulePriceChange(
        ctx.em,
        ctx.settings,
        { durationMinutes, amountMinor, effectiveFrom },
        staffId(ctx),
        Date.now(),
      ),
    );
    ctx.catalog.clear();
    return toDatedType(row, ctx, todayOf(ctx));
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => ID, { description: 'Withdraws a change not yet on sale; returns its id.' })
  async cancelPriceChange(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    const done = orThrow(await cancelPriceChange(ctx.em, ctx.settings, id, Date.now()));
    ctx.catalog.clear();
    return done;
  }
}
