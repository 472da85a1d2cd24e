import { StaffAccountEntity } from '../auth/staff-account.entity.js';
import { PriceTierEntity } from '../catalog/price-tier.entity.js';
import { TreatmentEntity } from '../catalog/treatment.entity.js';
import { PartnerEntity, PartnerKeyEntity } from '../partners/partner.entity.js';
import { TherapistEntity } from '../therapists/therapist.entity.js';
import { TherapistScheduleEntity } from '../therapists/therapist-schedule.entity.js';
import { TherapistTimeOffEntity } from '../therapists/therapist-time-off.entity.js';

/**
 * Every entity, listed explicitly so discovery needs no file globbing (same from src and dist).
 * Bookings, clients and addresses have none: the booking services write and read them in SQL
 * (`booking.queries.ts`), one statement per write, so that constraints decide races.
 */
export const entities = [
  TreatmentEntity,
  PriceTierEntity,
  TherapistEntity,
  TherapistScheduleEntity,
  TherapistTimeOffEntity,
  PartnerEntity,
  PartnerKeyEntity,
  StaffAccountEntity,
];
