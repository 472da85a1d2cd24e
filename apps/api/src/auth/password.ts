import { type DomainError, domainError } from '@mm/domain/errors';
import { err, ok, type Result } from '@mm/domain/result';
import { hash, verify } from '@node-rs/argon2';

// Argon2id (the library's default algorithm) at OWASP's recommended minimum: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 200;

export const hashPassword = (password: string): Promise<string> => hash(password, OPTIONS);

let dummyHash: Promise<string> | undefined;

/**
 * Whether `password` matches `stored`. Without an account the same work is
 * done against a dummy hash, so the answer takes as long either way.
 */
export async function passwordMatches(stored: string | undefined, password: string): Promise<boolean> {
  dummyHash ??= hashPassword('no account has this password');
  const target = stored ?? (await dummyHash);
  const matches = await verify(target, password).catch(() => false);
  return stored !== undefined && matches;
}

/** A new password: long enough to resist guessing, short enough to hash quickly. */
export function checkNewPassword(password: string): Result<string, DomainError> {
  const bad = (message: string) => err(domainError('BAD_USER_INPUT', message, 'password'));
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return bad(`A password has at least ${MIN_PASSWORD_LENGTH} characters`);
  if (length > MAX_PASSWORD_LENGTH) return bad(`A password has at most ${MAX_PASSWORD_LENGTH} characters`);
  return ok(password);
}
