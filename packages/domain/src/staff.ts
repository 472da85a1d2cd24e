import { parseClientName, parseEmail } from './booking-rules.js';
import { type DomainError, domainError } from './errors.js';
import { err, ok, type Result } from './result.js';

export const STAFF_ROLES = ['ADMIN', 'COORDINATOR', 'THERAPIST'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 200;

/** A new password: long enough to resist guessing, short enough to hash quickly. */
export function checkNewPassword(password: string): Result<string, DomainError> {
  const bad = (message: string) => err(domainError('BAD_USER_INPUT', message, 'password'));
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return bad(`A password has at least ${MIN_PASSWORD_LENGTH} characters`);
  if (length > MAX_PASSWORD_LENGTH) return bad(`A password has at most ${MAX_PASSWORD_LENGTH} characters`);
  return ok(password);
}

/** A THERAPIST account, and only one, names the therapist it belongs to. */
export function checkRoleTherapist(
  role: StaffRole,
  therapistId: string | null | undefined,
): Result<string | null, DomainError> {
  const id = therapistId?.trim() || null;
  if ((role === 'THERAPIST') !== (id !== null)) {
    return err(domainError('BAD_USER_INPUT', 'A THERAPIST account, and only one, names its therapist', 'therapistId'));
  }
  return ok(id);
}

/** A new console account's details, checked: the same rules in the console and the API. */
export function parseNewStaffAccount(input: {
  email: string;
  displayName: string;
  role: StaffRole;
  therapistId?: string | null | undefined;
  password: string;
}): Result<
  { email: string; displayName: string; role: StaffRole; therapistId: string | null; password: string },
  DomainError
> {
  const email = parseEmail(input.email, 'email');
  if (!email.ok) return email;
  const displayName = parseClientName(input.displayName, 'displayName');
  if (!displayName.ok) return displayName;
  const therapistId = checkRoleTherapist(input.role, input.therapistId);
  if (!therapistId.ok) return therapistId;
  const password = checkNewPassword(input.password);
  if (!password.ok) return password;
  return ok({
    email: email.value,
    displayName: displayName.value,
    role: input.role,
    therapistId: therapistId.value,
    password: password.value,
  });
}
