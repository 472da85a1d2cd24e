/** PostgreSQL's SQLSTATE of a failed statement, as the driver reports it. */
export function sqlState(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** The constraint a failed statement broke, when PostgreSQL names one. */
export function brokenConstraint(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'constraint' in error && typeof error.constraint === 'string'
    ? error.constraint
    : undefined;
}

/**
 * A booking's clash with another booking (booking_no_overlap) or with time off (the
 * booking_over_time_off trigger): either way the time is not free.
 */
export const EXCLUSION_VIOLATION = '23P01';
export const UNIQUE_VIOLATION = '23505';

/** Raised (as an exclusion violation) by the trigger that keeps time off off live bookings. */
export const TIME_OFF_OVER_BOOKING = 'time_off_over_booking';

/** Constraints the code tells apart by name; the migrations create them (a test checks each exists). */
export const CONSTRAINTS = {
  bookingIdempotencyKey: 'booking_idempotency_key_unique',
  bookingReference: 'booking_reference_unique',
  staffAccountEmail: 'staff_account_email_unique',
  clientEmail: 'client_email_unique',
} as const;
