import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import type { Context } from '../graphql/context.js';
import { COST } from '../limits/query-limits.js';
import { checkReferralCode } from './referral.service.js';
import { ReferralCheckType } from './referral.types.js';

@Resolver()
export class ReferralResolver {
  @Allow('PUBLIC')
  @Query(() => ReferralCheckType, {
    description: 'Whether a referral code can be used, without health data.',
    complexity: COST.referralLookup,
  })
  async checkReferral(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<ReferralCheckType> {
    // Every lookup counts: this is where codes would be guessed.
    await ctx.limits.consume('referral');
    const check = await checkReferralCode(ctx.em, code, Date.now(), ctx.settings.operator.timeZone);
    return Object.assign(new ReferralCheckType(), { ...check, treatmentIds: [...check.treatmentIds] });
  }
}
