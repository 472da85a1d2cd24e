import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';

/** What every resolver receives: a fresh entity manager per request. */
export interface Context {
  readonly em: EntityManager;
  readonly operator: Config['operator'];
}
