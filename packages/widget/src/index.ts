export type {
  AvailableDay,
  Booking,
  Catalogue,
  CreatedBooking,
  Money,
  PriceTier,
  ReferralCheck,
  Slot,
  Treatment,
} from './api.js';
export { type BookingCreatedDetail, MmBooking, type TreatmentSelectDetail } from './booking/booking.js';
