import type { EntityManager } from '@mikro-orm/postgresql';
import type { Technique } from '@mm/domain/vocabulary';
import { PriceTierEntity } from './price-tier.entity.js';
import { TreatmentEntity } from './treatment.entity.js';

export interface TreatmentView {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly requiresReferral: boolean;
  readonly techniques: readonly Technique[];
}

export interface PriceTierView {
  readonly id: string;
  readonly durationMinutes: number;
  readonly amountMinor: number;
  readonly currency: string;
}

/** The treatments on sale, in catalogue order. */
export async function listTreatments(em: EntityManager): Promise<TreatmentView[]> {
  const treatments = await em.find(TreatmentEntity, { active: true }, { orderBy: { position: 'asc', name: 'asc' } });
  return treatments.map(({ id, slug, name, description, requiresReferral, techniques }) => ({
    id,
    slug,
    name,
    description,
    requiresReferral,
    techniques,
  }));
}

/** The price tiers, shortest session first. */
export async function listPriceTiers(em: EntityManager): Promise<PriceTierView[]> {
  const tiers = await em.find(PriceTierEntity, {}, { orderBy: { durationMinutes: 'asc' } });
  return tiers.map(({ id, durationMinutes, amountMinor, currency }) => ({
    id,
    durationMinutes,
    amountMinor,
    currency,
  }));
}
