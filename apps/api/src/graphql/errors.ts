import { type DomainError, isErrorCode } from '@mm/domain/errors';
import type { Result } from '@mm/domain/result';
import { type DocumentNode, GraphQLError, type GraphQLFormattedError, parse } from 'graphql';
import { fieldName, forEachArgumentValue, type InputPath, pathOfVariable } from './argument-values.js';

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

/** The path of a value written in the document (found by its place), if it is in an argument. */
function pathOfLiteral(root: DocumentNode, at: number): InputPath | undefined {
  let found: InputPath | undefined;
  forEachArgumentValue(root, (node, path) => {
    if (!found && node.loc?.start === at) found = path;
  });
  return found;
}

/** The input field a malformed request names, from graphql-js's words and the document. */
function fieldOfMalformed(message: string, original: unknown): string | undefined {
  const source = original instanceof GraphQLError ? original.source : undefined;
  let document: DocumentNode | undefined;
  try {
    document = source && parse(source);
  } catch {
    document = undefined;
  }
  const variable = BAD_VARIABLE.exec(message)?.[1];
  if (variable) {
    const inner = [AT_PATH.exec(message)?.[1], NAMED_FIELD.exec(message)?.[1]].filter((p) => p !== undefined);
    const used = document && pathOfVariable(document, variable);
    return fieldName([...(used ?? [variable]), ...inner.flatMap((p) => p.split('.'))]);
  }
  const at = original instanceof GraphQLError ? original.nodes?.[0]?.loc?.start : undefined;
  const path = document && at !== undefined ? pathOfLiteral(document, at) : undefined;
  return path ? fieldName(path) : undefined;
}

const MAX_MESSAGE_LENGTH = 300;

/**
 * Messages never carry long input back: quoted text past a few words becomes
 * "…", and a message still too long is cut. graphql-js quotes the values it refuses.
 */
export function elideInput(message: string): string {
  const elided = message.replace(/"[^"]{40,}"/g, '"…"').replace(/\{[^{}]{120,}\}/g, '{…}');
  return elided.length > MAX_MESSAGE_LENGTH ? `${elided.slice(0, MAX_MESSAGE_LENGTH)}…` : elided;
}

/**
 * The one place errors are shaped for callers: contract codes pass through,
 * malformed requests become BAD_USER_INPUT, anything else is a bug and becomes
 * INTERNAL_SERVER_ERROR with no detail (logged, without detail either, by the server).
 */
export function formatError(formatted: GraphQLFormattedError, original?: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  const { stacktrace: _stacktrace, http: _http, ...extensions } = formatted.extensions ?? {};
  const message = elideInput(formatted.message);
  const malformed = typeof code === 'string' && REQUEST_ERROR_CODES.has(code);
  if ((isErrorCode(code) && code !== 'INTERNAL_SERVER_ERROR') || malformed) {
    const field = extensions.field ?? fieldOfMalformed(formatted.message, original);
    return {
      ...formatted,
      message,
      extensions: { ...extensions, code: malformed ? 'BAD_USER_INPUT' : code, ...(field ? { field } : {}) },
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
