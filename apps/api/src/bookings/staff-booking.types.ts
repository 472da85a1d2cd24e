import { BOOKING_OUTCOMES, type BookingOutcome, type BookingStatus } from '@mm/domain/booking-rules';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfoType } from '../graphql/pagination.js';
import { TherapistProfileType } from '../therapists/therapist.types.js';
import { BookingStatusEnum, BookingType } from './booking.types.js';

export const BookingOutcomeEnum = Object.fromEntries(BOOKING_OUTCOMES.map((o) => [o, o])) as Record<
  BookingOutcome,
  BookingOutcome
>; // fromEntries loses the key type
registerEnumType(BookingOutcomeEnum, {
  name: 'BookingOutcome',
  description: 'What became of a session once it began.',
});

export const STAFF_BOOKING_ORDERS = ['START_ASC', 'START_DESC', 'BOOKED_DESC'] as const;
export type StaffBookingOrder = (typeof STAFF_BOOKING_ORDERS)[number];
export const StaffBookingOrderEnum = Object.fromEntries(STAFF_BOOKING_ORDERS.map((o) => [o, o])) as Record<
  StaffBookingOrder,
  StaffBookingOrder
>;
registerEnumType(StaffBookingOrderEnum, {
  name: 'StaffBookingOrder',
  description: 'START_ASC: soonest first; START_DESC: latest first; BOOKED_DESC: most recently booked first.',
});

@InputType('StaffBookingFilter')
export class StaffBookingFilterInput {
  @Field(() => Date, { nullable: true, description: 'sessions starting at or after this instant' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'sessions starting before this instant' })
  to?: Date | null;

  @Field(() => [BookingStatusEnum], { nullable: true, description: 'any of these; all when omitted' })
  statuses?: BookingStatus[] | null;

  @Field(() => ID, { nullable: true })
  therapistId?: string | null;

  @Field(() => ID, { nullable: true })
  partnerId?: string | null;

  @Field(() => ID, { nullable: true })
  treatmentId?: string | null;

  @Field(() => ID, { nullable: true })
  clientId?: string | null;

  @Field(() => String, { nullable: true, description: "a booking's reference, or part of the client's name or email" })
  search?: string | null;
}

@ObjectType('BookingClient', { description: 'Who the booking is for, as they gave their details when booking.' })
export class BookingClientType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  phone!: string;
}

@ObjectType('Address')
export class AddressType {
  @Field(() => String)
  line1!: string;

  @Field(() => String, { nullable: true })
  line2!: string | null;

  @Field(() => String)
  suburb!: string;

  @Field(() => String, { nullable: true })
  state!: string | null;

  @Field(() => String)
  postcode!: string;

  @Field(() => String)
  country!: string;
}

@ObjectType('BookingPartner')
export class BookingPartnerType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('BookingReferral', { description: "The referral's code and its sessions; no health data." })
export class BookingReferralType {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  status!: string;

  @Field(() => Int)
  sessionsAuthorised!: number;

  @Field(() => Int)
  sessionsUsed!: number;
}

@ObjectType('StaffBooking', { description: 'A booking as staff see it: what its client sees, and who, where and how.' })
export class StaffBookingType extends BookingType {
  @Field(() => Int, { description: "the therapist's travel time kept free after the session" })
  bufferMinutes!: number;

  @Field(() => BookingClientType)
  client!: BookingClientType;

  @Field(() => AddressType)
  address!: AddressType;

  @Field(() => BookingPartnerType, { nullable: true, description: 'the partner it came through' })
  partner!: BookingPartnerType | null;

  @Field(() => BookingReferralType, { nullable: true })
  referral!: BookingReferralType | null;

  @Field(() => Date)
  bookedAt!: Date;

  @Field(() => Date, { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;
}

@ObjectType('StaffBookingEdge')
export class StaffBookingEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => StaffBookingType)
  node!: StaffBookingType;
}

@ObjectType('StaffBookingConnection')
export class StaffBookingConnectionType {
  @Field(() => [StaffBookingEdgeType])
  edges!: StaffBookingEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}

@ObjectType('TimeRange')
export class TimeRangeType {
  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;
}

@ObjectType('CalendarColumn', { description: "One therapist's days: working hours, time off and live bookings." })
export class CalendarColumnType {
  @Field(() => TherapistProfileType)
  therapist!: TherapistProfileType;

  @Field(() => Int, { description: 'travel time kept free after each session, shaded on the calendar' })
  travelBufferMinutes!: number;

  @Field(() => [TimeRangeType])
  workingHours!: TimeRangeType[];

  @Field(() => [TimeRangeType])
  timeOff!: TimeRangeType[];

  @Field(() => [StaffBookingType])
  bookings!: StaffBookingType[];
}
