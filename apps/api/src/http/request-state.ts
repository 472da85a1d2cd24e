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
  /** The operation's root fields (`createBooking`, `availability+treatments`), for metrics: schema names only. */
  fields: string | undefined;
  /** The first error's code, or undefined when the request succeeded. */
  outcome: string | undefined;
}

// A symbol-keyed property rather than a WeakMap: entries of a WeakMap keyed by
// short-lived requests make every young-generation collection slower.
const STATE = Symbol('request state');
type WithState = IncomingMessage & { [STATE]?: RequestState };

export function startRequestState(req: IncomingMessage, requestId: string, address: string): RequestState {
  const state: RequestState = {
    requestId,
    address,
    startedAt: performance.now(),
    caller: ANONYMOUS,
    operation: undefined,
    fields: undefined,
    outcome: undefined,
  };
  (req as WithState)[STATE] = state;
  return state;
}

/** The request's state, if the HTTP layer started one (it does for GraphQL requests). */
export const findRequestState = (req: IncomingMessage): RequestState | undefined => (req as WithState)[STATE];

export function requestState(req: IncomingMessage): RequestState {
  const state = findRequestState(req);
  if (!state) throw new Error('request state read before it was started');
  return state;
}
