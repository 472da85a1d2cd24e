import type { Technique } from '@mm/domain/vocabulary';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { TechniqueEnum } from '../graphql/enums.js';
import { TreatmentType } from './catalog.types.js';

@ObjectType('StaffTreatment', { description: 'A treatment as staff manage it, on sale or not.' })
export class StaffTreatmentType extends TreatmentType {
  @Field(() => Int, { description: 'place in the catalogue, lowest first' })
  position!: number;

  @Field(() => Boolean, { description: 'on sale; one taken off keeps its bookings' })
  active!: boolean;
}

@InputType('TreatmentInput')
export class TreatmentInput {
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

  @Field(() => Int)
  position!: number;
}
