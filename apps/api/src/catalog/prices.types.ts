import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { MoneyType } from '../graphql/money.type.js';
import { DateScalar } from '../graphql/scalars.js';

export const PRICE_PERIODS = ['PAST', 'CURRENT', 'SCHEDULED'] as const;
export type PricePeriod = (typeof PRICE_PERIODS)[number];
const PricePeriodEnum = Object.fromEntries(PRICE_PERIODS.map((p) => [p, p])) as Record<PricePeriod, PricePeriod>;
registerEnumType(PricePeriodEnum, {
  name: 'PricePeriod',
  description: 'PAST: no longer on sale; CURRENT: on sale today; SCHEDULED: from a later day.',
});

@ObjectType('DatedPriceTier', {
  description: 'A price of a session length over a span of days: one version of its history.',
})
export class DatedPriceTierType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => MoneyType)
  price!: MoneyType;

  @Field(() => DateScalar, { description: "first day on sale, in the operator's zone" })
  effectiveFrom!: string;

  @Field(() => DateScalar, { nullable: true, description: 'first day no longer on sale at this price' })
  effectiveUntil!: string | null;

  @Field(() => PricePeriodEnum)
  period!: PricePeriod;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: 'who entered it; none for the first prices' })
  createdBy!: string | null;
}
