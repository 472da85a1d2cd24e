import type { Technique } from '@mm/domain/vocabulary';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { TechniqueEnum } from '../graphql/enums.js';
import { DateScalar } from '../graphql/scalars.js';
import type { TherapistEntity } from './therapist.entity.js';

/**
 * Plain fields read by GraphQL's own resolver (`simpleResolvers`): an availability answer with
 * names holds tens of thousands of these, and a wrapper per field would cost more than the field.
 */
@ObjectType('TherapistProfile', { description: 'What the public may see of a therapist.', simpleResolvers: true })
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

  /** A plain object of the type's fields (GraphQL reads fields, not classes). */
  static of(
    t: Pick<TherapistEntity, 'id' | 'displayName' | 'bio' | 'gender' | 'techniques' | 'medicalQualified'>,
  ): TherapistProfileType {
    return {
      id: t.id,
      displayName: t.displayName,
      bio: t.bio ?? null,
      gender: t.gender ?? null,
      techniques: t.techniques,
      medicalQualified: t.medicalQualified,
    };
  }
}

@ObjectType('Therapist', { description: 'A therapist as staff see them.' })
export class TherapistType extends TherapistProfileType {
  @Field(() => Boolean)
  active!: boolean;

  @Field(() => String)
  licenceNumber!: string;

  @Field(() => String)
  licenceBody!: string;

  @Field(() => DateScalar, { description: 'the last day the licence is valid' })
  licenceExpiresOn!: string;

  @Field(() => String, { description: 'IANA zone the weekly schedule is written in' })
  timeZone!: string;

  @Field(() => Int)
  travelBufferMinutes!: number;

  @Field(() => [String])
  servicePostcodes!: string[];
}

@InputType('TherapistInput')
export class TherapistInput {
  @Field(() => String)
  displayName!: string;

  @Field(() => String, { nullable: true })
  bio?: string | null;

  @Field(() => String, { nullable: true, description: 'female, male or non-binary; or not given' })
  gender?: string | null;

  @Field(() => [TechniqueEnum])
  techniques!: string[];

  @Field(() => Boolean)
  medicalQualified!: boolean;

  @Field(() => String)
  licenceNumber!: string;

  @Field(() => String)
  licenceBody!: string;

  @Field(() => DateScalar)
  licenceExpiresOn!: string;

  @Field(() => String, { description: 'IANA zone the weekly schedule is written in' })
  timeZone!: string;

  @Field(() => Int)
  travelBufferMinutes!: number;

  @Field(() => [String])
  servicePostcodes!: string[];
}

@InputType('WeeklyRangeInput')
export class WeeklyRangeInput {
  @Field(() => Int, { description: 'ISO weekday: Monday = 1' })
  weekday!: number;

  @Field(() => String, { description: "HH:MM in the therapist's zone" })
  start!: string;

  @Field(() => String, { description: "HH:MM in the therapist's zone" })
  end!: string;
}

@ObjectType('WeeklyRange', { description: "Working hours on a weekday, in the therapist's zone." })
export class WeeklyRangeType {
  @Field(() => Int, { description: 'ISO weekday: Monday = 1' })
  weekday!: number;

  @Field(() => String)
  start!: string;

  @Field(() => String)
  end!: string;
}

@ObjectType('TimeOff')
export class TimeOffType {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;

  @Field(() => String, { nullable: true })
  reason!: string | null;
}
