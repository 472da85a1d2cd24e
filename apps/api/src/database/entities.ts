import { AddressEntity } from '../bookings/address.entity.js';
import { BookingEntity } from '../bookings/booking.entity.js';
import { ClientEntity } from '../bookings/client.entity.js';
import { PriceTierEntity } from '../catalog/price-tier.entity.js';
import { TreatmentEntity } from '../catalog/treatment.entity.js';
import { ReferralEntity } from '../referrals/referral.entity.js';
import { TherapistEntity } from '../therapists/therapist.entity.js';
import { TherapistScheduleEntity } from '../therapists/therapist-schedule.entity.js';
import { TherapistTimeOffEntity } from '../therapists/therapist-time-off.entity.js';

/** Every entity, listed explicitly so discovery needs no file globbing (same from src and dist). */
export const entities = [
  TreatmentEntity,
  PriceTierEntity,
  TherapistEntity,
  TherapistScheduleEntity,
  TherapistTimeOffEntity,
  ReferralEntity,
  ClientEntity,
  AddressEntity,
  BookingEntity,
];
