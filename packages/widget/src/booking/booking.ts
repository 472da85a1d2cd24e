export {
  type BookingChangedDetail,
  type BookingEventDetail,
  type ErrorDetail,
  MmBooking,
  type StepChangeDetail,
  type TreatmentSelectDetail,
} from './booking.component.js';
