import { REFERRAL_STATUSES, type ReferralStatus } from '@mm/domain/booking-rules';
import type { Condition, Technique } from '@mm/domain/vocabulary';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BookingStatusEnum } from '../bookings/booking.types.js';
import { ConditionEnum, TechniqueEnum } from '../graphql/enums.js';
import { PageInfoType } from '../graphql/pagination.js';
import { DateScalar } from '../graphql/scalars.js';
import { ReferralHolderInput } from './referral.types.js';

export const ReferralStatusEnum = Object.fromEntries(REFERRAL_STATUSES.map((s) => [s, s])) as Record<
  ReferralStatus,
  ReferralStatus
>; // fromEntries loses the key type
registerEnumType(ReferralStatusEnum, { name: 'ReferralStatus' });

const ORDERS = { OLDEST_FIRST: 'OLDEST_FIRST', NEWEST_FIRST: 'NEWEST_FIRST' } as const;
export const ReferralOrderEnum = ORDERS;
registerEnumType(ReferralOrderEnum, {
  name: 'ReferralOrder',
  description: 'OLDEST_FIRST for the queue: who has waited longest comes first',
});

const CHANNELS = { STAFF: 'STAFF', PARTNER: 'PARTNER', CLIENT: 'CLIENT' } as const;
export const ReferralChannelEnum = CHANNELS;
registerEnumType(ReferralChannelEnum, { name: 'ReferralChannel', description: 'who entered the referral' });

@ObjectType('ReferralProvider', { description: 'Who wrote the referral.' })
export class ReferralProviderType {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  profession!: string;

  @Field(() => String, { nullable: true, description: 'provider or registration number' })
  registrationNumber!: string | null;

  @Field(() => String, { nullable: true })
  practice!: string | null;

  @Field(() => String, { nullable: true })
  contact!: string | null;
}

@ObjectType('ReferralHealth', { description: 'Health data: every read of it is recorded in the audit log.' })
export class ReferralHealthType {
  @Field(() => [ConditionEnum])
  conditions!: Condition[];

  @Field(() => String, { nullable: true })
  diagnosis!: string | null;

  @Field(() => String, { nullable: true, description: 'ICD-10' })
  diagnosisCode!: string | null;

  @Field(() => String, { nullable: true, description: 'precautions and contraindications' })
  precautions!: string | null;

  @Field(() => String, { nullable: true })
  providerNotes!: string | null;
}

@ObjectType('ReferralDocument')
export class ReferralDocumentType {
  @Field(() => String, { description: 'application/pdf, image/jpeg or image/png, told from its bytes' })
  contentType!: string;

  @Field(() => Int)
  byteSize!: number;

  @Field(() => Date)
  uploadedAt!: Date;

  @Field(() => String, { description: 'GET it with the staff session: /documents/referrals/{id}' })
  path!: string;
}

@ObjectType('ReferralUse', { description: 'A booking that used a session of the referral.' })
export class ReferralUseType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  reference!: string;

  @Field(() => BookingStatusEnum)
  status!: string;

  @Field(() => Date)
  start!: Date;

  @Field(() => String)
  therapistName!: string;
}

@ObjectType('ReferralChange', { description: "A line of the referral's history." })
export class ReferralChangeType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'ENTERED, SUBMITTED, VERIFIED, REJECTED, AMENDED or DOCUMENT_ATTACHED' })
  action!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => Int, { nullable: true })
  sessionsAuthorisedBefore!: number | null;

  @Field(() => Int, { nullable: true })
  sessionsAuthorisedAfter!: number | null;

  @Field(() => DateScalar, { nullable: true })
  expiresOnBefore!: string | null;

  @Field(() => DateScalar, { nullable: true })
  expiresOnAfter!: string | null;

  @Field(() => String, { nullable: true, description: 'the staff member; null for a partner or the client' })
  actorName!: string | null;

  @Field(() => Date)
  at!: Date;
}

@ObjectType('StaffReferral', {
  description: 'A referral as the office sees it. Its health data is a field of its own.',
})
export class StaffReferralType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  code!: string;

  @Field(() => ReferralStatusEnum, { description: 'EXPIRED once its window has passed' })
  status!: ReferralStatus;

  @Field(() => ID)
  treatmentId!: string;

  @Field(() => String)
  treatmentName!: string;

  @Field(() => ID, { nullable: true, description: 'the client it belongs to, once known' })
  clientId!: string | null;

  @Field(() => String, { nullable: true })
  clientName!: string | null;

  @Field(() => String, { nullable: true, description: 'the family name it was written for' })
  holderFamilyName!: string | null;

  @Field(() => String, { nullable: true })
  holderGivenNames!: string | null;

  @Field(() => DateScalar, { nullable: true })
  holderDateOfBirth!: string | null;

  @Field(() => ReferralProviderType)
  provider!: ReferralProviderType;

  @Field(() => [TechniqueEnum])
  recommendedTechniques!: Technique[];

  @Field(() => Int)
  sessionsAuthorised!: number;

  @Field(() => Int)
  sessionsUsed!: number;

  @Field(() => Int)
  sessionsLeft!: number;

  @Field(() => DateScalar)
  issuedOn!: string;

  @Field(() => DateScalar)
  expiresOn!: string;

  @Field(() => ReferralChannelEnum)
  submittedVia!: 'STAFF' | 'PARTNER' | 'CLIENT';

  @Field(() => String, { nullable: true, description: 'the partner that submitted it' })
  partnerName!: string | null;

  @Field(() => Date, { description: 'when it was entered or submitted: the queue waits from here' })
  receivedAt!: Date;

  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true })
  decidedByName!: string | null;

  @Field(() => Date, { nullable: true, description: 'when its details were purged after the retention period' })
  purgedAt!: Date | null;

  @Field(() => ReferralDocumentType, { nullable: true })
  document!: ReferralDocumentType | null;
}

@ObjectType('StaffReferralEdge')
export class StaffReferralEdgeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => StaffReferralType)
  node!: StaffReferralType;
}

@ObjectType('StaffReferralConnection')
export class StaffReferralConnectionType {
  @Field(() => [StaffReferralEdgeType])
  edges!: StaffReferralEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;
}

@InputType('ReferralFilter')
export class ReferralFilterInput {
  @Field(() => [ReferralStatusEnum], {
    nullable: true,
    description: 'as stored: EXPIRED ones are VERIFIED or EXHAUSTED',
  })
  statuses?: ReferralStatus[] | null;

  @Field(() => ID, { nullable: true })
  clientId?: string | null;

  @Field(() => String, { nullable: true, description: "a code, or the holder's or client's name" })
  search?: string | null;
}

@InputType('ReferralInput', { description: 'A referral as received: the same rules in the console and here.' })
export class ReferralInputType {
  @Field(() => ID)
  treatmentId!: string;

  @Field(() => ReferralHolderInput)
  holder!: ReferralHolderInput;

  @Field(() => String, { nullable: true })
  holderGivenNames?: string | null;

  @Field(() => ID, { nullable: true, description: 'the client it is for, when known (staff only)' })
  clientId?: string | null;

  @Field(() => String)
  providerName!: string;

  @Field(() => String)
  providerProfession!: string;

  @Field(() => String, { nullable: true })
  providerNumber?: string | null;

  @Field(() => String, { nullable: true })
  providerPractice?: string | null;

  @Field(() => String, { nullable: true })
  providerContact?: string | null;

  @Field(() => [ConditionEnum])
  conditions!: Condition[];

  @Field(() => String, { nullable: true })
  diagnosis?: string | null;

  @Field(() => String, { nullable: true, description: 'ICD-10, e.g. M54.5' })
  diagnosisCode?: string | null;

  @Field(() => [TechniqueEnum], { defaultValue: [] })
  recommendedTechniques!: Technique[];

  @Field(() => String, { nullable: true })
  precautions?: string | null;

  @Field(() => String, { nullable: true })
  providerNotes?: string | null;

  @Field(() => Int)
  sessionsAuthorised!: number;

  @Field(() => DateScalar)
  issuedOn!: string;

  @Field(() => DateScalar)
  expiresOn!: string;
}

@InputType('ReferralAmendment')
export class ReferralAmendmentInput {
  @Field(() => Int, { nullable: true })
  sessionsAuthorised?: number | null;

  @Field(() => DateScalar, { nullable: true })
  expiresOn?: string | null;

  @Field(() => String)
  reason!: string;
}

@ObjectType('ReferralSubmission', { description: 'A submitted referral: pending until the office checks it.' })
export class ReferralSubmissionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'to book with once verified' })
  code!: string;

  @Field(() => ReferralStatusEnum)
  status!: ReferralStatus;
}
