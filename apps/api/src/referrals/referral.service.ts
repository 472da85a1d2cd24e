import type { EntityManager } from '@mikro-orm/postgresql';
import { normaliseReferralCode, type ReferralCheck, referralCheckView } from '@mm/domain/booking-rules';
import { findReferralByCode } from './referral.queries.js';

/** What a client may learn of a referral code; an unknown code is simply not valid. */
export async function checkReferralCode(
  em: EntityManager,
  code: string,
  now: number,
  timeZone: string,
): Promise<Omit<ReferralCheck, 'expiresOn'> & { readonly expiresOn: string | null }> {
  const normalised = normaliseReferralCode(code);
  const referral = normalised ? await findReferralByCode(em, normalised) : undefined;
  if (!referral) {
    return {
      code: normalised,
      valid: false,
      reason: 'Unknown referral code',
      sessionsRemaining: 0,
      expiresOn: null,
      treatmentIds: [],
    };
  }
  return referralCheckView(referral, now, timeZone);
}
