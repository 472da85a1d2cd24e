import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReferralStatus } from '@mm/domain/booking-rules';
import type { Condition, Technique } from '@mm/domain/vocabulary';
import { likeContaining } from '../database/like-pattern.js';
import { TEXT_ARRAY, textArray } from '../database/text-array.js';
import { type KeysetPosition, keysetKey } from '../graphql/pagination.js';
import { type AccessBy, auditHealth } from '../health/audit.js';
import { type KeyRing, placeOf } from '../health/cipher.js';

/** A referral as staff see it, without its health data (see loadReferralHealth). */
export interface StaffReferralRow {
  readonly id: string;
  readonly code: string;
  /** As stored: EXPIRED is worked out from the date (effectiveReferralStatus). */
  readonly status: ReferralStatus;
  readonly treatmentId: string;
  readonly treatmentName: string;
  readonly clientId: string | null;
  readonly clientName: string | null;
  readonly holderFamilyName: string | null;
  readonly holderGivenNames: string | null;
  readonly holderBirthDate: string | null;
  readonly providerName: string;
  readonly providerProfession: string;
  readonly providerNumber: string | null;
  readonly providerPractice: string | null;
  readonly providerContact: string | null;
  readonly recommendedTechniques: Technique[];
  readonly sessionsAuthorised: number;
  readonly sessionsUsed: number;
  readonly issuedOn: string;
  readonly expiresOn: string;
  readonly submittedVia: 'STAFF' | 'PARTNER' | 'CLIENT';
  readonly partnerName: string | null;
  readonly createdAt: Date;
  readonly decidedAt: Date | null;
  readonly decidedByName: string | null;
  readonly purgedAt: Date | null;
  readonly document: { readonly contentType: string; readonly byteSize: number; readonly uploadedAt: string } | null;
}

const SELECT = `select r.id, r.code, r.status, r.treatment_id as "treatmentId", t.name as "treatmentName",
    r.client_id as "clientId", c.name as "clientName",
    r.holder_family_name as "holderFamilyName", r.holder_given_names as "holderGivenNames",
    r.holder_birth_date::text as "holderBirthDate",
    r.provider_name as "providerName", r.provider_profession as "providerProfession",
    r.provider_number as "providerNumber", r.provider_practice as "providerPractice",
    r.provider_contact as "providerContact", r.recommended_techniques as "recommendedTechniques",
    r.sessions_authorised as "sessionsAuthorised", r.sessions_used as "sessionsUsed",
    r.issued_on::text as "issuedOn", r.expires_on::text as "expiresOn", r.submitted_via as "submittedVia",
    p.name as "partnerName", r.created_at as "createdAt", r.decided_at as "decidedAt",
    s.display_name as "decidedByName", r.purged_at as "purgedAt",
    (select json_build_object('contentType', d.content_type, 'byteSize', d.byte_size, 'uploadedAt', d.uploaded_at)
       from referral_document d where d.referral_id = r.id) as document,
    ${keysetKey('r.created_at')} as created_key
  from referral r
  join treatment t on t.id = r.treatment_id
  left join client c on c.id = r.client_id
  left join partner p on p.id = r.partner_id
  left join staff_account s on s.id = r.decided_by`;

export interface ReferralFilter {
  readonly statuses?: readonly ReferralStatus[] | null | undefined;
  readonly clientId?: string | null | undefined;
  /** A code, or the holder's or client's name. */
  readonly search?: string | null | undefined;
}

/** The order lists come in: the queue is oldest first (who has waited longest), the rest newest first. */
export type ReferralOrder = 'OLDEST_FIRST' | 'NEWEST_FIRST';

type Positioned = StaffReferralRow & { position: KeysetPosition };

export async function listReferrals(
  em: EntityManager,
  filter: ReferralFilter,
  order: ReferralOrder,
  page: { readonly first: number; readonly after: KeysetPosition | undefined },
): Promise<Positioned[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.statuses?.length) {
    where.push(`r.status = any(${TEXT_ARRAY})`);
    params.push(textArray(filter.statuses));
  }
  if (filter.clientId) {
    where.push('(r.client_id = ? or exists (select 1 from booking b where b.referral_id = r.id and b.client_id = ?))');
    params.push(filter.clientId, filter.clientId);
  }
  if (filter.search?.trim()) {
    const pattern = likeContaining(filter.search.trim());
    where.push('(r.code ilike ? or r.holder_family_name ilike ? or r.holder_given_names ilike ? or c.name ilike ?)');
    params.push(pattern, pattern, pattern, pattern);
  }
  const direction = order === 'OLDEST_FIRST' ? '>' : '<';
  if (page.after) {
    where.push(`(r.created_at, r.id) ${direction} (?::timestamptz, ?::uuid)`);
    params.push(page.after.key, page.after.id);
  }
  const sort = order === 'OLDEST_FIRST' ? 'asc' : 'desc';
  const rows = await em.execute<(StaffReferralRow & { created_key: string })[]>(
    `${SELECT} ${where.length ? `where ${where.join(' and ')}` : ''}
      order by r.created_at ${sort}, r.id ${sort} limit ?`,
    [...params, page.first + 1],
  );
  return rows.map(({ created_key, ...row }) => ({ ...row, position: { key: created_key, id: row.id } }));
}

export async function findStaffReferral(em: EntityManager, id: string): Promise<StaffReferralRow | undefined> {
  const [row] = await em.execute<(StaffReferralRow & { created_key?: string })[]>(`${SELECT} where r.id = ?`, [id]);
  if (!row) return undefined;
  const { created_key: _, ...referral } = row;
  return referral;
}

/** The bookings that used (or use) a session of the referral. */
export interface ReferralUse {
  readonly id: string;
  readonly reference: string;
  readonly status: string;
  readonly start: Date;
  readonly therapistName: string;
}

export async function referralUses(em: EntityManager, referralId: string): Promise<ReferralUse[]> {
  return em.execute<ReferralUse[]>(
    `select b.id, b.reference, b.status, b.starts_at as start, t.display_name as "therapistName"
       from booking b join therapist t on t.id = b.therapist_id
      where b.referral_id = ? order by b.starts_at`,
    [referralId],
  );
}

export interface ReferralChangeRow {
  readonly id: string;
  readonly action: string;
  readonly reason: string | null;
  readonly sessionsAuthorisedBefore: number | null;
  readonly sessionsAuthorisedAfter: number | null;
  readonly expiresOnBefore: string | null;
  readonly expiresOnAfter: string | null;
  readonly actorName: string | null;
  readonly at: Date;
}

export async function referralChanges(em: EntityManager, referralId: string): Promise<ReferralChangeRow[]> {
  return em.execute<ReferralChangeRow[]>(
    `select rc.id, rc.action, rc.reason, rc.sessions_authorised_before as "sessionsAuthorisedBefore",
            rc.sessions_authorised_after as "sessionsAuthorisedAfter", rc.expires_on_before::text as "expiresOnBefore",
            rc.expires_on_after::text as "expiresOnAfter", s.display_name as "actorName", rc.at
       from referral_change rc left join staff_account s on s.id = rc.actor_id
      where rc.referral_id = ? order by rc.at, rc.id`,
    [referralId],
  );
}

/** A referral's health data, opened. */
export interface ReferralHealth {
  readonly conditions: Condition[];
  readonly diagnosis: string | null;
  readonly diagnosisCode: string | null;
  readonly precautions: string | null;
  readonly providerNotes: string | null;
}

export const REFERRAL_HEALTH_FIELDS = ['conditions', 'diagnosis', 'diagnosis_code', 'precautions', 'provider_notes'];

/** Reads a referral's health data, recording the read in the same transaction: no read without its audit row. */
export async function loadReferralHealth(
  em: EntityManager,
  keys: KeyRing,
  id: string,
  by: AccessBy,
): Promise<ReferralHealth | undefined> {
  return em.transactional(async (tx) => {
    const [row] = await tx.execute<
      {
        conditions: Condition[];
        diagnosis: Buffer | null;
        diagnosis_code: Buffer | null;
        precautions: Buffer | null;
        provider_notes: Buffer | null;
      }[]
    >('select conditions, diagnosis, diagnosis_code, precautions, provider_notes from referral where id = ?', [id]);
    if (!row) return undefined;
    await auditHealth(tx, {
      ...by,
      action: 'READ',
      recordType: 'referral',
      recordIds: [id],
      fields: REFERRAL_HEALTH_FIELDS,
    });
    return {
      conditions: row.conditions,
      diagnosis: keys.openText(row.diagnosis, placeOf('referral', 'diagnosis', id)),
      diagnosisCode: keys.openText(row.diagnosis_code, placeOf('referral', 'diagnosis_code', id)),
      precautions: keys.openText(row.precautions, placeOf('referral', 'precautions', id)),
      providerNotes: keys.openText(row.provider_notes, placeOf('referral', 'provider_notes', id)),
    };
  });
}
