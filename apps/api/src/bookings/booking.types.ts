import { BOOKING_STATUSES, type BookingStatus } from '@mm/domain/booking-rules';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TreatmentType } from '../catalog/catalog.types.js';
import { MoneyType } from '../graphql/money.type.js';
import { ReferralHolderInput } from '../referrals/referral.types.js';
import { TherapistProfileType } from '../therapists/therapist.types.js';

export const BookingStatusEnum = Object.fromEntries(BOOKING_STATUSES.map((s) => [s, s])) as Record<
  BookingStatus,
  BookingStatus
>; // fromEntries loses the key type
registerEnumType(BookingStatusEnum, { name: 'BookingStatus' });

@InputType('ClientInput')
export class ClientInput {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  phone!: string;
}

@InputType('AddressInput')
export class AddressInput {
  @Field(() => String)
  line1!: string;

  @Field(() => String, { nullable: true })
  line2?: string | null;

  @Field(() => String)
  suburb!: string;

  @Field(() => String, { nullable: true })
  state?: string | null;

  @Field(() => String)
  postcode!: string;

  @Field(() => String, { description: 'ISO-3166 alpha-2' })
  country!: string;
}

@InputType('CreateBookingInput')
export class CreateBookingInput {
  @Field(() => String, { description: 'same key again returns the same booking' })
  idempotencyKey!: string;

  @Field(() => ID)
  treatmentId!: string;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => Date)
  start!: Date;

  @Field(() => ID, { nullable: true, description: 'omitted: the API assigns one who is free' })
  therapistId?: string | null;

  @Field(() => String, { nullable: true, description: 'required when the treatment requires a referral' })
  referralCode?: string | null;

  @Field(() => ReferralHolderInput, {
    nullable: true,
    description: 'with a referral code: whom the referral was written for, as on the referral',
  })
  referralHolder?: ReferralHolderInput | null;

  @Field(() => ClientInput)
  client!: ClientInput;

  @Field(() => AddressInput)
  address!: AddressInput;

  @Field(() => String, { nullable: true, description: 'health notes / contraindications from the client' })
  intakeNotes?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The client's language for the booking's emails, a BCP 47 tag (e.g. zh-CN); the operator's when absent.",
  })
  locale?: string | null;
}

@ObjectType('Booking')
export class BookingType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'human reference, e.g. BK-7Q4M9X' })
  reference!: string;

  @Field(() => BookingStatusEnum)
  status!: BookingStatus;

  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;

  @Field(() => Int)
  durationMinutes!: number;

  @Field(() => MoneyType, { description: 'as sold; later tier changes never alter it' })
  price!: MoneyType;

  @Field(() => TreatmentType)
  treatment!: TreatmentType;

  @Field(() => TherapistProfileType)
  therapist!: TherapistProfileType;

  @Field(() => Date, { description: 'until when it can be cancelled or moved free of charge' })
  freeChangeUntil!: Date;

  @Field(() => Int, {
    nullable: true,
    description: 'sessions left on its referral, for the holder of the manage token; null without a referral',
  })
  referralSessionsRemaining!: number | null;
}

@ObjectType('CreateBookingPayload')
export class CreateBookingPayloadType {
  @Field(() => BookingType)
  booking!: BookingType;

  @Field(() => String, { description: 'shown once; lets the client view/cancel/reschedule' })
  manageToken!: string;
}
