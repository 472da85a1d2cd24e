import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { GraphQLError, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

/**
 * What one operation may cost: every field costs 1, these more. One request
 * may hold at most MAX_COST: five availability questions, say, but not 200.
 */
export const COST = {
  availability: 200,
  booking: 100,
  signIn: 100,
  /** Operations that take a guessable secret: referral codes, manage tokens. */
  referralLookup: 50,
  manageToken: 50,
  /** A page of a list. */
  page: 50,
} as const;
export const MAX_COST = 1000;

/** Shape limits, checked before anything runs. */
export const QUERY_LIMITS = { aliases: 15, depth: 10, directives: 5, tokens: 2000 } as const;

/** Only queries and mutations: there are no subscriptions to run. */
const queriesAndMutationsOnly: ValidationRule = (context: ValidationContext) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') {
      context.reportError(
        new GraphQLError('Subscriptions are not offered: use a query or a mutation', { nodes: node }),
      );
    }
  },
});

export const validationRules: ValidationRule[] = [
  maxAliasesRule({ n: QUERY_LIMITS.aliases }),
  maxDepthRule({ n: QUERY_LIMITS.depth }),
  maxDirectivesRule({ n: QUERY_LIMITS.directives }),
  queriesAndMutationsOnly,
];

/** Refuses an operation whose cost is over MAX_COST before it runs. */
export function costLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: operationName ?? undefined,
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch {
            return; // variables that do not fit: execution refuses them with the field at fault
          }
          if (cost > MAX_COST) {
            throw new GraphQLError(`This request costs ${cost}, more than the ${MAX_COST} one request may cost`, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
