import { formatMoney, type Money } from '@mm/domain/money';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('Money', { description: 'An amount in integer minor units of an ISO-4217 currency.' })
export class MoneyType {
  @Field(() => Int, { description: '13900 for $139.00' })
  amountMinor!: number;

  @Field(() => String, { description: 'ISO-4217, e.g. AUD' })
  currency!: string;

  @Field(() => String, { description: "The amount in the operator's locale, e.g. $139.00" })
  formatted!: string;

  static of(money: Money, locale: string): MoneyType {
    return Object.assign(new MoneyType(), { ...money, formatted: formatMoney(money, locale) });
  }
}
