import { type DomainError, isErrorCode } from '@mm/domain/errors';
import type { Result } from '@mm/domain/result';
import { type DocumentNode, GraphQLError, type GraphQLFormattedError, parse, type Source } from 'graphql';
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE, UNAVAILABLE_RETRY_SECONDS } from '../database/unavailable.js';
import { QUERY_LIMITS } from '../limits/query-limits.js';
import { fieldName, pathOfArgumentValue, pathOfVariable } from './argument-values.js';

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

// graphql-js names what is wrong with a variable in words:
//   Variable "$input" got invalid value … at "input.client"; Field "email" of required type "String!" was not provided.
const BAD_VARIABLE = /^Variable "\$(\w+)" got invalid value /;
const AT_PATH = / at "\w+\.([^"]+)"; /;
const NAMED_FIELD = /; Field "(\w+)" (?:of required type|is not defined by type)/;

// Errors carry the request's source, not its document: it is parsed again, once however many errors point at it.
const documents = new WeakMap<Source, DocumentNode | undefined>();

function documentOf(error: GraphQLError): DocumentNode | undefined {
  const source = error.source;
  if (!source) return undefined;
  if (!documents.has(source)) {
    let document: DocumentNode | undefined;
    try {
      document = parse(source, { maxTokens: QUERY_LIMITS.tokens });
    } catch {
      document = undefined;
    }
    documents.set(source, document);
  }
  return documents.get(source);
}

/**
 * The input field a malformed request names, from graphql-js's words and the
 * document: a variable that does not fit, or a value written in the document.
 */
function fieldOfMalformed(code: string, message: string, original: unknown): string | undefined {
  if (!(original instanceof GraphQLError)) return undefined;
  const variable = BAD_VARIABLE.exec(message)?.[1];
  if (variable) {
    const inner = [AT_PATH.exec(message)?.[1], NAMED_FIELD.exec(message)?.[1]].filter((p) => p !== undefined);
    const document = documentOf(original);
    const used = document && pathOfVariable(document, variable);
    return fieldName([...(used ?? [variable]), ...inner.flatMap((p) => p.split('.'))]);
  }
  // only validation points at a value written in the document; other errors point at fields
  const at = original.nodes?.[0]?.loc?.start;
  if (code !== 'GRAPHQL_VALIDATION_FAILED' || at === undefined) return undefined;
  const document = documentOf(original);
  const path = document && pathOfArgumentValue(document, (node) => node.loc?.start === at);
  return path ? fieldName(path) : undefined;
}

const MAX_MESSAGE_LENGTH = 300;

// The whole value a variable was refused for, as graphql-js prints it: up to the path or the reason.
// Its strings are quoted with escapes, so a "; " or ' at "' inside one does not end it.
const INVALID_VALUE = /got invalid value (?:"(?:[^"\\]|\\.)*"|[^";])*?(?= at "|; |$)/;

/**
 * Messages never carry input back: a variable's refused value is not repeated
 * (it may be a client's details), other quoted text past a few words becomes
 * "…", and a message still too long is cut. graphql-js quotes the values it refuses.
 */
export function elideInput(message: string): string {
  const elided = message
    .replace(INVALID_VALUE, 'got an invalid value')
    .replace(/"[^"]{40,}"/g, '"…"')
    .replace(/\{[^{}]{120,}\}/g, '{…}');
  return elided.length > MAX_MESSAGE_LENGTH ? `${elided.slice(0, MAX_MESSAGE_LENGTH)}…` : elided;
}

/** Whether an error's code is an expected outcome: a contract code, or Apollo's for a malformed request. */
export const isExpectedCode = (code: unknown): code is string =>
  (isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') ||
  (typeof code === 'string' && REQUEST_ERROR_CODES.has(code));

/**
 * The one place errors are shaped for callers: contract codes pass through,
 * malformed requests become BAD_USER_INPUT, a database that cannot answer now
 * SERVICE_UNAVAILABLE (retryable; the response is a 503, see observabilityPlugin),
 * anything else is a bug and becomes INTERNAL_SERVER_ERROR with no detail
 * (logged, without detail either, by observabilityPlugin).
 */
export function formatError(formatted: GraphQLFormattedError, original?: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (isExpectedCode(code)) {
    const { stacktrace: _stacktrace, http: _http, ...extensions } = formatted.extensions ?? {};
    const field = extensions.field ?? fieldOfMalformed(code, formatted.message, original);
    return {
      ...formatted,
      message: elideInput(formatted.message),
      extensions: {
        ...extensions,
        code: REQUEST_ERROR_CODES.has(code) ? 'BAD_USER_INPUT' : code,
        ...(field ? { field } : {}),
      },
    };
  }
  if (isDatabaseUnavailable(original)) {
    return {
      message: UNAVAILABLE_MESSAGE,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS },
    };
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
