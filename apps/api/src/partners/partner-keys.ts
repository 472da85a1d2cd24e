import { randomBytes } from 'node:crypto';
import type { PartnerKeyKind } from '../auth/roles.js';
import { sha256Hex } from '../ids.js';

const PREFIX: Readonly<Record<PartnerKeyKind, string>> = { PUBLISHABLE: 'pk_', SECRET: 'sk_' };

/** A new key: its kind's prefix and 192 random bits. */
export const newPartnerKey = (kind: PartnerKeyKind): string =>
  `${PREFIX[kind]}${randomBytes(24).toString('base64url')}`;

/** Keys are found by this hash; a secret key is stored only so. */
export const partnerKeyHash = (key: string): string => sha256Hex(key);

/** Enough of a key to tell it apart in a list, too little to use. */
const partnerKeyHint = (key: string): string => `${key.slice(0, 3)}…${key.slice(-4)}`;

/** What a key's row keeps of it: the hash to find it by, a hint, and the whole key only if publishable. */
export const partnerKeyColumns = (kind: PartnerKeyKind, key: string) => ({
  kind,
  tokenHash: partnerKeyHash(key),
  publishableKey: kind === 'PUBLISHABLE' ? key : null,
  hint: partnerKeyHint(key),
});

/** Which kind a key claims to be by its prefix (anything else is no key of ours). */
export function partnerKeyKind(key: string): PartnerKeyKind | undefined {
  if (key.length > 100) return undefined;
  if (key.startsWith(PREFIX.PUBLISHABLE)) return 'PUBLISHABLE';
  if (key.startsWith(PREFIX.SECRET)) return 'SECRET';
  return undefined;
}
