import { addDays, dayBoundsInZone, instantToLocalDate } from '@mm/domain/zoned-time';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import type { Context } from '../graphql/context.js';
import { MoneyType } from '../graphql/money.type.js';
import {
  bookingsPerDay,
  type DayRange,
  licencesDue,
  outcomes,
  type RevenueRow,
  referralSessionsPerWeek,
  referralsExpiring,
  referralsWaiting,
  revenueByChannel,
  revenueByLength,
  utilisation,
} from './dashboard.queries.js';
import {
  DashboardType,
  DayBookingsType,
  LicenceDueType,
  OutcomesType,
  ReferralExpiringType,
  ReferralsWaitingType,
  RevenueLineType,
  UtilisationType,
  WeekSessionsType,
} from './dashboard.types.js';

/** The `days` days of the operator's zone up to and including `last`. */
function daysUpTo(last: string, days: number, zone: string): DayRange {
  const from = addDays(last, -(days - 1));
  return {
    from,
    to: last,
    start: new Date(dayBoundsInZone(from, zone)[0]),
    end: new Date(dayBoundsInZone(last, zone)[1]),
  };
}

const LICENCE_WARNING_DAYS = 30;
const REFERRAL_WARNING_DAYS = 14;

@Resolver(() => DashboardType)
export class DashboardResolver {
  @Allow('ADMIN', 'COORDINATOR')
  @Query(() => DashboardType)
  dashboard(@Ctx() ctx: Context): DashboardType {
    return Object.assign(new DashboardType(), {
      today: instantToLocalDate(Date.now(), ctx.settings.operator.timeZone),
    });
  }

  @FieldResolver(() => [DayBookingsType], { description: 'the last 8 weeks, today included' })
  async bookingsPerDay(@Root() d: DashboardType, @Ctx() ctx: Context): Promise<DayBookingsType[]> {
    const zone = ctx.settings.operator.timeZone;
    return (await bookingsPerDay(ctx.em, daysUpTo(d.today, 56, zone), zone)).map((r) =>
      Object.assign(new DayBookingsType(), r),
    );
  }

  @FieldResolver(() => [RevenueLineType], { description: 'sessions of the last 30 days, not cancelled, by length' })
  async revenueByLength(@Root() d: DashboardType, @Ctx() ctx: Context): Promise<RevenueLineType[]> {
    return (await revenueByLength(ctx.em, daysUpTo(d.today, 30, ctx.settings.operator.timeZone))).map((r) =>
      this.line(r, ctx),
    );
  }

  @FieldResolver(() => [RevenueLineType], { description: 'sessions of the last 30 days, not cancelled, by partner' })
  async revenueByChannel(@Root() d: DashboardType, @Ctx() ctx: Context): Promise<RevenueLineType[]> {
    return (await revenueByChannel(ctx.em, daysUpTo(d.today, 30, ctx.settings.operator.timeZone))).map((r) =>
      this.line(r, ctx),
    );
  }

  @FieldResolver(() => OutcomesType, { description: 'sessions of the last 30 days' })
  async outcomes(@Root() d: DashboardType, @Ctx() ctx: Context): Promise<OutcomesType> {
    return Object.assign(
      new OutcomesType(),
      await outcomes(ctx.em, daysUpTo(d.today, 30, ctx.settings.operator.timeZone)),
    );
  }

  @FieldResolver(() => [UtilisationType], { description: 'the last 28 days, today included' })
  async utilisation(@Root() d: DashboardType, @Ctx() ctx: Context): Promise<UtilisationType[]> {
    return (await utilisation(ctx.em, daysUpTo(d.today, 28, ctx.settings.operator.timeZone))).map((r) =>
      Object.assign(new UtilisationType(), r),
    );
  }

  @FieldResolver(() => [LicenceDueType], { description: `expired, or expiring within ${LICENCE_WARNING_DAYS} days` })
  async licencesDue(@Root() d: DashboardType, @Ctx() ctx: Context): Promise<LicenceDueType[]> {
    return (await licencesDue(ctx.em, addDays(d.today, LICENCE_WARNING_DAYS))).map((r) =>
      Object.assign(new LicenceDueType(), r),
    );
  }

  @FieldResolver(() => ReferralsWaitingType, { description: 'PENDING referrals, and how long the oldest has waited' })
  async referralsWaiting(@Ctx() ctx: Context): Promise<ReferralsWaitingType> {
    return Object.assign(new ReferralsWaitingType(), await referralsWaiting(ctx.em));
  }

  @FieldResolver(() => [ReferralExpiringType], {
    description: `verified referrals with sessions left that expire within ${REFERRAL_WARNING_DAYS} days`,
  })
  async referralsExpiring(@Root() d: DashboardType, @Ctx() ctx: Context): Promise<ReferralExpiringType[]> {
    return (await referralsExpiring(ctx.em, d.today, addDays(d.today, REFERRAL_WARNING_DAYS))).map((r) =>
      Object.assign(new ReferralExpiringType(), r),
    );
  }

  @FieldResolver(() => [WeekSessionsType], { description: 'referral sessions booked per week, the last 8 weeks' })
  async referralSessionsPerWeek(@Root() d: DashboardType, @Ctx() ctx: Context): Promise<WeekSessionsType[]> {
    const zone = ctx.settings.operator.timeZone;
    return (await referralSessionsPerWeek(ctx.em, daysUpTo(d.today, 56, zone), zone)).map((r) =>
      Object.assign(new WeekSessionsType(), r),
    );
  }

  private line(r: RevenueRow, ctx: Context): RevenueLineType {
    return Object.assign(new RevenueLineType(), {
      label: r.label,
      sessions: r.sessions,
      revenue: MoneyType.of({ amountMinor: r.amountMinor, currency: r.currency }, ctx.settings.operator.locale),
    });
  }
}
