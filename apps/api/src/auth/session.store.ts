import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sha256Hex } from '../ids.js';
import type { StaffRole } from './roles.js';

/** How long a session lives: since its last use, and at most since sign-in. */
export interface SessionLifetime {
  readonly idleMinutes: number;
  readonly absoluteHours: number;
}

/** The session's id in the database: a hash, so a leaked table holds no usable token. */
const sessionIdOf = (token: string): string => sha256Hex(token);

/** Opens a session for the account; returns the token for the cookie (never stored as is). */
export async function openSession(em: EntityManager, accountId: string, lifetime: SessionLifetime): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await em.execute(
    `insert into staff_session (id, account_id, expires_at)
     values (?, ?, now() + make_interval(hours => ?))`,
    [sessionIdOf(token), accountId, lifetime.absoluteHours],
  );
  return token;
}

export interface LiveSession {
  readonly sessionId: string;
  readonly accountId: string;
  readonly role: StaffRole;
  readonly therapistId: string | null;
}

/**
 * The session of this token, if it is live (not revoked, not past either
 * expiry, its account active); using it restarts its idle time. One statement.
 */
export async function useSession(
  em: EntityManager,
  token: string,
  lifetime: SessionLifetime,
): Promise<LiveSession | undefined> {
  const [row] = await em.execute<{ id: string; account_id: string; role: StaffRole; therapist_id: string | null }[]>(
    `update staff_session s set last_seen_at = now()
       from staff_account a
      where s.id = ? and a.id = s.account_id and a.active and s.revoked_at is null
        and s.expires_at > now() and s.last_seen_at > now() - make_interval(mins => ?)
      returning s.id, s.account_id, a.role, a.therapist_id`,
    [sessionIdOf(token), lifetime.idleMinutes],
  );
  return row && { sessionId: row.id, accountId: row.account_id, role: row.role, therapistId: row.therapist_id };
}

export async function revokeSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.execute('update staff_session set revoked_at = now() where id = ? and revoked_at is null', [sessionId]);
}

export async function revokeSessionsOf(em: EntityManager, accountId: string): Promise<void> {
  await em.execute('update staff_session set revoked_at = now() where account_id = ? and revoked_at is null', [
    accountId,
  ]);
}
