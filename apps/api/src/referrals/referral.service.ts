import type { EntityManager } from '@mikro-orm/postgresql';
import { type ReferralCheck, referralCheckView } from '@mm/domain/booking-rules';
import { ReferralEntity } from './referral.entity.js';

/** What a client may learn of a referral code; an unknown code is simply not valid. */
export async function checkReferralCode(
  em: EntityManager,
  code: string,
  now: number,
  timeZone: string,
): Promise<Omit<ReferralCheck, 'expiresOn'> & { readonly expiresOn: string | null }> {
  const trimmed = code.trim();
  const referral = trimmed ? await em.findOne(ReferralEntity, { code: trimmed }) : null;
  if (!referral) {
    return {
      code: trimmed,
      valid: false,
      reason: 'Unknown referral code',
      sessionsRemaining: 0,
      expiresOn: null,
      treatmentIds: [],
    };
  }
  return referralCheckView({ ...referral, treatmentIds: [referral.treatmentId] }, now, timeZone);
}
