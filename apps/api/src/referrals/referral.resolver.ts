import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { checkReferralCode } from './referral.service.js';
import { ReferralCheckType } from './referral.types.js';

@Resolver()
export class ReferralResolver {
  @Query(() => ReferralCheckType, { description: 'Whether a referral code can be used, without health data.' })
  async checkReferral(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<ReferralCheckType> {
    const check = await checkReferralCode(ctx.em, code, Date.now(), ctx.settings.operator.timeZone);
    return Object.assign(new ReferralCheckType(), { ...check, treatmentIds: [...check.treatmentIds] });
  }
}
