import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import { partnerScopeOf } from '../auth/roles.js';
import type { Context } from '../graphql/context.js';
import { orThrow } from '../graphql/errors.js';
import { COST } from '../limits/query-limits.js';
import { guardReferralCode } from '../limits/referral-guard.js';
import { TherapistProfileType } from '../therapists/therapist.types.js';
import { findAvailability } from './availability.service.js';
import { AvailabilityInput, AvailableDayType, SlotType } from './availability.types.js';
import { DayTherapists } from './day-therapists.js';

@Resolver(() => SlotType)
export class AvailabilityResolver {
  @Allow('PUBLIC')
  @Query(() => [AvailableDayType], {
    description: 'Free slots per day, with who can take them.',
    complexity: COST.availability,
  })
  async availability(
    @Arg('input', () => AvailabilityInput) input: AvailabilityInput,
    @Ctx() ctx: Context,
  ): Promise<AvailableDayType[]> {
    const answer = orThrow(
      await guardReferralCode(ctx.limits, input.referralCode, () =>
        findAvailability(ctx.em, ctx.settings, input, partnerScopeOf(ctx.caller), Date.now()),
      ),
    );
    // Plain objects (no class per slot or per profile), one profile per therapist shared by every slot.
    const profiles = new Map<string, TherapistProfileType>();
    for (const [id, t] of answer.therapists) profiles.set(id, TherapistProfileType.of(t));
    return answer.days.map((day): AvailableDayType => {
      const people = new DayTherapists(
        day.slots.map((slot) => slot.therapistIds),
        profiles,
      );
      return {
        date: day.date,
        people,
        slots: day.slots.map(
          (slot): SlotType => ({
            start: new Date(slot.start),
            end: new Date(slot.end),
            availableTherapists: slot.therapistIds.length,
            therapistIds: slot.therapistIds,
            people,
          }),
        ),
      };
    });
  }

  @FieldResolver(() => [TherapistProfileType], { description: 'who can take it; ask only when you need names' })
  therapists(@Root() slot: SlotType): TherapistProfileType[] {
    return slot.people.profilesOf(slot.therapistIds);
  }

  @FieldResolver(() => [Int], {
    description:
      "who can take it, as positions (from 0) in the day's `therapists`: names looked up once a day, in the fewest bytes",
  })
  therapistIndexes(@Root() slot: SlotType): number[] {
    return slot.people.positionsOf(slot.therapistIds);
  }
}

@Resolver(() => AvailableDayType)
export class AvailableDayResolver {
  @FieldResolver(() => [TherapistProfileType], {
    description: "everyone who can take one of the day's slots, once: each slot's `therapistIndexes` point here",
  })
  therapists(@Root() day: AvailableDayType): TherapistProfileType[] {
    return day.people.list();
  }
}
