import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { brokenConstraint, sqlState } from '../database/sql-errors.js';
import type { Logger } from '../logger.js';
import type { Context } from './context.js';
import { isExpectedCode } from './errors.js';

/**
 * Names each request's operation for the access log, and logs each unexpected
 * error as one line: request id, operation, SQL state and constraint. Never
 * the message or the SQL: those carry what callers sent, health notes included.
 */
export function observabilityPlugin(logger: Logger): ApolloServerPlugin<Context> {
  // one listener for every request: nothing is made per request but the log lines
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ contextValue, operationName }) {
      contextValue.request.operation = operationName ?? '(unnamed)';
    },
    async didEncounterErrors({ contextValue, errors, operationName }) {
      for (const error of errors) {
        if (isExpectedCode(error.extensions?.code)) continue;
        const original = error.originalError ?? error;
        logger.error(
          {
            requestId: contextValue.requestId,
            operation: operationName ?? '(unnamed)',
            sqlState: sqlState(original),
            constraint: brokenConstraint(original),
            error: original.name,
          },
          'unexpected error',
        );
      }
    },
  };
  return { requestDidStart: async () => listener };
}
