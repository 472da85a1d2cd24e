import { freeChangeUntil } from '@mm/domain/booking-rules';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import { partnerScopeOf } from '../auth/roles.js';
import { toTreatmentType } from '../catalog/catalog.resolver.js';
import type { Context } from '../graphql/context.js';
import { orThrow } from '../graphql/errors.js';
import { MoneyType } from '../graphql/money.type.js';
import { accessBy } from '../health/audit.js';
import { COST } from '../limits/query-limits.js';
import { guardReferralCode } from '../limits/referral-guard.js';
import type { BookingSettings } from '../settings.js';
import { TherapistProfileType } from '../therapists/therapist.types.js';
import type { BookingView } from './booking.queries.js';
import { bookNextSession, cancelBooking, createBooking, findBooking, rescheduleBooking } from './booking.service.js';
import { BookingType, CreateBookingInput, CreateBookingPayloadType } from './booking.types.js';

/** A booking as GraphQL shows it; only its client (the manage token's holder) sees the referral's sessions. */
export const toBookingType = (b: BookingView, settings: BookingSettings, audience: 'client' | 'partner'): BookingType =>
  Object.assign(new BookingType(), {
    ...b,
    price: MoneyType.of(b.price, settings.operator.locale),
    treatment: toTreatmentType(b.treatment),
    therapist: TherapistProfileType.of(b.therapist),
    freeChangeUntil: new Date(freeChangeUntil(b.start.getTime(), settings.policy)),
    referralSessionsRemaining: audience === 'client' ? b.referralSessionsRemaining : null,
  });

@Resolver()
export class BookingResolver {
  @Allow('PUBLIC')
  @Query(() => BookingType, {
    nullable: true,
    description: 'A booking, for the holder of its manage token.',
    complexity: COST.manageToken,
  })
  async booking(
    @Arg('reference', () => String) reference: string,
    @Arg('manageToken', () => String) manageToken: string,
    @Ctx() ctx: Context,
  ): Promise<BookingType | null> {
    await ctx.limits.consume('manage');
    const found = await findBooking(ctx.em, reference, manageToken);
    return found ? toBookingType(found, ctx.settings, 'client') : null;
  }

  @Allow('PUBLIC')
  @Mutation(() => CreateBookingPayloadType, { complexity: COST.booking })
  async createBooking(
    @Arg('input', () => CreateBookingInput) input: CreateBookingInput,
    @Ctx() ctx: Context,
  ): Promise<CreateBookingPayloadType> {
    const created = orThrow(
      await guardReferralCode(ctx.limits, input.referralCode, () =>
        createBooking(ctx.em, ctx.settings, input, partnerScopeOf(ctx.caller), Date.now(), accessBy(ctx)),
      ),
    );
    return Object.assign(new CreateBookingPayloadType(), {
      booking: toBookingType(created.booking, ctx.settings, 'client'),
      manageToken: created.manageToken,
    });
  }

  @Allow('PUBLIC')
  @Mutation(() => CreateBookingPayloadType, {
    description: "The next session of a referral's course, with the same therapist, from an earlier booking.",
    complexity: COST.booking,
  })
  async bookNextSession(
    @Arg('reference', () => String) reference: string,
    @Arg('manageToken', () => String) manageToken: string,
    @Arg('start', () => Date) start: Date,
    @Arg('idempotencyKey', () => String, { description: 'same key again returns the same booking' })
    idempotencyKey: string,
    @Ctx() ctx: Context,
  ): Promise<CreateBookingPayloadType> {
    await ctx.limits.consume('manage');
    const created = orThrow(
      await bookNextSession(
        ctx.em,
        ctx.settings,
        { reference, manageToken, start, idempotencyKey },
        partnerScopeOf(ctx.caller),
        Date.now(),
        accessBy(ctx),
      ),
    );
    return Object.assign(new CreateBookingPayloadType(), {
      booking: toBookingType(created.booking, ctx.settings, 'client'),
      manageToken: created.manageToken,
    });
  }

  @Allow('PUBLIC')
  @Mutation(() => BookingType, { complexity: COST.manageToken })
  async cancelBooking(
    @Arg('reference', () => String) reference: string,
    @Arg('manageToken', () => String) manageToken: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<BookingType> {
    await ctx.limits.consume('manage');
    const cancelled = orThrow(
      await cancelBooking(ctx.em, ctx.settings, { reference, manageToken, reason }, Date.now()),
    );
    return toBookingType(cancelled, ctx.settings, 'client');
  }

  @Allow('PUBLIC')
  @Mutation(() => BookingType, { complexity: COST.manageToken })
  async rescheduleBooking(
    @Arg('reference', () => String) reference: string,
    @Arg('manageToken', () => String) manageToken: string,
    @Arg('start', () => Date) start: Date,
    @Ctx() ctx: Context,
  ): Promise<BookingType> {
    await ctx.limits.consume('manage');
    const moved = orThrow(await rescheduleBooking(ctx.em, ctx.settings, { reference, manageToken, start }, Date.now()));
    return toBookingType(moved, ctx.settings, 'client');
  }
}
