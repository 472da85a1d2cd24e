import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestHandler } from 'express';
import type { Caller } from '../auth/roles.js';
import { type SessionLifetime, useSession } from '../auth/session.store.js';
import { RATE_LIMITED_MESSAGE, RateLimited, type RateLimiters } from '../limits/rate-limits.js';
import type { PartnerDirectory } from '../partners/partner-directory.js';
import { partnerKeyKind } from '../partners/partner-keys.js';
import { sendError } from './error-response.js';
import { requestState } from './request-state.js';
import { readSessionToken, sessionCookie } from './session-cookie.js';

export interface CallerDeps {
  readonly em: () => EntityManager;
  readonly directory: PartnerDirectory;
  readonly limiters: RateLimiters;
  readonly session: SessionLifetime;
}

/** A refusal of the caller, answered before GraphQL runs. */
class Refused extends Error {
  constructor(
    readonly status: number,
    readonly code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'BAD_USER_INPUT',
    message: string,
  ) {
    super(message);
  }
}

const unknownKey = () => new Refused(401, 'UNAUTHENTICATED', 'Unknown or revoked key');

/** The key a request carries: a publishable one in X-Partner-Key, a secret one as a Bearer token. */
function presentedKey(pk: string | undefined, authorization: string | undefined) {
  if (pk !== undefined && authorization !== undefined) {
    throw new Refused(400, 'BAD_USER_INPUT', 'Send one key: X-Partner-Key or Authorization, not both');
  }
  if (pk !== undefined) return { token: pk.trim(), expected: 'PUBLISHABLE' as const };
  if (authorization === undefined) return undefined;
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!bearer?.[1]) throw new Refused(401, 'UNAUTHENTICATED', 'Send a secret key as "Authorization: Bearer sk_…"');
  return { token: bearer[1], expected: 'SECRET' as const };
}

/**
 * Establishes who is calling, before any operation runs, and counts the
 * request against the limits of its address and of its key or session:
 * - a publishable key (X-Partner-Key): from a browser, only on its partner's origins;
 * - a secret key (Authorization: Bearer): server to server only, never from a browser;
 * - no key: the operator's own channel, from the operator's origins or without an Origin;
 *   a staff session cookie is honoured there (so another site's page can never use it).
 */
export function resolveCaller(deps: CallerDeps): RequestHandler {
  const { directory, limiters } = deps;
  return async (req, res, next) => {
    const state = requestState(req);
    const origin = req.headers.origin;
    try {
      // counts kept here and keys already cached answer at once (no promise): the common request never waits
      const counted = limiters.consume('ip', state.address);
      if (counted) await counted;
      // an empty header is no key (a widget on the operator's own site sends one)
      const key = presentedKey(req.header('x-partner-key') || undefined, req.header('authorization') || undefined);
      let caller: Caller = state.caller;
      if (key) {
        const record =
          partnerKeyKind(key.token) !== key.expected
            ? undefined
            : (directory.cachedKey(key.token) ?? (await directory.findKey(key.token)));
        if (!record || record.kind !== key.expected) throw unknownKey();
        if (record.kind === 'SECRET' && origin !== undefined) {
          throw new Refused(403, 'FORBIDDEN', 'Secret keys are for server-to-server calls, never from a browser');
        }
        if (record.kind === 'PUBLISHABLE' && origin !== undefined && !record.origins.has(origin)) {
          throw new Refused(
            403,
            'FORBIDDEN',
            "This key may not be used from this site: add the origin to the partner's",
          );
        }
        const keyCounted = limiters.consume('key', record.keyId);
        if (keyCounted) await keyCounted;
        directory.touch(record.keyId, Date.now());
        caller = record.caller;
      } else {
        if (origin !== undefined && !directory.isOperatorOrigin(origin)) {
          throw new Refused(403, 'FORBIDDEN', "Calls from a partner's site need its publishable key (X-Partner-Key)");
        }
        const token = readSessionToken(req);
        const session = token ? await useSession(deps.em(), token, deps.session) : undefined;
        if (session) {
          const sessionCounted = limiters.consume('session', session.sessionId);
          if (sessionCounted) await sessionCounted;
          caller = { kind: 'staff', ...session };
        } else if (token) {
          // Expired or revoked: say so to the browser, which then shows sign-in again.
          sessionCookie(req, res, 0).clear();
        }
      }
      state.caller = caller;
      next();
    } catch (error) {
      if (error instanceof Refused) return sendError(res, error.status, error.code, error.message);
      if (error instanceof RateLimited) {
        return sendError(res, 429, 'RATE_LIMITED', RATE_LIMITED_MESSAGE, {
          retryAfterSeconds: error.retryAfterSeconds,
        });
      }
      next(error);
    }
  };
}
