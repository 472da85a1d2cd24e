import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PageInfoType } from '../graphql/pagination.js';

@ObjectType('Client', { description: 'A person who has booked, as staff see them.' })
export class ClientType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  phone!: string;

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
