import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../auth/roles.js';
import type { SessionLifetime } from '../auth/session.store.js';
import type { CatalogCache } from '../catalog/catalog-cache.js';
import type { RequestState } from '../http/request-state.js';
import type { SessionCookie } from '../http/session-cookie.js';
import type { RequestLimits } from '../limits/request-limits.js';
import type { PartnerDirectory } from '../partners/partner-directory.js';
import type { BookingSettings } from '../settings.js';

/** What every resolver receives: a fresh entity manager per request, and who is calling. */
export interface Context {
  readonly em: EntityManager;
  readonly settings: BookingSettings;
  readonly caller: Caller;
  /** Ties this request's log lines together; sent back as X-Request-Id. */
  readonly requestId: string;
  readonly limits: RequestLimits;
  readonly catalog: CatalogCache;
  /** Partner keys and origins; cleared by whoever changes them here (other instances hear it from the feed). */
  readonly partners: PartnerDirectory;
  readonly session: { readonly lifetime: SessionLifetime; readonly cookie: SessionCookie };
  /** What the HTTP layer knows of this request (the access log reads the operation name from it). */
  readonly request: RequestState;
}
