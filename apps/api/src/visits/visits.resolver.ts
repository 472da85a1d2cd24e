import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import { partnerScopeOf } from '../auth/roles.js';
import type { Context } from '../graphql/context.js';
import { orThrow } from '../graphql/errors.js';
import { checkServiceArea } from './service-area.js';
import { BookingPolicyType, ServiceAreaType } from './visits.types.js';

@Resolver()
export class VisitsResolver {
  @Allow('PUBLIC')
  @Query(() => BookingPolicyType, {
    description: 'The zone times are shown in, and the rules for booking and changes.',
  })
  bookingPolicy(@Ctx() ctx: Context): BookingPolicyType {
    const { operator, policy } = ctx.settings;
    return Object.assign(new BookingPolicyType(), {
      timeZone: operator.timeZone,
      locale: operator.locale,
      currency: operator.currency,
      freeChangeHours: policy.freeCancellationHours,
      slotStepMinutes: policy.slotStepMinutes,
      minNoticeMinutes: policy.minNoticeMinutes,
      horizonDays: policy.horizonDays,
    });
  }

  @Allow('PUBLIC')
  @Query(() => ServiceAreaType, { description: 'Whether therapists visit a postcode, before any time is looked for.' })
  async serviceArea(
    @Arg('postcode', () => String) postcode: string,
    @Arg('treatmentId', () => ID, { nullable: true }) treatmentId: string | null,
    @Ctx() ctx: Context,
  ): Promise<ServiceAreaType> {
    const area = orThrow(await checkServiceArea(ctx.em, postcode, treatmentId, partnerScopeOf(ctx.caller)));
    return Object.assign(new ServiceAreaType(), area);
  }
}
