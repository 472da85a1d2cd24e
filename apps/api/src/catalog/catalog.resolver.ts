import { CONDITION_LABELS, CONDITIONS, TECHNIQUE_LABELS, TECHNIQUES } from '@mm/domain/vocabulary';
import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { MoneyType } from '../graphql/money.type.js';
import { listPriceTiers, listTreatments } from './catalog.service.js';
import { ConditionOptionType, PriceTierType, TechniqueOptionType, TreatmentType } from './catalog.types.js';
import type { PriceTierEntity } from './price-tier.entity.js';
import type { TreatmentEntity } from './treatment.entity.js';

export const toTreatmentType = (
  t: Pick<TreatmentEntity, 'id' | 'slug' | 'name' | 'description' | 'requiresReferral' | 'techniques'>,
): TreatmentType =>
  Object.assign(new TreatmentType(), {
    id: t.id,
    slug: t.slug,
    name: t.name,
    description: t.description,
    requiresReferral: t.requiresReferral,
    techniques: t.techniques,
  });

const toPriceTierType = (t: PriceTierEntity, locale: string): PriceTierType =>
  Object.assign(new PriceTierType(), {
    id: t.id,
    durationMinutes: t.durationMinutes,
    price: MoneyType.of({ amountMinor: t.amountMinor, currency: t.currency }, locale),
  });

@Resolver()
export class CatalogResolver {
  @Query(() => [TreatmentType], { description: 'The treatments on sale.' })
  async treatments(@Ctx() ctx: Context): Promise<TreatmentType[]> {
    return (await listTreatments(ctx.em)).map(toTreatmentType);
  }

  @Query(() => [PriceTierType], { description: 'Prices by session length.' })
  async priceTiers(@Ctx() ctx: Context): Promise<PriceTierType[]> {
    return (await listPriceTiers(ctx.em)).map((t) => toPriceTierType(t, ctx.settings.operator.locale));
  }

  @Query(() => [TechniqueOptionType], { description: 'The techniques, in catalogue order, with their labels.' })
  techniques(): TechniqueOptionType[] {
    return TECHNIQUES.map((technique) =>
      Object.assign(new TechniqueOptionType(), { technique, label: TECHNIQUE_LABELS[technique] }),
    );
  }

  @Query(() => [ConditionOptionType], { description: 'The conditions a referral may name, with their labels.' })
  conditions(): ConditionOptionType[] {
    return CONDITIONS.map((condition) =>
      Object.assign(new ConditionOptionType(), { condition, label: CONDITION_LABELS[condition] }),
    );
  }
}
