import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import type { PartnerKeyKind } from '../auth/roles.js';
import { BookingType } from '../bookings/booking.types.js';
import { PageInfoType } from '../graphql/pagination.js';

export const PartnerKeyKindEnum: Record<PartnerKeyKind, PartnerKeyKind> = {
  PUBLISHABLE: 'PUBLISHABLE',
  SECRET: 'SECRET',
};
registerEnumType(PartnerKeyKindEnum, {
  name: 'PartnerKeyKind',
  description: 'PUBLISHABLE (pk_): for the widget in browsers on its origins. SECRET (sk_): server to server.',
});

@ObjectType('PartnerKey')
export class PartnerKeyType {
  @Field(() => ID)
  id!: string;

  @Field(() => PartnerKeyKindEnum)
  kind!: PartnerKeyKind;

  @Field(() => String, { nullable: true, description: 'the whole key, for publishable keys only' })
  publishableKey?: string | null;

  @Field(() => String, { description: 'enough of the key to recognise it' })
  hint!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt?: Date | null;
}

@ObjectType('Partner', { description: 'A site or system that sells sessions.' })
export class PartnerType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'web origins its publishable keys may be used from' })
  origins!: string[];

  @Field(() => [ID], { description: 'the treatments it may sell' })
  treatmentIds!: string[];

  @Field(() => [PartnerKeyType])
  keys!: PartnerKeyType[];

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('IssuedPartnerKey')
export class IssuedPartnerKeyType {
  @Field(() => PartnerKeyType)
  key!: PartnerKeyType;

  @Field(() => String, { description: 'the whole key: a secret key is shown only this once' })
  token!: string;
}

@InputType('PartnerInput')
export class PartnerInput {
  @Field(() => String)
  name!: string;

  @Field(() => [String], { description: 'e.g. https://physio.example' })
  origins!: string[];

  @Field(() => [ID])
  treatmentIds!: string[];
}

@ObjectType('BookingEdge')
export class BookingEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => BookingType)
  node!: BookingType;
}

@ObjectType('BookingConnection', { description: 'Bookings, newest first, a page at a time.' })
export class BookingConnectionType {
  @Field(() => [BookingEdgeType])
  edges!: BookingEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}

@ObjectType('Embedding', { description: 'What a partner page needs to show the widget.' })
export class EmbeddingType {
  @Field(() => String, { description: 'the widget module to load with <script type="module">' })
  scriptUrl!: string;

  @Field(() => String, { description: "the widget's api-url" })
  apiUrl!: string;
}
