import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type DomainError, domainError } from '@mm/domain/errors';
import {
  applyReferralAction,
  type ParsedReferral,
  parseReferralInput,
  type ReferralAction,
  type ReferralInput,
  type ReferralState,
} from '@mm/domain/referrals';
import { err, type Result } from '@mm/domain/result';
import { Refusal, refusalsAsResults } from '../database/refusal.js';
import { sqlState, UNIQUE_VIOLATION } from '../database/sql-errors.js';
import { TEXT_ARRAY, textArray } from '../database/text-array.js';
import { type AccessBy, auditHealth } from '../health/audit.js';
import { type KeyRing, placeOf } from '../health/cipher.js';
import { checkId } from '../ids.js';
import { recordReferralEvent, recordReferralWaiting } from '../messages/outbox.js';
import { REFERRAL_HEALTH_FIELDS } from './staff-referral.queries.js';

/** Unambiguous letters and digits (no 0/O, 1/I/L): a code read out over the phone is typed right. */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** RX- and ten characters: 31^10 ≈ 8×10^14 codes, so guessing one is hopeless at any allowed rate. */
export function newReferralCode(): string {
  const bytes = randomBytes(10);
  return `RX-${[...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]).join('')}`;
}

export interface NewReferral {
  readonly referral: ParsedReferral;
  readonly submittedVia: 'STAFF' | 'PARTNER' | 'CLIENT';
  readonly clientId?: string | null;
  readonly partnerId?: string | null;
  readonly enteredBy?: string | null;
  /** A known code (the demo's); otherwise one is drawn. */
  readonly code?: string;
}

/**
 * Writes a new PENDING referral, its first history line and its audit row in
 * one transaction, with its health data sealed. Returns its id and code.
 */
export async function insertReferral(
  em: EntityManager,
  keys: KeyRing,
  entry: NewReferral,
  by: AccessBy,
  zone: string,
): Promise<{ id: string; code: string }> {
  const id = randomUUID();
  const r = entry.referral;
  const seal = (column: string, value: string | null) => keys.sealText(value, placeOf('referral', column, id));
  for (let attempt = 0; ; attempt++) {
    const code = entry.code ?? newReferralCode();
    try {
      await em.transactional(async (tx) => {
        await tx.execute(
          `insert into referral (id, code, client_id, treatment_id, holder_family_name, holder_given_names, holder_birth_date,
             provider_name, provider_profession, provider_number, provider_practice, provider_contact,
             conditions, diagnosis, diagnosis_code, recommended_techniques, precautions, provider_notes,
             sessions_authorised, issued_on, expires_on, status, submitted_via, partner_id, entered_by)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ${TEXT_ARRAY}, ?, ?, ${TEXT_ARRAY}, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)`,
          [
            id,
            code,
            entry.clientId ?? null,
            r.treatmentId,
            r.holder.familyName,
            r.holderGivenNames,
            r.holder.dateOfBirth,
            r.providerName,
            r.providerProfession,
            r.providerNumber,
            r.providerPractice,
            r.providerContact,
            textArray(r.conditions),
            seal('diagnosis', r.diagnosis),
            seal('diagnosis_code', r.diagnosisCode),
            textArray(r.recommendedTechniques),
            seal('precautions', r.precautions),
            seal('provider_notes', r.providerNotes),
            r.sessionsAuthorised,
            r.issuedOn,
            r.expiresOn,
            entry.submittedVia,
            entry.partnerId ?? null,
            entry.enteredBy ?? null,
          ],
        );
        await tx.execute('insert into referral_change (id, referral_id, action, actor_id) values (?, ?, ?, ?)', [
          randomUUID(),
          id,
          entry.submittedVia === 'STAFF' ? 'ENTERED' : 'SUBMITTED',
          entry.enteredBy ?? null,
        ]);
        await auditHealth(tx, {
          ...by,
          action: 'CREATE',
          recordType: 'referral',
          recordIds: [id],
          fields: REFERRAL_HEALTH_FIELDS,
        });
        await recordReferralWaiting(tx, id, zone);
      });
      return { id, code };
    } catch (error) {
      // a drawn code that exists already: draw again
      if (sqlState(error) !== UNIQUE_VIOLATION || entry.code || attempt >= 2) throw error;
    }
  }
}

/** Checks a referral as entered or submitted, against the domain's rules and the catalogue. */
export async function parseNewReferral(
  em: EntityManager,
  input: ReferralInput,
  today: string,
): Promise<Result<ParsedReferral, DomainError>> {
  const id = checkId(input.treatmentId, 'treatmentId', 'treatment');
  if (!id.ok) return id;
  const parsed = parseReferralInput(input, today);
  if (!parsed.ok) return parsed;
  const [treatment] = await em.execute<{ requires_referral: boolean }[]>(
    'select requires_referral from treatment where id = ?',
    [input.treatmentId],
  );
  if (!treatment) return err(domainError('BAD_USER_INPUT', 'Unknown treatment', 'treatmentId'));
  if (!treatment.requires_referral) {
    return err(domainError('BAD_USER_INPUT', 'Referrals are for treatments that need one', 'treatmentId'));
  }
  return parsed;
}

interface LockedReferral extends ReferralState {
  readonly id: string;
  /** Whether it says whom it was written for: a referral without a holder cannot be verified. */
  readonly holderKnown: boolean;
}

const notFound = domainError('NOT_FOUND', 'No such referral', 'id');

/**
 * A decision or an amendment: the referral is locked, the domain's state
 * machine decides, and the new state and its history line are written in one
 * transaction. Bookings lock the same row to use a session, so an amendment
 * and a booking racing for the last session are served one after the other,
 * and the check constraint (used ≤ authorised) holds whatever happens.
 */
export async function changeReferral(
  em: EntityManager,
  id: string,
  action: Exclude<ReferralAction, { kind: 'USE_SESSION' | 'RETURN_SESSION' }>,
  actorId: string | null,
  zone: string,
): Promise<Result<void, DomainError>> {
  const known = checkId(id, 'id', 'referral');
  if (!known.ok) return known;
  return refusalsAsResults(() =>
    em.transactional(async (tx) => {
      const [row] = await tx.execute<LockedReferral[]>(
        `select id, status, sessions_authorised as "sessionsAuthorised", sessions_used as "sessionsUsed",
                issued_on::text as "issuedOn", expires_on::text as "expiresOn",
                holder_family_name is not null as "holderKnown"
           from referral where id = ? and purged_at is null for update`,
        [id],
      );
      if (!row) throw new Refusal(notFound);
      if (action.kind === 'VERIFY' && !row.holderKnown) {
        throw new Refusal(
          domainError('REFERRAL_INVALID', 'Enter whom the referral was written for before verifying it'),
        );
      }
      const next = applyReferralAction(row, action);
      if (!next.ok) throw new Refusal(next.error);
      const decided = action.kind === 'VERIFY' || action.kind === 'REJECT';
      await tx.execute(
        `update referral set status = ?, sessions_authorised = ?, expires_on = ?, updated_at = now()
           ${decided ? ', decided_at = now(), decided_by = ?' : ''}
         where id = ?`,
        [next.value.status, next.value.sessionsAuthorised, next.value.expiresOn, ...(decided ? [actorId] : []), id],
      );
      const reason = 'reason' in action ? action.reason.trim() : null;
      await tx.execute(
        `insert into referral_change (id, referral_id, action, reason, actor_id,
           sessions_authorised_before, sessions_authorised_after, expires_on_before, expires_on_after)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          randomUUID(),
          id,
          HISTORY[action.kind],
          reason || null,
          actorId,
          ...(action.kind === 'AMEND'
            ? [row.sessionsAuthorised, next.value.sessionsAuthorised, row.expiresOn, next.value.expiresOn]
            : [null, null, null, null]),
        ],
      );
      await recordReferralEvent(tx, zone, { topic: EVENTS[action.kind], referralId: id });
      return undefined;
    }),
  );
}

const EVENTS = {
  VERIFY: 'referral.verified',
  REJECT: 'referral.rejected',
  AMEND: 'referral.amended',
} as const;

const HISTORY: Readonly<Record<'VERIFY' | 'REJECT' | 'AMEND', string>> = {
  VERIFY: 'VERIFIED',
  REJECT: 'REJECTED',
  AMEND: 'AMENDED',
};
