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

/** The one exclusion constraint is booking_no_overlap, so this state alone tells a clash of bookings. */
export const EXCLUSION_VIOLATION = '23P01';
export const UNIQUE_VIOLATION = '23505';

/** Constraints the code tells apart by name; the migrations create them (a test checks each exists). */
export const CONSTRAINTS = {
  bookingIdempotencyKey: 'booking_idempotency_key_unique',
  bookingReference: 'booking_reference_unique',
  staffAccountEmail: 'staff_account_email_unique',
} as const;
