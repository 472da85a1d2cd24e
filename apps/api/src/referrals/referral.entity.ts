import { randomUUID } from 'node:crypto';
import { ArrayType, Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { ReferralStatus } from '@mm/domain/booking-rules';
import type { Condition, Technique } from '@mm/domain/vocabulary';

/** A prescription for medical massage. Health data: never exposed to partners or logs. */
@Entity({ tableName: 'referral' })
export class ReferralEntity {
  [OptionalProps]?: 'sessionsUsed' | 'recommendedTechniques' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** What the client types when booking: short and unguessable. */
  @Property({ type: 'text', unique: true })
  code!: string;

  @Property({ type: 'uuid', nullable: true })
  clientId?: string | null;

  /** The treatment it prescribes. */
  @Property({ type: 'uuid' })
  treatmentId!: string;

  @Property({ type: 'text' })
  providerName!: string;

  @Property({ type: 'text' })
  providerProfession!: string;

  @Property({ type: 'text', nullable: true })
  providerNumber?: string | null;

  @Property({ type: 'text', nullable: true })
  providerPractice?: string | null;

  @Property({ type: 'text', nullable: true })
  providerContact?: string | null;

  @Property({ type: ArrayType })
  conditions!: Condition[];

  @Property({ type: 'text', nullable: true })
  conditionNotes?: string | null;

  /** ICD-10 */
  @Property({ type: 'text', nullable: true })
  diagnosisCode?: string | null;

  @Property({ type: ArrayType })
  recommendedTechniques: Technique[] = [];

  @Property({ type: 'text', nullable: true })
  precautions?: string | null;

  @Property({ type: 'integer' })
  sessionsAuthorised!: number;

  @Property({ type: 'integer' })
  sessionsUsed = 0;

  @Property({ type: 'date' })
  issuedOn!: string;

  @Property({ type: 'date' })
  expiresOn!: string;

  @Property({ type: 'text', nullable: true })
  documentUrl?: string | null;

  @Property({ type: 'text' })
  status!: ReferralStatus;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
