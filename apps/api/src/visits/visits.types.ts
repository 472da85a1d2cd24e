import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('BookingPolicy', { description: 'How booking works, to show clients before they book or change.' })
export class BookingPolicyType {
  @Field(() => String, {
    description: "IANA zone of the visits (in-home visits: the operator's); times are shown to clients in it",
  })
  timeZone!: string;

  @Field(() => String, { description: "the operator's locale (BCP 47): how its times and prices are written" })
  locale!: string;

  @Field(() => String, { description: "the operator's currency (ISO 4217): what prices are in" })
  currency!: string;

  @Field(() => Int, { description: 'a booking can be cancelled or moved free of charge until this many hours before' })
  freeChangeHours!: number;

  @Field(() => Int, { description: 'sessions start on this grid of minutes from midnight' })
  slotStepMinutes!: number;

  @Field(() => Int, { description: 'the earliest start is this many minutes from now' })
  minNoticeMinutes!: number;

  @Field(() => Int, { description: 'the latest start is this many days from now' })
  horizonDays!: number;
}

@ObjectType('ServiceArea', { description: 'Whether therapists come to a postcode.' })
export class ServiceAreaType {
  @Field(() => String)
  postcode!: string;

  @Field(() => Boolean, { description: 'some therapist able to give the treatment (when given) visits it' })
  served!: boolean;
}
