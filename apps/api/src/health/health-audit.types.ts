import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { HEALTH_ACTIONS, type HealthAction } from './audit.js';

export const HealthActionEnum = Object.fromEntries(HEALTH_ACTIONS.map((a) => [a, a])) as Record<
  HealthAction,
  HealthAction
>; // fromEntries loses the key type
registerEnumType(HealthActionEnum, { name: 'HealthAction' });

@ObjectType('HealthAuditEntry', { description: 'One read or change of health data: who, what, when; never the data.' })
export class HealthAuditEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  at!: Date;

  @Field(() => ID, { nullable: true, description: 'the staff account or partner; null for a client or the system' })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => String, {
    description: 'ADMIN, COORDINATOR, THERAPIST, PARTNER_SERVER, PARTNER_WIDGET, CLIENT or SYSTEM',
  })
  actorRole!: string;

  @Field(() => HealthActionEnum)
  action!: HealthAction;

  @Field(() => String, { description: 'referral, referral_document or booking' })
  recordType!: string;

  @Field(() => ID)
  recordId!: string;

  @Field(() => [String], { description: 'the fields read or changed' })
  fields!: string[];

  @Field(() => String, { nullable: true, description: 'X-Request-Id of the request' })
  requestId!: string | null;
}

@ObjectType('HealthAuditPage')
export class HealthAuditPageType {
  @Field(() => [HealthAuditEntryType])
  entries!: HealthAuditEntryType[];

  @Field(() => String, { nullable: true, description: 'pass as `after` for the next page; null on the last' })
  endCursor!: string | null;
}

@InputType('HealthAuditFilter')
export class HealthAuditFilterInput {
  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => ID, { nullable: true })
  recordId?: string | null;

  @Field(() => HealthActionEnum, { nullable: true })
  action?: HealthAction | null;

  @Field(() => Date, { nullable: true, description: 'from this instant' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'before this instant' })
  to?: Date | null;
}
