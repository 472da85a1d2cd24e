import { createHmac, timingSafeEqual } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sha256Hex } from '../ids.js';

/**
 * A booking's manage token is an HMAC of its id: a retried createBooking can
 * hand back the same token, while the database keeps only a hash of it.
 */
export const manageTokenFor = (secret: string, bookingId: string): string =>
  createHmac('sha256', secret).update(`manage-booking:${bookingId}`).digest('base64url');

export const tokenHash = (token: string): string => sha256Hex(token);

export function tokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(tokenHash(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/** TOKEN_SECRET when configured, else the key the database drew at migration. */
export async function loadTokenSecret(em: EntityManager, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const [row] = await em.execute<{ value: string }[]>("select value from app_secret where name = 'manage_token'");
  if (!row) throw new Error('app_secret has no manage_token key: the database is not migrated');
  return row.value;
}
