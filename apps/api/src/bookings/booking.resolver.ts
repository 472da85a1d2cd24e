import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { toTreatmentType } from '../catalog/catalog.resolver.js';
import type { Context } from '../graphql/context.js';
import { orThrow } from '../graphql/errors.js';
import { MoneyType } from '../graphql/money.type.js';
import { TherapistProfileType } from '../therapists/therapist.types.js';
import type { BookingView } from './booking.queries.js';
import { cancelBooking, createBooking, findBooking, rescheduleBooking } from './booking.service.js';
import { BookingType, CreateBookingInput, CreateBookingPayloadType } from './booking.types.js';

const toBookingType = (b: BookingView, locale: string): BookingType =>
  Object.assign(new BookingType(), {
    ...b,
    price: MoneyType.of(b.price, locale),
    treatment: toTreatmentType(b.treatment),
    therapist: TherapistProfileType.of(b.therapist),
  });

@Resolver()
export class BookingResolver {
  @Query(() => BookingType, { nullable: true, description: 'A booking, for the holder of its manage token.' })
  async booking(
    @Arg('reference', () => String) reference: string,
    @Arg('manageToken', () => String) manageToken: string,
    @Ctx() ctx: Context,
  ): Promise<BookingType | null> {
    const found = await findBooking(ctx.em, reference, manageToken);
    return found ? toBookingType(found, ctx.settings.operator.locale) : null;
  }

  @Mutation(() => CreateBookingPayloadType)
  async createBooking(
    @Arg('input', () => CreateBookingInput) input: CreateBookingInput,
    @Ctx() ctx: Context,
  ): Promise<CreateBookingPayloadType> {
    const created = orThrow(await createBooking(ctx.em, ctx.settings, input, ctx.partnerKey, Date.now()));
    return Object.assign(new CreateBookingPayloadType(), {
      booking: toBookingType(created.booking, ctx.settings.operator.locale),
      manageToken: created.manageToken,
    });
  }

  @Mutation(() => BookingType)
  async cancelBooking(
    @Arg('reference', () => String) reference: string,
    @Arg('manageToken', () => String) manageToken: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<BookingType> {
    const cancelled = orThrow(
      await cancelBooking(ctx.em, ctx.settings, { reference, manageToken, reason }, Date.now()),
    );
    return toBookingType(cancelled, ctx.settings.operator.locale);
  }

  @Mutation(() => BookingType)
  async rescheduleBooking(
    @Arg('reference', () => String) reference: string,
    @Arg('manageToken', () => String) manageToken: string,
    @Arg('start', () => Date) start: Date,
    @Ctx() ctx: Context,
  ): Promise<BookingType> {
    const moved = orThrow(await rescheduleBooking(ctx.em, ctx.settings, { reference, manageToken, start }, Date.now()));
    return toBookingType(moved, ctx.settings.operator.locale);
  }
}
