import type { IncomingMessage } from 'node:http';
import { ANONYMOUS, type Caller } from '../auth/roles.js';

/** What the HTTP layer learns of a request before GraphQL sees it. */
export interface RequestState {
  readonly requestId: string;
  /** The client address as rate limits key it (see clientAddressKey). */
  readonly address: string;
  readonly startedAt: number;
  caller: Caller;
  /** The GraphQL operation's name, for the access log. */
  operation: string | undefined;
}

const states = new WeakMap<IncomingMessage, RequestState>();

export function startRequestState(req: IncomingMessage, requestId: string, address: string): RequestState {
  const state: RequestState = {
    requestId,
    address,
    startedAt: performance.now(),
    caller: ANONYMOUS,
    operation: undefined,
  };
  states.set(req, state);
  return state;
}

export function requestState(req: IncomingMessage): RequestState {
  const state = states.get(req);
  if (!state) throw new Error('request state read before it was started');
  return state;
}
