import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { BookingStatus } from '@mm/domain/booking-rules';
import { TreatmentEntity } from '../catalog/treatment.entity.js';
import { ReferralEntity } from '../referrals/referral.entity.js';
import { TherapistEntity } from '../therapists/therapist.entity.js';
import { AddressEntity } from './address.entity.js';
import { ClientEntity } from './client.entity.js';

/**
 * The booking table for the ORM. The booking services write and read it in SQL
 * (`booking.queries.ts`): one statement per write lets the exclusion constraint
 * and the idempotency key decide races, and keeps createBooking to a few round trips.
 */
@Entity({ tableName: 'booking' })
export class BookingEntity {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** Human reference, e.g. BK-7Q4M9X. */
  @Property({ type: 'text', unique: true })
  reference!: string;

  @Property({ type: 'text', hidden: true })
  manageTokenHash!: string;

  @Property({ type: 'text' })
  idempotencyKey!: string;

  @Property({ type: 'text', hidden: true })
  requestHash!: string;

  @Property({ type: 'text' })
  status!: BookingStatus;

  @ManyToOne(() => TreatmentEntity)
  treatment!: TreatmentEntity;

  @ManyToOne(() => TherapistEntity)
  therapist!: TherapistEntity;

  @ManyToOne(() => ClientEntity)
  client!: ClientEntity;

  @ManyToOne(() => AddressEntity)
  address!: AddressEntity;

  @ManyToOne(() => ReferralEntity, { nullable: true })
  referral?: ReferralEntity | null;

  /** The publishable key the booking came with. */
  @Property({ type: 'text', nullable: true })
  partnerKey?: string | null;

  @Property({ type: 'integer' })
  durationMinutes!: number;

  /** The price as sold: a snapshot, never recomputed. */
  @Property({ type: 'integer' })
  priceAmountMinor!: number;

  @Property({ type: 'character', length: 3 })
  priceCurrency!: string;

  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Property({ type: 'datetime' })
  endsAt!: Date;

  /** The therapist's travel buffer when booked. */
  @Property({ type: 'integer' })
  bufferMinutes!: number;

  /** [start, end + buffer): what the exclusion constraint compares. */
  @Property({ type: 'text', columnType: 'tstzrange' })
  busy!: string;

  /** Health notes from the client: never logged, never shown to partners. */
  @Property({ type: 'text', nullable: true, lazy: true })
  intakeNotes?: string | null;

  @Property({ type: 'datetime', nullable: true })
  cancelledAt?: Date | null;

  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt!: Date;

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt!: Date;
}
