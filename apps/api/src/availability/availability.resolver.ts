import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { orThrow } from '../graphql/errors.js';
import { TherapistProfileType } from '../therapists/therapist.types.js';
import { findAvailability } from './availability.service.js';
import { AvailabilityInput, AvailableDayType, SlotType } from './availability.types.js';

@Resolver(() => SlotType)
export class AvailabilityResolver {
  @Query(() => [AvailableDayType], { description: 'Free slots per day, with who can take them.' })
  async availability(
    @Arg('input', () => AvailabilityInput) input: AvailabilityInput,
    @Ctx() ctx: Context,
  ): Promise<AvailableDayType[]> {
    const answer = orThrow(await findAvailability(ctx.em, ctx.settings, input, Date.now()));
    const profiles = new Map([...answer.therapists].map(([id, t]) => [id, TherapistProfileType.of(t)]));
    return answer.days.map((day) =>
      Object.assign(new AvailableDayType(), {
        date: day.date,
        slots: day.slots.map((slot) =>
          Object.assign(new SlotType(), {
            start: new Date(slot.start),
            end: new Date(slot.end),
            availableTherapists: slot.therapistIds.length,
            therapistIds: slot.therapistIds,
            profiles,
          }),
        ),
      }),
    );
  }

  @FieldResolver(() => [TherapistProfileType], { description: 'who can take it; ask only when you need names' })
  therapists(@Root() slot: SlotType): TherapistProfileType[] {
    return slot.therapistIds.flatMap((id) => slot.profiles.get(id) ?? []);
  }
}
