import type { EntityManager } from '@mikro-orm/postgresql';
import type { Referral, ReferralStatus } from '@mm/domain/booking-rules';
import type { Technique } from '@mm/domain/vocabulary';

interface ReferralRow {
  id: string;
  code: string;
  status: ReferralStatus;
  sessions_authorised: number;
  sessions_used: number;
  issued_on: string;
  expires_on: string;
  treatment_id: string;
  recommended_techniques: Technique[];
}

/**
 * The referral; with `lock`, its row stays locked until the transaction ends,
 * so two bookings racing for its last session are served one after the other.
 */
export async function loadReferral(
  em: EntityManager,
  id: string,
  { lock }: { lock: boolean },
): Promise<(Referral & { id: string }) | undefined> {
  const [row] = await em.execute<ReferralRow[]>(
    `select id, code, status, sessions_authorised, sessions_used, issued_on::text, expires_on::text, treatment_id,
            recommended_techniques
       from referral where id = ? ${lock ? 'for update' : ''}`,
    [id],
  );
  return (
    row && {
      id: row.id,
      code: row.code,
      status: row.status,
      sessionsAuthorised: row.sessions_authorised,
      sessionsUsed: row.sessions_used,
      issuedOn: row.issued_on,
      expiresOn: row.expires_on,
      treatmentIds: [row.treatment_id],
      recommendedTechniques: row.recommended_techniques,
    }
  );
}

/** Uses one session; the last one makes the referral EXHAUSTED. The check constraint forbids going past it. */
export async function useReferralSession(em: EntityManager, id: string): Promise<void> {
  await em.execute(
    `update referral
        set sessions_used = sessions_used + 1,
            status = case when sessions_used + 1 = sessions_authorised then 'EXHAUSTED' else status end,
            updated_at = now()
      where id = ?`,
    [id],
  );
}

/** Gives a session back (a cancelled booking); an exhausted referral is usable again. */
export async function returnReferralSession(em: EntityManager, id: string): Promise<void> {
  await em.execute(
    `update referral
        set sessions_used = sessions_used - 1,
            status = case when status = 'EXHAUSTED' then 'VERIFIED' else status end,
            updated_at = now()
      where id = ? and sessions_used > 0`,
    [id],
  );
}
