import type { EntityManager } from '@mikro-orm/postgresql';
import { normaliseReferralCode, type ReferralCheck, referralCheckView } from '@mm/domain/booking-rules';
import { NO_MATCHING_REFERRAL, type ReferralHolder, sameHolder } from '@mm/domain/referrals';
import { findReferralByCode } from './referral.queries.js';

export type ReferralCheckAnswer = Omit<ReferralCheck, 'expiresOn'> & { readonly expiresOn: string | null };

const refused = (code: string, reason: string): ReferralCheckAnswer => ({
  code,
  valid: false,
  reason,
  sessionsRemaining: 0,
  expiresOn: null,
  treatmentIds: [],
});

/** The shape of a code: what can be said of a typo without asking the database. */
const CODE = /^[A-Z0-9-]{4,40}$/;

/**
 * What a client may learn of a referral code. Nothing at all without the
 * holder's family name and date of birth; an unknown code and one written for
 * someone else get the same answer, so no answer says whose a code is. Only
 * the holder learns its state (pending, expired, used up).
 */
export async function checkReferralCode(
  em: EntityManager,
  code: string,
  holder: ReferralHolder | undefined,
  now: number,
  timeZone: string,
): Promise<{ readonly check: ReferralCheckAnswer; readonly mismatch: boolean }> {
  const normalised = normaliseReferralCode(code);
  if (!CODE.test(normalised)) {
    return { check: refused(normalised, 'A referral code is 4 to 40 letters, digits and dashes'), mismatch: false };
  }
  if (!holder) {
    return {
      check: refused(normalised, 'Give the family name and date of birth written on the referral'),
      mismatch: false,
    };
  }
  const referral = await findReferralByCode(em, normalised);
  if (!referral || !sameHolder(referral.holder, holder)) {
    return { check: refused(normalised, NO_MATCHING_REFERRAL), mismatch: true };
  }
  return { check: referralCheckView(referral, now, timeZone), mismatch: false };
}
