import type { Condition, Technique } from '@mm/domain/vocabulary';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConditionEnum, TechniqueEnum } from '../graphql/enums.js';
import { MoneyType } from '../graphql/money.type.js';

@ObjectType('Treatment')
export class TreatmentType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: '"medical-massage", "deep-tissue", ...' })
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

@ObjectType('TechniqueOption', { description: 'A technique with its name for people.' })
export class TechniqueOptionType {
  @Field(() => TechniqueEnum)
  technique!: Technique;

  @Field(() => String)
  label!: string;
}

@ObjectType('ConditionOption', { description: 'A condition a referral may name, with its name for people.' })
export class ConditionOptionType {
  @Field(() => ConditionEnum)
  condition!: Condition;

  @Field(() => String)
  label!: string;
}
