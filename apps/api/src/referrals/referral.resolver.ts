import { normaliseReferralCode } from '@mm/domain/booking-rules';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import type { Context } from '../graphql/context.js';
import { DateScalar } from '../graphql/scalars.js';
import { COST } from '../limits/query-limits.js';
import { checkReferralCode } from './referral.service.js';
import { ReferralCheckType } from './referral.types.js';

@Resolver()
export class ReferralResolver {
  @Allow('PUBLIC')
  @Query(() => ReferralCheckType, {
    description:
      'Whether a referral code can be used, without health data. Says nothing of a code without the family name and date of birth on it.',
    complexity: COST.referralLookup,
  })
  async checkReferral(
    @Arg('code', () => String) code: string,
    @Arg('familyName', () => String, { nullable: true }) familyName: string | null,
    @Arg('dateOfBirth', () => DateScalar, { nullable: true }) dateOfBirth: string | null,
    @Ctx() ctx: Context,
  ): Promise<ReferralCheckType> {
    // Every lookup counts: this is where codes would be guessed.
    await ctx.limits.consume('referral');
    const normalised = normaliseReferralCode(code);
    const holder = familyName && dateOfBirth ? { familyName, dateOfBirth } : undefined;
    if (holder && normalised) await ctx.limits.assertOpen('referralCode', normalised);
    const { check, mismatch } = await checkReferralCode(
      ctx.em,
      code,
      holder,
      Date.now(),
      ctx.settings.operator.timeZone,
    );
    // a wrong holder counts against the code, from any address
    if (mismatch) await ctx.limits.consume('referralCode', normalised);
    return Object.assign(new ReferralCheckType(), { ...check, treatmentIds: [...check.treatmentIds] });
  }
}
