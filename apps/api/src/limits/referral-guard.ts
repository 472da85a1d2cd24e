import type { DomainError } from '@mm/domain/errors';
import type { Result } from '@mm/domain/result';
import type { RequestLimits } from './request-limits.js';

/**
 * Runs an operation that was given a referral code. Codes that turn out
 * unusable count against the address's referral limit, and once it is used up
 * every code is refused, good or not: guessing codes gets nowhere, while a
 * client with a real code pages through weeks of times freely.
 */
export async function guardReferralCode<T>(
  limits: RequestLimits,
  code: string | null | undefined,
  run: () => Promise<Result<T, DomainError>>,
): Promise<Result<T, DomainError>> {
  if (!code?.trim()) return run();
  await limits.assertOpen('referral');
  const result = await run();
  if (!result.ok && result.error.code === 'REFERRAL_INVALID' && result.error.field === 'referralCode') {
    await limits.consume('referral'); // counts the failure
  }
  return result;
}
