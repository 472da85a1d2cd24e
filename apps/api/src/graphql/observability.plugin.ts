import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { brokenConstraint, sqlState } from '../database/sql-errors.js';
import { isDatabaseUnavailable } from '../database/unavailable.js';
import type { Logger } from '../logger.js';
import type { Context } from './context.js';
import { isExpectedCode } from './errors.js';

/** More root fields than this in one request are counted together, as `several`. */
const MAX_NAMED_FIELDS = 3;

/** The operation's root fields, as metrics name it: schema names only (validation has passed), sorted. */
function rootFields(operation: OperationDefinitionNode): string {
  const names = new Set<string>();
  for (const selection of operation.selectionSet.selections) {
    names.add(selection.kind === Kind.FIELD ? selection.name.value : 'fragment');
  }
  return names.size > MAX_NAMED_FIELDS ? 'several' : [...names].sort().join('+');
}

/**
 * Names each request's operation for the access log and its root fields for
 * metrics, keeps its outcome (the first error's code), answers 503 when the
 * database could not, and logs each unexpected error as one line: request id,
 * operation, SQL state and constraint. Never the message or the SQL: those
 * carry what callers sent, health notes included.
 */
export function observabilityPlugin(logger: Logger): ApolloServerPlugin<Context> {
  // one listener for every request: nothing is made per request but the log lines
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ contextValue, operationName, operation }) {
      contextValue.request.operation = operationName ?? '(unnamed)';
      contextValue.request.fields = operation ? rootFields(operation) : undefined;
    },
    async didEncounterErrors({ contextValue, errors, operationName }) {
      for (const error of errors) {
        if (isExpectedCode(error.extensions?.code)) continue;
        const original = error.originalError ?? error;
        const unavailable = isDatabaseUnavailable(original);
        logger[unavailable ? 'warn' : 'error'](
          {
            requestId: contextValue.requestId,
            operation: operationName ?? '(unnamed)',
            sqlState: sqlState(original),
            constraint: brokenConstraint(original),
            error: original.name,
          },
          unavailable ? 'database unavailable' : 'unexpected error',
        );
      }
    },
    async willSendResponse({ contextValue, response }) {
      if (response.body.kind !== 'single') return;
      const code = response.body.singleResult.errors?.[0]?.extensions?.code;
      if (typeof code !== 'string') return;
      contextValue.request.outcome = code;
      if (code === 'SERVICE_UNAVAILABLE') {
        response.http.status = 503;
        response.http.headers.set(
          'retry-after',
          String(response.body.singleResult.errors?.[0]?.extensions?.retryAfterSeconds ?? 1),
        );
      }
    },
  };
  return { requestDidStart: async () => listener };
}
