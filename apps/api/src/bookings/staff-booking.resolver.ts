import type { BookingOutcome, BookingStatus } from '@mm/domain/booking-rules';
import { freeChangeUntil } from '@mm/domain/booking-rules';
import { type DomainError, domainError } from '@mm/domain/errors';
import type { Interval } from '@mm/domain/intervals';
import { err, ok, type Result } from '@mm/domain/result';
import { parseSearch } from '@mm/domain/search';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import type { Caller } from '../auth/roles.js';
import { toTreatmentType } from '../catalog/catalog.resolver.js';
import type { Context } from '../graphql/context.js';
import { orThrow } from '../graphql/errors.js';
import { MoneyType } from '../graphql/money.type.js';
import { checkPageSize, decodeCursor, PAGE_SIZE, pageOf } from '../graphql/pagination.js';
import { DateScalar } from '../graphql/scalars.js';
import { checkId } from '../ids.js';
import { COST } from '../limits/query-limits.js';
import type { BookingSettings } from '../settings.js';
import { TherapistProfileType } from '../therapists/therapist.types.js';
import { listStaffBookings, type StaffBookingFilter, type StaffBookingView } from './staff-booking.queries.js';
import {
  type BookingReach,
  reassignBooking,
  reassignmentOptions,
  recordBookingOutcome,
  staffBooking,
  staffCancelBooking,
} from './staff-booking.service.js';
import {
  BookingOutcomeEnum,
  CalendarColumnType,
  StaffBookingConnectionType,
  StaffBookingFilterInput,
  type StaffBookingOrder,
  StaffBookingOrderEnum,
  StaffBookingType,
  TimeRangeType,
} from './staff-booking.types.js';
import { CALENDAR_MAX_DAYS, staffCalendar } from './staff-calendar.service.js';

const toStaffBookingType = (b: StaffBookingView, settings: BookingSettings): StaffBookingType =>
  Object.assign(new StaffBookingType(), {
    ...b,
    price: MoneyType.of(b.price, settings.operator.locale),
    treatment: toTreatmentType(b.treatment),
    therapist: TherapistProfileType.of(b.therapist),
    freeChangeUntil: new Date(freeChangeUntil(b.start.getTime(), settings.policy)),
  });

/** A THERAPIST reaches only their own bookings; the other staff roles reach all of them. */
function reachOf(caller: Caller): BookingReach {
  if (caller.kind !== 'staff') throw new Error('a staff operation ran without a staff caller');
  if (caller.role !== 'THERAPIST') return 'all';
  if (!caller.therapistId) throw new Error('a THERAPIST account without its therapist');
  return { therapistId: caller.therapistId };
}

function parseFilter(
  input: StaffBookingFilterInput | null,
  reach: BookingReach,
): Result<StaffBookingFilter, DomainError> {
  const f = input ?? {};
  if (f.from && f.to && f.to <= f.from) {
    return err(domainError('BAD_USER_INPUT', 'The end of the range comes after its start', 'filter.to'));
  }
  for (const [field, what] of [
    ['therapistId', 'therapist'],
    ['partnerId', 'partner'],
    ['treatmentId', 'treatment'],
    ['clientId', 'client'],
  ] as const) {
    const checked = checkId(f[field], `filter.${field}`, what);
    if (!checked.ok) return checked;
  }
  const search = parseSearch(f.search, 'filter.search');
  if (!search.ok) return search;
  const own = reach === 'all' ? undefined : reach.therapistId;
  if (own && f.therapistId && f.therapistId !== own) {
    return err(domainError('FORBIDDEN', 'A therapist sees only their own bookings', 'filter.therapistId'));
  }
  return ok({
    from: f.from ?? undefined,
    to: f.to ?? undefined,
    statuses: (f.statuses ?? undefined) as BookingStatus[] | undefined,
    therapistId: own ?? f.therapistId ?? undefined,
    partnerId: f.partnerId ?? undefined,
    treatmentId: f.treatmentId ?? undefined,
    clientId: f.clientId ?? undefined,
    search: search.value,
  });
}

@Resolver()
export class StaffBookingResolver {
  @Allow('ADMIN', 'COORDINATOR', 'THERAPIST')
  @Query(() => StaffBookingConnectionType, {
    description: "Bookings, filtered and a page at a time; a therapist's own only.",
    complexity: COST.page,
  })
  async staffBookings(
    @Arg('filter', () => StaffBookingFilterInput, { nullable: true }) filter: StaffBookingFilterInput | null,
    @Arg('order', () => StaffBookingOrderEnum, { defaultValue: 'START_ASC' }) order: StaffBookingOrder,
    @Arg('first', () => Int, { defaultValue: PAGE_SIZE.default, description: `at most ${PAGE_SIZE.max}` })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the page before' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<StaffBookingConnectionType> {
    orThrow(checkPageSize(first));
    const parsed = orThrow(parseFilter(filter, reachOf(ctx.caller)));
    const position = orThrow(decodeCursor(after));
    const rows = await listStaffBookings(ctx.em, parsed, { order, first, after: position });
    return Object.assign(
      new StaffBookingConnectionType(),
      pageOf(rows, first, (b) => toStaffBookingType(b, ctx.settings)),
    );
  }

  @Allow('ADMIN', 'COORDINATOR', 'THERAPIST')
  @Query(() => StaffBookingType, { description: "One booking in full; a therapist's own only." })
  async staffBooking(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<StaffBookingType> {
    return toStaffBookingType(orThrow(await staffBooking(ctx.em, id, reachOf(ctx.caller))), ctx.settings);
  }

  @Allow('ADMIN', 'COORDINATOR', 'THERAPIST')
  @Query(() => [CalendarColumnType], {
    description: `Days of the operator's zone (at most ${CALENDAR_MAX_DAYS}), one column per therapist; a therapist's own only.`,
  })
  async staffCalendar(
    @Arg('from', () => DateScalar) from: string,
    @Arg('to', () => DateScalar, { description: 'the last day shown' }) to: string,
    @Ctx() ctx: Context,
  ): Promise<CalendarColumnType[]> {
    const columns = orThrow(await staffCalendar(ctx.em, ctx.settings, { from, to }, reachOf(ctx.caller)));
    const range = (i: Interval) =>
      Object.assign(new TimeRangeType(), { start: new Date(i.start), end: new Date(i.end) });
    return columns.map((c) =>
      Object.assign(new CalendarColumnType(), {
        therapist: TherapistProfileType.of(c.therapist),
        travelBufferMinutes: c.therapist.travelBufferMinutes,
        workingHours: c.workingHours.map(range),
        timeOff: c.timeOff.map(range),
        bookings: c.bookings.map((b) => toStaffBookingType(b, ctx.settings)),
      }),
    );
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Query(() => [TherapistProfileType], {
    description: 'Who could take the booking instead of its therapist: free and fit, fewest bookings that day first.',
  })
  async reassignmentOptions(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TherapistProfileType[]> {
    const options = orThrow(await reassignmentOptions(ctx.em, ctx.settings, id, Date.now()));
    return options.map((t) => TherapistProfileType.of(t));
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => StaffBookingType, {
    description:
      "Cancels on the client's behalf until it starts. A referral's session comes back inside the free-change window only.",
  })
  async staffCancelBooking(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<StaffBookingType> {
    const cancelled = orThrow(await staffCancelBooking(ctx.em, ctx.settings, { id, reason }, Date.now()));
    return toStaffBookingType(cancelled, ctx.settings);
  }

  @Allow('ADMIN', 'COORDINATOR', 'THERAPIST')
  @Mutation(() => StaffBookingType, {
    description:
      "Records that a session that has begun was given, or the client was not there; a therapist's own only.",
  })
  async recordBookingOutcome(
    @Arg('id', () => ID) id: string,
    @Arg('outcome', () => BookingOutcomeEnum) outcome: BookingOutcome,
    @Ctx() ctx: Context,
  ): Promise<StaffBookingType> {
    const done = orThrow(
      await recordBookingOutcome(ctx.em, ctx.settings, { id, outcome }, reachOf(ctx.caller), Date.now()),
    );
    return toStaffBookingType(done, ctx.settings);
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => StaffBookingType, { description: 'Gives the booking to another free and fit therapist.' })
  async reassignBooking(
    @Arg('id', () => ID) id: string,
    @Arg('therapistId', () => ID) therapistId: string,
    @Ctx() ctx: Context,
  ): Promise<StaffBookingType> {
    const moved = orThrow(await reassignBooking(ctx.em, ctx.settings, { id, therapistId }, Date.now()));
    return toStaffBookingType(moved, ctx.settings);
  }
}
