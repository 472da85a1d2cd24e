import { tiersOn } from '@mm/domain/pricing';
import { CONDITION_LABELS, CONDITIONS, TECHNIQUE_LABELS, TECHNIQUES } from '@mm/domain/vocabulary';
import { instantToLocalDate } from '@mm/domain/zoned-time';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import { partnerScopeOf } from '../auth/roles.js';
import type { Context } from '../graphql/context.js';
import { MoneyType } from '../graphql/money.type.js';
import { DateScalar } from '../graphql/scalars.js';
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
    price: MoneyType.of(t.price, locale),
  });

/**
 * The catalogue as GraphQL objects, made once per version of the cached
 * catalogue (each reload is a new array; GraphQL never changes what it is given).
 */
const treatmentTypes = new WeakMap<readonly TreatmentView[], TreatmentType[]>();
const priceTierTypes = new WeakMap<PriceTierView, PriceTierType>();

function mapOnce<From, To>(cache: WeakMap<readonly From[], To[]>, rows: readonly From[], map: (row: From) => To): To[] {
  let mapped = cache.get(rows);
  if (!mapped) {
    mapped = rows.map(map);
    cache.set(rows, mapped);
  }
  return mapped;
}

@Resolver()
export class CatalogResolver {
  @Allow('PUBLIC')
  @Query(() => [TreatmentType], { description: 'The treatments on sale (through a partner: the ones it sells).' })
  async treatments(@Ctx() ctx: Context): Promise<TreatmentType[]> {
    const scope = partnerScopeOf(ctx.caller);
    const treatments = mapOnce(treatmentTypes, await ctx.catalog.treatments(), toTreatmentType);
    return scope ? treatments.filter((t) => scope.treatmentIds.has(t.id)) : treatments;
  }

  @Allow('PUBLIC')
  @Query(() => [PriceTierType], { description: 'Prices by session length, of sessions on a day (today unless given).' })
  async priceTiers(
    @Arg('on', () => DateScalar, { nullable: true, description: "a day of the operator's zone" }) on: string | null,
    @Ctx() ctx: Context,
  ): Promise<PriceTierType[]> {
    const { locale, timeZone } = ctx.settings.operator; // one per process
    const day = on ?? instantToLocalDate(Date.now(), timeZone);
    return tiersOn(await ctx.catalog.priceTiers(), day).map((row) => {
      let type = priceTierTypes.get(row);
      if (!type) {
        type = toPriceTierType(row, locale);
        priceTierTypes.set(row, type);
      }
      return type;
    });
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
