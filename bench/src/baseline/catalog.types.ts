// The API's catalogue types (apps/api/src/catalog/catalog.types.ts, graphql/money.type.ts)
// with the same GraphQL names and fields. Every decorator names its type: no
// decorator metadata is emitted in this repo.
import { TECHNIQUES, type Technique } from '@mm/domain/vocabulary';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

const TechniqueEnum = Object.fromEntries(TECHNIQUES.map((t) => [t, t])) as Record<Technique, Technique>;
registerEnumType(TechniqueEnum, { name: 'Technique' });

@ObjectType('Money')
export class MoneyType {
  @Field(() => Int)
  amountMinor!: number;

  @Field(() => String)
  currency!: string;

  @Field(() => String)
  formatted!: string;
}

@ObjectType('Treatment')
export class TreatmentType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Boolean)
  requiresReferral!: boolean;

  @Field(() => [TechniqueEnum])
  techniques!: Technique[];
}

@ObjectType('PriceTier')
export class PriceTierType {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => MoneyType)
  price!: MoneyType;
}
