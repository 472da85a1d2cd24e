import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Caller } from '../auth/roles.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics/metrics.js';
import { findRequestState } from './request-state.js';

/** How the access log names a caller: never a person, only a kind, a role or a partner. */
function callerLabel(caller: Caller): string {
  if (caller.kind === 'partner') return `partner:${caller.partnerId}:${caller.keyKind.toLowerCase()}`;
  return caller.kind === 'staff' ? `staff:${caller.role.toLowerCase()}` : 'anonymous';
}

interface ResponseFinished {
  readonly request: IncomingMessage;
  readonly response: ServerResponse;
  readonly server: Server;
}

/** Node's channel for every finished response of every server in the process. */
const FINISHED = 'http.server.response.finish';

/**
 * Logs one line per finished GraphQL request of `server` (request id,
 * operation, caller kind, status, outcome and time) and counts it in the
 * metrics. It listens on Node's own channel, once, rather than adding a
 * 'finish' listener to every response. Returns the way to stop.
 */
export function logResponses(server: Server, logger: Logger, metrics: Metrics): () => void {
  const onFinished = (message: unknown) => {
    const { request, response, server: from } = message as ResponseFinished; // the channel's documented shape
    if (from !== server) return;
    const state = findRequestState(request);
    if (!state) return; // not a GraphQL request
    const ms = performance.now() - state.startedAt;
    logger.info(
      {
        requestId: state.requestId,
        operation: state.operation,
        caller: callerLabel(state.caller),
        status: response.statusCode,
        outcome: state.outcome ?? 'OK',
        ms: Math.round(ms),
      },
      'graphql request',
    );
    metrics.request(state.fields ?? 'none', state.outcome ?? 'OK', ms / 1000);
  };
  subscribe(FINISHED, onFinished);
  return () => unsubscribe(FINISHED, onFinished);
}
