import type { Technique } from '@mm/domain/vocabulary';
import { Field, ID, ObjectType } from 'type-graphql';
import { TechniqueEnum } from '../graphql/enums.js';
import type { TherapistEntity } from './therapist.entity.js';

@ObjectType('TherapistProfile', { description: 'What the public may see of a therapist.' })
export class TherapistProfileType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { nullable: true })
  bio?: string | null;

  @Field(() => String, { nullable: true })
  gender?: string | null;

  @Field(() => [TechniqueEnum])
  techniques!: Technique[];

  @Field(() => Boolean)
  medicalQualified!: boolean;

  static of(t: Pick<TherapistEntity, 'id' | 'displayName' | 'bio' | 'gender' | 'techniques' | 'medicalQualified'>) {
    return Object.assign(new TherapistProfileType(), {
      id: t.id,
      displayName: t.displayName,
      bio: t.bio ?? null,
      gender: t.gender ?? null,
      techniques: t.techniques,
      medicalQualified: t.medicalQualified,
    });
  }
}
