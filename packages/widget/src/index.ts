export type { Catalogue, Money, PriceTier, Treatment } from './api.js';
export { MmBooking, type TreatmentSelectDetail } from './booking/booking.js';
