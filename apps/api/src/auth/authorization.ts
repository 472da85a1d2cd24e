import { GraphQLError, type GraphQLSchema } from 'graphql';
import { type AuthChecker, Authorized, Extensions } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { type Access, grantsOf } from './roles.js';

/**
 * The role rule of an operation: who may call it. Every query and mutation
 * carries one; the schema refuses to build otherwise (`assertEveryOperationHasARule`).
 */
export function Allow(...access: [Access, ...Access[]]): MethodDecorator {
  return (target, key, descriptor) => {
    Authorized<Access>(...access)(target, key, descriptor);
    Extensions({ access })(target, key, descriptor);
  };
}

/** The answers of a role rule (the role-matrix test tells them from other refusals by these). */
export const ROLE_REFUSALS = {
  UNAUTHENTICATED: 'Sign in, or send a key, to do this',
  FORBIDDEN: 'This caller is not allowed to do this',
} as const;

const unauthenticated = () =>
  new GraphQLError(ROLE_REFUSALS.UNAUTHENTICATED, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
const forbidden = () =>
  new GraphQLError(ROLE_REFUSALS.FORBIDDEN, {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });

/** UNAUTHENTICATED when nobody is signed in and no key was sent; FORBIDDEN for a caller without the right. */
export const authChecker: AuthChecker<Context, Access> = ({ context }, required) => {
  const grants = grantsOf(context.caller);
  if (required.some((access) => grants.has(access))) return true;
  throw context.caller.kind === 'anonymous' ? unauthenticated() : forbidden();
};

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
