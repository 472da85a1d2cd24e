import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars.js';

@ObjectType('ReferralCheck', { description: 'Safe to show a client: no health data.' })
export class ReferralCheckType {
  @Field(() => String)
  code!: string;

  @Field(() => Boolean)
  valid!: boolean;

  @Field(() => String, { nullable: true, description: 'why not, when valid is false' })
  reason?: string | null;

  @Field(() => Int)
  sessionsRemaining!: number;

  @Field(() => DateScalar, { nullable: true })
  expiresOn?: string | null;

  @Field(() => [ID], { description: 'treatments it can be used for' })
  treatmentIds!: string[];
}

@InputType('ReferralHolderInput', { description: 'whom a referral was written for, as on the referral' })
export class ReferralHolderInput {
  @Field(() => String)
  familyName!: string;

  @Field(() => DateScalar)
  dateOfBirth!: string;
}
