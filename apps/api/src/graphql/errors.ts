import { type DomainError, isErrorCode } from '@mm/domain/errors';
import type { Result } from '@mm/domain/result';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** An expected failure, as the contract's GraphQL error (`extensions.code`, `extensions.field`). */
export function toGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: error.field === undefined ? { code: error.code } : { code: error.code, field: error.field },
  });
}

// Apollo's own codes for requests that are malformed before they reach a resolver.
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

// graphql-js names the input path of a bad variable: `Variable "$input" got invalid value … at "input.start"`.
const VARIABLE_PATH = /^Variable "\$\w+" got invalid value .* at "\w+\.([^"]+)"/s;

/**
 * The one place errors are shaped for callers: contract codes pass through,
 * malformed requests become BAD_USER_INPUT, anything else is a bug and becomes
 * INTERNAL_SERVER_ERROR with no detail (the original is logged by the caller).
 */
export function formatError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
  if (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') {
    const field = extensions.field ?? formatted.message.match(VARIABLE_PATH)?.[1];
    return { ...formatted, extensions: field === undefined ? extensions : { ...extensions, field } };
  }
  if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
    return { ...formatted, extensions: { ...extensions, code: 'BAD_USER_INPUT' } };
  }
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** The value of an expected outcome, or its failure thrown as the contract's GraphQL error. */
export function orThrow<T>(result: Result<T, DomainError>): T {
  if (result.ok) return result.value;
  throw toGraphQLError(result.error);
}
