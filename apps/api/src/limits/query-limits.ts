import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { OperationCheck } from '../graphql/operation-checks.js';
import { literalTextRule } from './input-safety.js';

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
export const QUERY_LIMITS = { aliases: 15, depth: 15, directives: 5, tokens: 2000 } as const;

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

// Introspection fields that lead from a type back to types: asked twice on one path, the answer
// grows with the schema's size to the power of the nesting (types { fields { type { fields … ).
const TYPE_LISTS = new Set(['types', 'fields', 'inputFields', 'interfaces', 'possibleTypes']);

/**
 * Introspection as tools ask it (GraphiQL's full query), never cyclic: the depth
 * limit leaves introspection to this rule, since its ofType chains are long but linear.
 * Fragments are followed, so spreading one into another does not hide a cycle.
 */
const introspectionWithoutCycles: ValidationRule = (context: ValidationContext) => {
  const walk = (selections: readonly SelectionNode[], open: readonly string[], fragments: ReadonlySet<string>) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (TYPE_LISTS.has(name) && open.includes(name)) {
          context.reportError(
            new GraphQLError(`Introspection may ask for "${name}" once on a path, not nested in itself`, {
              nodes: selection,
            }),
          );
          return;
        }
        if (selection.selectionSet) walk(selection.selectionSet.selections, [...open, name], fragments);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet.selections, open, fragments);
      } else if (!fragments.has(selection.name.value)) {
        const fragment = context.getFragment(selection.name.value);
        if (fragment) walk(fragment.selectionSet.selections, open, new Set([...fragments, selection.name.value]));
      }
    }
  };
  return {
    OperationDefinition(node) {
      walk(node.selectionSet.selections, [], new Set());
    },
  };
};

// The rules throw by default, which Apollo would answer as a bug: report as validation errors instead.
const asValidationError = {
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(error)],
};

export const validationRules: ValidationRule[] = [
  maxAliasesRule({ n: QUERY_LIMITS.aliases, ...asValidationError }),
  maxDepthRule({ n: QUERY_LIMITS.depth, ...asValidationError }),
  maxDirectivesRule({ n: QUERY_LIMITS.directives, ...asValidationError }),
  queriesAndMutationsOnly,
  introspectionWithoutCycles,
  literalTextRule,
];

/**
 * Refuses an operation whose cost is over MAX_COST before it runs. The cost
 * depends on the document alone (no estimator reads arguments), unless @skip
 * or @include reads a variable: it is kept per parsed operation (Apollo keeps
 * parsed documents, so a repeated query is the same object).
 */
export function costLimitCheck(schema: GraphQLSchema): OperationCheck {
  const costs = new WeakMap<OperationDefinitionNode, number>();
  const costOf = (document: DocumentNode, variables: Record<string, unknown>, operationName: string | undefined) =>
    getComplexity({
      schema,
      query: document,
      variables,
      operationName,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
    });
  return ({ document, request, operation, operationName, source }) => {
    let cost = operation && costs.get(operation);
    if (cost === undefined) {
      try {
        cost = costOf(document, request.variables ?? {}, operationName ?? undefined);
      } catch {
        return; // variables that do not fit: execution refuses them with the field at fault
      }
      if (operation && !/@(skip|include)\b/.test(source)) costs.set(operation, cost);
    }
    if (cost > MAX_COST) {
      throw new GraphQLError(`This request costs ${cost}, more than the ${MAX_COST} one request may cost`, {
        extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
      });
    }
  };
}
