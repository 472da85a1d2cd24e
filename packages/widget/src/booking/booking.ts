export {
  type BookingChangedDetail,
  type BookingEventDetail,
  type ErrorDetail,
  MmBooking,
  type StepChangeDetail,
} from './booking.component.js';
