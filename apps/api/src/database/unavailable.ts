import { sqlState } from './sql-errors.js';

// SQLSTATEs of a database that cannot answer now, though the request was sound:
// the connection failed or was cut (class 08), the server is shutting down or
// starting (57P01–57P03), too many connections (53300), a statement or a lock
// wait outlasted its timeout (57014, 55P03), or a transaction lost a race the
// server could not order (40001, 40P01).
const TRANSIENT_STATES = new Set(['57P01', '57P02', '57P03', '53300', '57014', '55P03', '40001', '40P01']);

// Socket failures reported by Node, and the driver's and pool's words where they give no code.
// The ORM reports a failed statement as `<its SQL> - <the driver's words>`, without the code.
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);
const TRANSIENT_MESSAGES = [
  /^Connection terminated/,
  /^Client has encountered a connection error/,
  /^Client was closed and is not queryable/,
  /^Transaction query already complete/,
  /^Knex: Timeout acquiring a connection/,
  /^timeout expired$/,
  /^Query read timeout$/,
];

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  let current = error;
  while (current instanceof Error && chain.length < 5) {
    chain.push(current);
    current = (current as { originalError?: unknown }).originalError ?? current.cause;
  }
  return chain;
}

/**
 * Whether a failure means the database is unavailable for now (down, restarting,
 * overloaded) rather than that the request or the code is wrong: the caller may
 * retry, and is told so (SERVICE_UNAVAILABLE).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some((cause) => {
    const state = sqlState(cause);
    if (state && (state.startsWith('08') || TRANSIENT_STATES.has(state) || SOCKET_CODES.has(state))) return true;
    const message = cause instanceof Error ? cause.message : '';
    const at = message.lastIndexOf(' - ');
    const driverWords = at < 0 ? message : message.slice(at + ' - '.length);
    return TRANSIENT_MESSAGES.some((pattern) => pattern.test(driverWords));
  });
}

/**
 * What the caller is told. A change cut off mid-commit may have been made, so
 * the message does not say it was not: repeating it is safe (createBooking with
 * the same idempotency key answers with the booking it made, if it made one).
 */
export const UNAVAILABLE_MESSAGE =
  'The service is briefly unavailable: try again (a repeated request with the same idempotency key is applied once)';
export const UNAVAILABLE_RETRY_SECONDS = 1;
