import type { EntityManager } from '@mikro-orm/postgresql';
import { ChangeCache } from '../database/change-cache.js';
import type { ChangeFeed } from '../database/change-feed.js';
import { listPriceTiers, listTreatments, type PriceTierView, type TreatmentView } from './catalog.service.js';

/**
 * The public catalogue, read once and kept until any instance (or anyone with
 * SQL) changes a treatment or a price tier: the migration's triggers notify.
 */
export class CatalogCache {
  readonly #treatments: ChangeCache<readonly TreatmentView[]>;
  readonly #priceTiers: ChangeCache<readonly PriceTierView[]>;
  readonly #em: () => EntityManager;

  constructor(em: () => EntityManager, changes: ChangeFeed) {
    this.#em = em;
    this.#treatments = new ChangeCache(changes, 'mm_catalog_changed', 1);
    this.#priceTiers = new ChangeCache(changes, 'mm_catalog_changed', 1);
  }

  treatments(): Promise<readonly TreatmentView[]> {
    return this.#treatments.get('all', () => listTreatments(this.#em()));
  }

  priceTiers(): Promise<readonly PriceTierView[]> {
    return this.#priceTiers.get('all', () => listPriceTiers(this.#em()));
  }

  /** Drops both now (this instance changed the catalogue; the others hear it from the feed). */
  clear(): void {
    this.#treatments.clear();
    this.#priceTiers.clear();
  }
}
