import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** One error as the API shapes it: a contract code (`extensions.code`) and its other extensions. */
export type ApiError = {
  readonly message: string;
  readonly code: string | undefined;
  readonly extensions: Readonly<Record<string, unknown>>;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function toApiError(message: string, extensions: Readonly<Record<string, unknown>> | undefined): ApiError {
  const code = extensions?.code;
  return { message, code: typeof code === 'string' ? code : undefined, extensions: extensions ?? {} };
}

// Refusals made before GraphQL runs (rate limits, origins) come as HTTP 4xx with
// `{ "errors": [...] }` in application/json, which Apollo Client reports as a ServerError;
// the API's other routes (referral documents) answer their refusals the same way.
export function errorsInBody(bodyText: string): ApiError[] {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return [];
  }
  if (!isRecord(body) || !Array.isArray(body.errors)) {
    return [];
  }
  return body.errors
    .filter(isRecord)
    .map((error) =>
      toApiError(
        typeof error.message === 'string' ? error.message : '',
        isRecord(error.extensions) ? error.extensions : undefined,
      ),
    );
}

/**
 * The API's errors in a failed operation, whether GraphQL answered them or the
 * HTTP layer refused the request first. Empty when the API was not reached or
 * sent something that is not a GraphQL answer.
 */
export function apiErrorsOf(error: unknown): ApiError[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((graphQLError) => toApiError(graphQLError.message, graphQLError.extensions));
  }
  if (ServerError.is(error)) {
    return errorsInBody(error.bodyText);
  }
  return [];
}

/** Whether the API said the caller is not signed in (no session, or it expired or was revoked). */
export function isUnauthenticated(error: unknown): boolean {
  return apiErrorsOf(error).some((apiError) => apiError.code === 'UNAUTHENTICATED');
}

/** The API's message about `field` (`extensions.field`), to show beside that field. */
export function fieldErrorOf(error: unknown, field: string): string | undefined {
  return apiErrorsOf(error).find((e) => e.extensions.field === field)?.message;
}

/** What a form shows for a failed save: a message, beside `field` when one is named. */
export type FieldFault = { readonly field?: string | undefined; readonly message: string };

/**
 * The API's first error as a form's fault: its message and the field it names
 * (`fallbackField` when it names none); `fallback` when the API gave no answer.
 */
export function faultOf(error: unknown, fallback: string, fallbackField?: string): FieldFault {
  const [first] = apiErrorsOf(error);
  const field = first?.extensions.field;
  return { field: typeof field === 'string' ? field : fallbackField, message: first?.message ?? fallback };
}
