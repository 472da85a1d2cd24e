import type { EntityManager } from '@mikro-orm/postgresql';
import { STARTER_PRICE_TIERS, STARTER_TREATMENTS } from '@mm/domain/vocabulary';
import { PriceTierEntity } from '../catalog/price-tier.entity.js';
import { TreatmentEntity } from '../catalog/treatment.entity.js';

export interface SeedOutcome {
  readonly seeded: boolean;
  readonly lines: readonly string[];
}

/**
 * The demo operator: its treatment catalogue and price tiers. Runs once: a
 * database that already has treatments is left as it is.
 */
export async function seedDemo(em: EntityManager, currency: string): Promise<SeedOutcome> {
  if ((await em.count(TreatmentEntity)) > 0) return { seeded: false, lines: ['demo data already present'] };
  await em.transactional(async (tx) => {
    STARTER_TREATMENTS.forEach((t, position) => {
      tx.persist(
        tx.create(TreatmentEntity, {
          slug: t.slug,
          name: t.name,
          description: t.description,
          requiresReferral: t.requiresReferral,
          techniques: [...t.techniques],
          position,
        }),
      );
    });
    for (const tier of STARTER_PRICE_TIERS) {
      tx.persist(tx.create(PriceTierEntity, { ...tier, currency }));
    }
  });
  return {
    seeded: true,
    lines: [
      `seeded ${STARTER_TREATMENTS.length} treatments and ${STARTER_PRICE_TIERS.length} price tiers (${currency})`,
    ],
  };
}
