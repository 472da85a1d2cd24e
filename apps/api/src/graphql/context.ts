import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';

/** What the booking services need besides the database. */
export interface BookingSettings {
  readonly operator: Config['operator'];
  readonly policy: Config['policy'];
  /** HMAC key of manage tokens. */
  readonly tokenSecret: string;
}

/** What every resolver receives: a fresh entity manager per request. */
export interface Context {
  readonly em: EntityManager;
  readonly settings: BookingSettings;
  /** The publishable key the call came with (X-Partner-Key), if any. */
  readonly partnerKey: string | undefined;
}
