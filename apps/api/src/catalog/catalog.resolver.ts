import { CONDITION_LABELS, CONDITIONS, TECHNIQUE_LABELS, TECHNIQUES } from '@mm/domain/vocabulary';
import { Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import { partnerScopeOf } from '../auth/roles.js';
import type { Context } from '../graphql/context.js';
import { MoneyType } from '../graphql/money.type.js';
import type { PriceTierView, TreatmentView } from './catalog.service.js';
import { ConditionOptionType, PriceTierType, TechniqueOptionType, TreatmentType } from './catalog.types.js';

export const toTreatmentType = (t: TreatmentView): TreatmentType =>
  Object.assign(new TreatmentType(), {
    id: t.id,
    slug: t.slug,
    name: t.name,
    description: t.description,
    requiresReferral: t.requiresReferral,
    techniques: t.techniques,
  });

const toPriceTierType = (t: PriceTierView, locale: string): PriceTierType =>
  Object.assign(new PriceTierType(), {
    id: t.id,
    durationMinutes: t.durationMinutes,
    price: MoneyType.of({ amountMinor: t.amountMinor, currency: t.currency }, locale),
  });

@Resolver()
export class CatalogResolver {
  @Allow('PUBLIC')
  @Query(() => [TreatmentType], { description: 'The treatments on sale (through a partner: the ones it sells).' })
  async treatments(@Ctx() ctx: Context): Promise<TreatmentType[]> {
    const scope = partnerScopeOf(ctx.caller);
    const treatments = await ctx.catalog.treatments();
    return treatments.filter((t) => !scope || scope.treatmentIds.has(t.id)).map(toTreatmentType);
  }

  @Allow('PUBLIC')
  @Query(() => [PriceTierType], { description: 'Prices by session length.' })
  async priceTiers(@Ctx() ctx: Context): Promise<PriceTierType[]> {
    return (await ctx.catalog.priceTiers()).map((t) => toPriceTierType(t, ctx.settings.operator.locale));
  }

  @Allow('PUBLIC')
  @Query(() => [TechniqueOptionType], { description: 'The techniques, in catalogue order, with their labels.' })
  techniques(): TechniqueOptionType[] {
    return TECHNIQUES.map((technique) =>
      Object.assign(new TechniqueOptionType(), { technique, label: TECHNIQUE_LABELS[technique] }),
    );
  }

  @Allow('PUBLIC')
  @Query(() => [ConditionOptionType], { description: 'The conditions a referral may name, with their labels.' })
  conditions(): ConditionOptionType[] {
    return CONDITIONS.map((condition) =>
      Object.assign(new ConditionOptionType(), { condition, label: CONDITION_LABELS[condition] }),
    );
  }
}
