/** The error codes of the public contract (`extensions.code`). */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'SLOT_UNAVAILABLE',
  'REFERRAL_REQUIRED',
  'REFERRAL_INVALID',
  'POLICY_VIOLATION',
  'RATE_LIMITED',
  // added to the contract's list: the database is unreachable or overloaded; nothing was done, retry
  // after extensions.retryAfterSeconds (HTTP 503)
  'SERVICE_UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** An expected failure: safe to show to the caller as is. */
export interface DomainError {
  readonly code: ErrorCode;
  readonly message: string;
  /** The input field at fault, as a dotted path (`client.email`), where one is. */
  readonly field?: string;
}

export const domainError = (code: ErrorCode, message: string, field?: string): DomainError =>
  field === undefined ? { code, message } : { code, message, field };

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
