import type { EntityManager } from '@mikro-orm/postgresql';
import { PriceTierEntity } from './price-tier.entity.js';
import { TreatmentEntity } from './treatment.entity.js';

/** The treatments on sale, in catalogue order. */
export const listTreatments = (em: EntityManager): Promise<TreatmentEntity[]> =>
  em.find(TreatmentEntity, { active: true }, { orderBy: { position: 'asc', name: 'asc' } });

/** The price tiers, shortest session first. */
export const listPriceTiers = (em: EntityManager): Promise<PriceTierEntity[]> =>
  em.find(PriceTierEntity, {}, { orderBy: { durationMinutes: 'asc' } });
