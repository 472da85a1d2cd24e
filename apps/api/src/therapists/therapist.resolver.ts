import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import type { Context } from '../graphql/context.js';
import { orThrow } from '../graphql/errors.js';
import { isUuid } from '../ids.js';
import {
  findTherapist,
  listTherapists,
  loadTimeOff,
  loadWeeklySchedule,
  type TimeOffRow,
} from './therapist.queries.js';
import {
  addTimeOff,
  createTherapist,
  removeTimeOff,
  setTherapistActive,
  setWeeklySchedule,
  updateTherapist,
} from './therapist.service.js';
import { TherapistInput, TherapistType, TimeOffType, WeeklyRangeInput, WeeklyRangeType } from './therapist.types.js';

const toTherapistType = (row: object) => Object.assign(new TherapistType(), row);
const toTimeOffType = (row: TimeOffRow) => Object.assign(new TimeOffType(), row);
// Time off shown with a therapist: what is still to come, and the last month's.
const TIME_OFF_LOOKBACK_MS = 30 * 86_400_000;

@Resolver(() => TherapistType)
export class TherapistResolver {
  @Allow('ADMIN', 'COORDINATOR')
  @Query(() => [TherapistType], { description: 'The team, by name.' })
  async therapists(
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: Context,
  ): Promise<TherapistType[]> {
    return (await listTherapists(ctx.em, includeInactive)).map(toTherapistType);
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Query(() => TherapistType, { nullable: true })
  async therapist(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<TherapistType | null> {
    const row = isUuid(id) ? await findTherapist(ctx.em, id) : undefined;
    return row ? toTherapistType(row) : null;
  }

  @FieldResolver(() => [WeeklyRangeType], { description: "working hours by weekday, in the therapist's zone" })
  async weeklySchedule(@Root() therapist: TherapistType, @Ctx() ctx: Context): Promise<WeeklyRangeType[]> {
    return (await loadWeeklySchedule(ctx.em, therapist.id)).map((r) => Object.assign(new WeeklyRangeType(), r));
  }

  @FieldResolver(() => [TimeOffType], { description: 'time off to come, and of the last 30 days' })
  async timeOff(@Root() therapist: TherapistType, @Ctx() ctx: Context): Promise<TimeOffType[]> {
    const since = new Date(Date.now() - TIME_OFF_LOOKBACK_MS);
    return (await loadTimeOff(ctx.em, therapist.id, since)).map(toTimeOffType);
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => TherapistType)
  async createTherapist(
    @Arg('input', () => TherapistInput) input: TherapistInput,
    @Ctx() ctx: Context,
  ): Promise<TherapistType> {
    return toTherapistType(orThrow(await createTherapist(ctx.em, input)));
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => TherapistType)
  async updateTherapist(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => TherapistInput) input: TherapistInput,
    @Ctx() ctx: Context,
  ): Promise<TherapistType> {
    return toTherapistType(orThrow(await updateTherapist(ctx.em, id, input)));
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => TherapistType, {
    description: 'Takes a therapist off the team (refused while they have upcoming bookings), or back on.',
  })
  async setTherapistActive(
    @Arg('id', () => ID) id: string,
    @Arg('active', () => Boolean) active: boolean,
    @Ctx() ctx: Context,
  ): Promise<TherapistType> {
    return toTherapistType(orThrow(await setTherapistActive(ctx.em, id, active, Date.now())));
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => TherapistType, { description: 'Replaces the weekly schedule.' })
  async setWeeklySchedule(
    @Arg('therapistId', () => ID) therapistId: string,
    @Arg('ranges', () => [WeeklyRangeInput]) ranges: WeeklyRangeInput[],
    @Ctx() ctx: Context,
  ): Promise<TherapistType> {
    return toTherapistType(orThrow(await setWeeklySchedule(ctx.em, therapistId, ranges)));
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => TimeOffType, { description: 'Refused when it covers a live booking: reassign or cancel it first.' })
  async addTimeOff(
    @Arg('therapistId', () => ID) therapistId: string,
    @Arg('start', () => Date) start: Date,
    @Arg('end', () => Date) end: Date,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<TimeOffType> {
    return toTimeOffType(orThrow(await addTimeOff(ctx.em, therapistId, { start, end, reason })));
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => ID, { description: 'Removes time off; returns its id.' })
  async removeTimeOff(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return orThrow(await removeTimeOff(ctx.em, id));
  }
}
