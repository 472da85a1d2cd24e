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

/**
 * The Context of one request. Its entity manager is forked on first use, so
 * cached and database-free answers never pay for one; the getter sits on the
 * prototype, so Apollo's copy of the context (own properties only) keeps it lazy.
 */
export class RequestContext implements Context {
  readonly settings!: Context['settings'];
  readonly caller!: Context['caller'];
  readonly requestId!: Context['requestId'];
  readonly limits!: Context['limits'];
  readonly catalog!: Context['catalog'];
  readonly partners!: Context['partners'];
  readonly session!: Context['session'];
  readonly request!: Context['request'];
  private readonly fork: () => EntityManager;
  private forked: EntityManager | undefined;

  constructor(fields: Omit<Context, 'em'>, fork: () => EntityManager) {
    Object.assign(this, fields);
    this.fork = fork;
  }

  get em(): EntityManager {
    this.forked ??= this.fork();
    return this.forked;
  }
}
