import { Field, Int, ObjectType } from 'type-graphql';
import { BookingClientType } from '../bookings/staff-booking.types.js';
import { PageInfoType } from '../graphql/pagination.js';

@ObjectType('Client', { description: 'A person who has booked, as staff see them.' })
export class ClientType extends BookingClientType {
  @Field(() => Int, { description: 'bookings made, whatever became of them' })
  bookingCount!: number;

  @Field(() => Date, { nullable: true, description: 'the start of their latest booking' })
  lastBookingStart!: Date | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('ClientEdge')
export class ClientEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => ClientType)
  node!: ClientType;
}

@ObjectType('ClientConnection', { description: 'Clients, newest first, a page at a time.' })
export class ClientConnectionType {
  @Field(() => [ClientEdgeType])
  edges!: ClientEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}
