import type {
  ApolloServerPlugin,
  GraphQLRequestContextDidResolveOperation,
  GraphQLRequestListener,
} from '@apollo/server';
import type { Context } from './context.js';

/** A check of a resolved operation, before any of it runs: it throws a GraphQLError to refuse it. */
export type OperationCheck = (request: GraphQLRequestContextDidResolveOperation<Context>) => void;

/**
 * Runs the checks in order on every operation. One listener for them all:
 * Apollo calls (and awaits) every plugin's listener at every stage of every
 * request, so a plugin per check would cost each request several times over.
 */
export function operationChecksPlugin(checks: readonly OperationCheck[]): ApolloServerPlugin<Context> {
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation(request) {
      for (const check of checks) check(request);
    },
  };
  return { requestDidStart: async () => listener };
}
