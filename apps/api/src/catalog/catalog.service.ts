import type { EntityManager } from '@mikro-orm/postgresql';
import type { DatedPriceTier } from '@mm/domain/pricing';
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

/** A dated price tier (see DatedPriceTier) and who entered it. */
export interface PriceTierView extends DatedPriceTier {
  readonly id: string;
  readonly createdAt: Date;
  readonly createdBy: string | null;
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

/** Every dated price tier, past, present and scheduled: shortest session first, then by date. */
export async function listPriceTiers(em: EntityManager): Promise<PriceTierView[]> {
  const tiers = await em.find(PriceTierEntity, {}, { orderBy: { durationMinutes: 'asc', effectiveFrom: 'asc' } });
  return tiers.map((t) => ({
    id: t.id,
    durationMinutes: t.durationMinutes,
    price: { amountMinor: t.amountMinor, currency: t.currency },
    effectiveFrom: t.effectiveFrom,
    effectiveUntil: t.effectiveUntil ?? null,
    createdAt: t.createdAt,
    createdBy: t.createdBy ?? null,
  }));
}
