import { MmBooking } from './booking.component.js';

export type { BookingCreatedDetail, TreatmentSelectDetail } from './booking.component.js';
export { MmBooking };

// A partner page may load the widget twice (two script tags, two bundles); the second must not throw.
if (!customElements.get('mm-booking')) customElements.define('mm-booking', MmBooking);
