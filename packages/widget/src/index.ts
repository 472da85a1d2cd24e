import { MmBooking } from './booking/booking.js';

export type { AvailableDay, Booking, CreatedBooking, Money, PriceTier, ReferralCheck, Slot, Treatment } from './api.js';
export type {
  BookingChangedDetail,
  BookingEventDetail,
  ErrorDetail,
  StepChangeDetail,
} from './booking/booking.js';
export { MmBooking };

// A partner page may load the widget twice (two script tags, two bundles); the second must not throw.
if (!customElements.get('mm-booking')) customElements.define('mm-booking', MmBooking);
