import { hash, verify } from '@node-rs/argon2';

// Argon2id (the library's default algorithm) at OWASP's recommended minimum: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

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
