import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import type { Context } from '../graphql/context.js';
import { listTherapists } from './therapist.queries.js';
import { TherapistType } from './therapist.types.js';

@Resolver()
export class TherapistResolver {
  @Allow('ADMIN', 'COORDINATOR')
  @Query(() => [TherapistType], { description: 'The team, by name.' })
  async therapists(
    @Arg('includeInactive', () => Boolean, { defaultValue: false }) includeInactive: boolean,
    @Ctx() ctx: Context,
  ): Promise<TherapistType[]> {
    return (await listTherapists(ctx.em, includeInactive)).map((t) => Object.assign(new TherapistType(), t));
  }
}
