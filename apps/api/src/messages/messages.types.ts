import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfoType } from '../graphql/pagination.js';
import { OUTBOX_STATUSES, type OutboxStatus, WEBHOOK_TOPICS, type WebhookTopic } from './topics.js';

/** booking.created is BOOKING_CREATED in GraphQL, and the same string on the wire of a webhook. */
export const WebhookTopicEnum = Object.fromEntries(
  WEBHOOK_TOPICS.map((topic) => [topic.replace('.', '_').toUpperCase(), topic]),
) as Record<string, WebhookTopic>; // fromEntries loses the key type
export const DeliveryStatusEnum = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, s])) as Record<
  OutboxStatus,
  OutboxStatus
>;

registerEnumType(WebhookTopicEnum, { name: 'WebhookTopic', description: 'What a webhook endpoint is told of.' });
registerEnumType(DeliveryStatusEnum, {
  name: 'DeliveryStatus',
  description:
    'PENDING (due or being retried), SENT, DEAD (every attempt failed), CANCELLED (no longer true), SKIPPED (nothing to say when due).',
});

@ObjectType('EmailMessage', { description: 'An email as sent over SMTP, or kept when no SMTP server is set.' })
export class EmailMessageType {
  @Field(() => String)
  to!: string;

  @Field(() => String)
  subject!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, { description: 'The HTML part, to show in a sandboxed frame.' })
  html!: string;

  @Field(() => String, { nullable: true, description: 'The calendar invite (text/calendar), when it has one.' })
  invite?: string | null;

  @Field(() => String, { description: 'SMTP or KEPT.' })
  transport!: string;

  @Field(() => String)
  messageId!: string;
}

@ObjectType('Delivery', { description: 'One email to one person, or one call to one webhook endpoint.' })
export class DeliveryType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The event, e.g. booking.created.' })
  topic!: string;

  @Field(() => String, { description: 'EMAIL or WEBHOOK.' })
  channel!: string;

  @Field(() => String, { nullable: true, description: 'Which email, e.g. booking.confirmation.' })
  template?: string | null;

  @Field(() => DeliveryStatusEnum)
  status!: OutboxStatus;

  @Field(() => Int)
  attempts!: number;

  @Field(() => String, { nullable: true })
  lastError?: string | null;

  @Field(() => Int, { nullable: true, description: "The endpoint's last HTTP status." })
  responseCode?: number | null;

  @Field(() => Date)
  dueAt!: Date;

  @Field(() => Date, { nullable: true })
  sentAt?: Date | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => String, { nullable: true })
  bookingReference?: string | null;

  @Field(() => String, { nullable: true })
  referralCode?: string | null;

  @Field(() => String, { nullable: true })
  endpointUrl?: string | null;

  @Field(() => EmailMessageType, { nullable: true, description: 'The email, once sent (or kept).' })
  email?: EmailMessageType | null;
}

@ObjectType('DeliveryEdge')
export class DeliveryEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => DeliveryType)
  node!: DeliveryType;
}

@ObjectType('DeliveryConnection')
export class DeliveryConnectionType {
  @Field(() => [DeliveryEdgeType])
  edges!: DeliveryEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}

@ObjectType('WebhookEndpoint')
export class WebhookEndpointType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  partnerId!: string;

  @Field(() => String)
  url!: string;

  @Field(() => [WebhookTopicEnum])
  topics!: WebhookTopic[];

  @Field(() => Boolean)
  active!: boolean;

  @Field(() => Date, { nullable: true, description: 'Until when the secret before the last rotation also signs.' })
  previousSecretValidUntil?: Date | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('IssuedWebhookSecret', { description: 'The signing secret is shown only in this answer.' })
export class IssuedWebhookSecretType {
  @Field(() => WebhookEndpointType)
  endpoint!: WebhookEndpointType;

  @Field(() => String)
  secret!: string;
}

@InputType('WebhookEndpointInput')
export class WebhookEndpointInput {
  @Field(() => ID)
  partnerId!: string;

  @Field(() => String, {
    description: 'https:// (http:// outside production); not a private, loopback or link-local address.',
  })
  url!: string;

  @Field(() => [WebhookTopicEnum])
  topics!: WebhookTopic[];
}
