import type { EntityManager } from '@mikro-orm/postgresql';
import type { Referral } from '@mm/domain/booking-rules';
import type { ReferralHolder } from '@mm/domain/referrals';

/** A referral as the booking rules read it, with its id and whom it was written for. */
export type ReferralRecord = Referral & { readonly id: string; readonly holder: ReferralHolder | null };

/**
 * The one reading of a referral row (alias `r`) into a ReferralRecord: a JSON
 * object in the domain's shape, so every query that needs one selects this.
 */
export const REFERRAL_RECORD_SQL = `json_build_object('id', r.id, 'code', r.code, 'status', r.status,
  'sessionsAuthorised', r.sessions_authorised, 'sessionsUsed', r.sessions_used,
  'issuedOn', r.issued_on::text, 'expiresOn', r.expires_on::text,
  'treatmentIds', json_build_array(r.treatment_id), 'recommendedTechniques', r.recommended_techniques,
  'holder', case when r.holder_family_name is null then null
    else json_build_object('familyName', r.holder_family_name, 'dateOfBirth', r.holder_birth_date::text) end)`;

/**
 * The referral; with `lock`, its row stays locked until the transaction ends,
 * so two bookings racing for its last session are served one after the other.
 */
export async function loadReferral(
  em: EntityManager,
  id: string,
  { lock }: { lock: boolean },
): Promise<ReferralRecord | undefined> {
  const [row] = await em.execute<{ referral: ReferralRecord }[]>(
    `select ${REFERRAL_RECORD_SQL} as referral from referral r where r.id = ? ${lock ? 'for update of r' : ''}`,
    [id],
  );
  return row?.referral;
}

/** The referral with this code, as stored (normalised: see normaliseReferralCode). */
export async function findReferralByCode(em: EntityManager, code: string): Promise<ReferralRecord | undefined> {
  const [row] = await em.execute<{ referral: ReferralRecord }[]>(
    `select ${REFERRAL_RECORD_SQL} as referral from referral r where r.code = ?`,
    [code],
  );
  return row?.referral;
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

/** The referral belongs to the client of its first booking, when it was entered without one. */
export async function claimReferral(em: EntityManager, referralId: string, bookingId: string): Promise<void> {
  await em.execute(
    'update referral set client_id = (select client_id from booking where id = ?) where id = ? and client_id is null',
    [bookingId, referralId],
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
