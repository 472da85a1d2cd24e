import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import type { Context } from '../graphql/context.js';
import { orThrow } from '../graphql/errors.js';
import {
  createTreatment,
  listAllTreatments,
  type StaffTreatmentView,
  setTreatmentActive,
  updateTreatment,
} from './treatments.service.js';
import { StaffTreatmentType, TreatmentInput } from './treatments.types.js';

const toType = (t: StaffTreatmentView) => Object.assign(new StaffTreatmentType(), t);

@Resolver()
export class TreatmentsResolver {
  @Allow('ADMIN', 'COORDINATOR')
  @Query(() => [StaffTreatmentType], { description: 'Every treatment, on sale or not, in catalogue order.' })
  async staffTreatments(@Ctx() ctx: Context): Promise<StaffTreatmentType[]> {
    return (await listAllTreatments(ctx.em)).map(toType);
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => StaffTreatmentType)
  async createTreatment(
    @Arg('input', () => TreatmentInput) input: TreatmentInput,
    @Ctx() ctx: Context,
  ): Promise<StaffTreatmentType> {
    const created = orThrow(await createTreatment(ctx.em, input));
    ctx.catalog.clear();
    return toType(created);
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => StaffTreatmentType)
  async updateTreatment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => TreatmentInput) input: TreatmentInput,
    @Ctx() ctx: Context,
  ): Promise<StaffTreatmentType> {
    const updated = orThrow(await updateTreatment(ctx.em, id, input));
    ctx.catalog.clear();
    return toType(updated);
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => StaffTreatmentType, { description: 'Takes a treatment off sale, or back; bookings keep it.' })
  async setTreatmentActive(
    @Arg('id', () => ID) id: string,
    @Arg('active', () => Boolean) active: boolean,
    @Ctx() ctx: Context,
  ): Promise<StaffTreatmentType> {
    const changed = orThrow(await setTreatmentActive(ctx.em, id, active));
    ctx.catalog.clear();
    return toType(changed);
  }
}
