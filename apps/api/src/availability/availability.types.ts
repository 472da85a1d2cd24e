import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars.js';
import type { DayTherapists } from './day-therapists.js';

@InputType('AvailabilityInput')
export class AvailabilityInput {
  @Field(() => ID)
  treatmentId!: string;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => DateScalar, { description: 'first day, in timeZone' })
  from!: string;

  @Field(() => DateScalar, { description: 'last day, inclusive, in timeZone' })
  to!: string;

  @Field(() => String, { description: 'IANA zone the days are read in, e.g. Australia/Sydney' })
  timeZone!: string;

  @Field(() => String, { nullable: true, description: 'where the client wants the visit' })
  postcode?: string | null;

  @Field(() => ID, { nullable: true, description: 'only this therapist' })
  therapistId?: string | null;

  @Field(() => String, { nullable: true, description: 'only therapists of this gender' })
  therapistGender?: string | null;

  @Field(() => String, { nullable: true, description: 'medical: only therapists fit for this referral' })
  referralCode?: string | null;
}

@ObjectType('Slot', { simpleResolvers: true })
export class SlotType {
  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;

  @Field(() => Int, { description: 'how many can take it (at least one)' })
  availableTherapists!: number;

  @Field(() => [ID], {
    description: "who can take it, as ids of the day's `therapists`",
    deprecationReason:
      "Use therapistIndexes: the same people, as positions in the day's `therapists`, in a fraction of the bytes",
  })
  therapistIds!: readonly string[];

  /** The day's therapists, shared by the day and its slots. */
  people!: DayTherapists;
}

@ObjectType('AvailableDay', { simpleResolvers: true })
export class AvailableDayType {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => [SlotType])
  slots!: SlotType[];

  /** The day's therapists, resolved into `therapists` only when asked for. */
  people!: DayTherapists;
}
