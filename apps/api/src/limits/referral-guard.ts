import { normaliseReferralCode } from '@mm/domain/booking-rules';
import type { DomainError } from '@mm/domain/errors';
import { NO_MATCHING_REFERRAL } from '@mm/domain/referrals';
import type { Result } from '@mm/domain/result';
import type { RequestLimits } from './request-limits.js';

/**
 * Runs an operation that was given a referral code. Codes that turn out
 * unusable count against the address's referral limit, and once it is used up
 * every code is refused, good or not: guessing codes gets nowhere, while a
 * client with a real code pages through weeks of times freely. Failures count
 * against the code too, from whichever address: a holder's family name and date
 * of birth cannot be guessed by spreading the tries over many addresses.
 */
export async function guardReferralCode<T>(
  limits: RequestLimits,
  code: string | null | undefined,
  run: () => Promise<Result<T, DomainError>>,
): Promise<Result<T, DomainError>> {
  const normalised = code ? normaliseReferralCode(code) : '';
  if (normalised === '') return run();
  await limits.assertOpen('referral');
  await limits.assertOpen('referralCode', normalised);
  const result = await run();
  if (!result.ok && result.error.code === 'REFERRAL_INVALID' && result.error.field === 'referralCode') {
    await limits.consume('referral'); // counts the failure
    // a holder that does not match counts against the code; a pending or used-up referral's own holder does not
    if (result.error.message === NO_MATCHING_REFERRAL) await limits.consume('referralCode', normalised);
  }
  return result;
}
