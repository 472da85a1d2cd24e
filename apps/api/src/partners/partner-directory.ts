import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller, PartnerKeyKind } from '../auth/roles.js';
import { ChangeCache } from '../database/change-cache.js';
import type { ChangeFeed } from '../database/change-feed.js';
import { partnerKeyHash } from './partner-keys.js';

/** A live key, as every request with it needs it. */
export interface PartnerKeyRecord {
  readonly keyId: string;
  readonly kind: PartnerKeyKind;
  readonly partnerId: string;
  readonly origins: ReadonlySet<string>;
  readonly treatmentIds: ReadonlySet<string>;
  /** Who calls with this key (one object for every such request). */
  readonly caller: Caller;
}

interface KeyRow {
  id: string;
  kind: PartnerKeyKind;
  partner_id: string;
  origins: string[];
  treatment_ids: string[];
}

const TOUCH_EVERY_MS = 60_000;

/**
 * Partner keys and the web origins allowed to call, cached on this instance
 * until any instance changes a partner or a key (a revoked key stops working
 * everywhere at once).
 */
export class PartnerDirectory {
  readonly #keys: ChangeCache<PartnerKeyRecord | undefined>;
  readonly #origins: ChangeCache<ReadonlySet<string>>;
  readonly #operatorOrigins: ReadonlySet<string>;
  readonly #touched = new Map<string, number>();
  readonly #em: () => EntityManager;

  constructor(em: () => EntityManager, changes: ChangeFeed, operatorOrigins: readonly string[]) {
    this.#em = em;
    this.#keys = new ChangeCache(changes, 'mm_partners_changed');
    this.#origins = new ChangeCache(changes, 'mm_partners_changed', 1);
    this.#operatorOrigins = new Set(operatorOrigins);
  }

  /** The live key with this value, as cached now (undefined: not cached, ask findKey). */
  cachedKey(key: string): PartnerKeyRecord | undefined {
    return this.#keys.peek(key);
  }

  /** The live key with this value, or undefined (unknown or revoked). */
  findKey(key: string): Promise<PartnerKeyRecord | undefined> {
    // kept under the key itself: a known key costs no hashing
    return this.#keys.get(key, async () => {
      const hash = partnerKeyHash(key);
      const [row] = await this.#em().execute<KeyRow[]>(
        `select k.id, k.kind, k.partner_id, p.origins,
                array(select pt.treatment_id::text from partner_treatment pt where pt.partner_id = p.id) as treatment_ids
           from partner_key k join partner p on p.id = k.partner_id
          where k.token_hash = ? and k.revoked_at is null`,
        [hash],
      );
      if (!row) return undefined;
      const treatmentIds = new Set(row.treatment_ids);
      return {
        keyId: row.id,
        kind: row.kind,
        partnerId: row.partner_id,
        origins: new Set(row.origins),
        treatmentIds,
        caller: { kind: 'partner', keyKind: row.kind, keyId: row.id, partnerId: row.partner_id, treatmentIds },
      };
    });
  }

  isOperatorOrigin(origin: string): boolean {
    return this.#operatorOrigins.has(origin);
  }

  /**
   * Whether a browser on `origin` may call at all: the operator's sites and
   * every partner's. Answers at once while the partners' origins are cached.
   */
  isKnownOrigin(origin: string): boolean | Promise<boolean> {
    if (this.#operatorOrigins.has(origin)) return true;
    const cached = this.#origins.peek('all');
    if (cached) return cached.has(origin);
    return this.#origins
      .get('all', async () => {
        const rows = await this.#em().execute<{ origin: string }[]>(
          'select distinct unnest(origins) as origin from partner',
        );
        return new Set(rows.map((r) => r.origin));
      })
      .then((origins) => origins.has(origin));
  }

  /** Records that the key was used, at most once a minute per key and instance. */
  touch(keyId: string, now: number): void {
    if (now - (this.#touched.get(keyId) ?? 0) < TOUCH_EVERY_MS) return;
    if (this.#touched.size > 10_000) this.#touched.clear();
    this.#touched.set(keyId, now);
    this.#em()
      .execute('update partner_key set last_used_at = now() where id = ?', [keyId])
      .catch(() => this.#touched.delete(keyId));
  }

  /** Forgets everything at once, on this instance (the feed tells the others). */
  clear(): void {
    this.#keys.clear();
    this.#origins.clear();
  }
}
