import {
  GraphQLError,
  type GraphQLObjectType,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { Extensions } from 'type-graphql';
import type { OperationCheck } from '../graphql/operation-checks.js';
import { type Access, grantsOf } from './roles.js';

/**
 * The role rule of an operation: who may call it. Every query and mutation
 * carries one; the schema refuses to build otherwise (`assertEveryOperationHasARule`),
 * and `roleRuleCheck` holds every request to the rules of the operations it asks for.
 */
export function Allow(...access: [Access, ...Access[]]): MethodDecorator {
  return (target, key, descriptor) => {
    Extensions({ access })(target, key, descriptor);
  };
}

/** The answers of a role rule (the role-matrix test tells them from other refusals by these). */
export const ROLE_REFUSALS = {
  UNAUTHENTICATED: 'Sign in, or send a key, to do this',
  FORBIDDEN: 'This caller is not allowed to do this',
} as const;

/** Refuses a schema with an operation nobody decided the access of. */
export function assertEveryOperationHasARule(schema: GraphQLSchema): void {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (!Array.isArray(field.extensions.access) || field.extensions.access.length === 0) {
        throw new Error(`${root?.name}.${field.name} has no role rule: decorate it with @Allow(...)`);
      }
    }
  }
}

/** The operations (root fields) a request asks for, through fragments too. */
function rootFieldNames(
  operation: OperationDefinitionNode,
  fragments: Record<string, { selectionSet: SelectionSetNode }>,
) {
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments[selection.name.value];
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return names;
}

/**
 * Holds each request to the role rules of the operations it asks for, before
 * any of them runs: UNAUTHENTICATED when nobody is signed in and no key was
 * sent, FORBIDDEN for a caller without the right.
 */
export function roleRuleCheck(schema: GraphQLSchema): OperationCheck {
  const rulesOf = (root: GraphQLObjectType | null | undefined) =>
    new Map(Object.values(root?.getFields() ?? {}).map((f) => [f.name, f.extensions.access as readonly Access[]]));
  const rules = { query: rulesOf(schema.getQueryType()), mutation: rulesOf(schema.getMutationType()) };
  // Apollo keeps parsed documents, so a repeated query is the same object: its operations are found once.
  const asked = new WeakMap<OperationDefinitionNode, ReadonlySet<string>>();
  return ({ operation, contextValue, document }) => {
    if (!operation) return;
    const roots = operation.operation === 'mutation' ? rules.mutation : rules.query;
    let names = asked.get(operation);
    if (!names) {
      const fragments = Object.fromEntries(
        document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
      );
      names = rootFieldNames(operation, fragments);
      asked.set(operation, names);
    }
    const grants = grantsOf(contextValue.caller);
    for (const name of names) {
      const required = roots.get(name);
      if (!required || required.some((access) => grants.has(access))) continue; // introspection has no rule
      const anonymous = contextValue.caller.kind === 'anonymous';
      throw new GraphQLError(anonymous ? ROLE_REFUSALS.UNAUTHENTICATED : ROLE_REFUSALS.FORBIDDEN, {
        extensions: anonymous
          ? { code: 'UNAUTHENTICATED', http: { status: 401 } }
          : { code: 'FORBIDDEN', http: { status: 403 } },
      });
    }
  };
}
