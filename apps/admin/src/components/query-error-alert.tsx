import type { ErrorLike } from '@apollo/client';
import { ServerError, ServerParseError } from '@apollo/client/errors';
import { Alert } from '@mantine/core';
import { apiErrorsOf } from '../app/api-errors';

type QueryErrorAlertProps = {
  title: string;
  error: ErrorLike;
};

// Codes whose server message is meant for developers, not for the person at the console.
const messageByCode: Partial<Record<string, string>> = {
  UNAUTHENTICATED: 'Your session has ended. Sign in again.',
  FORBIDDEN: 'Your account is not allowed to see this.',
  RATE_LIMITED: 'Too many requests. Wait a moment and try again.',
  INTERNAL_SERVER_ERROR: 'The server ran into a problem. Try again later.',
};

function describeError(error: ErrorLike): string {
  // GraphQL's answer, or a refusal the API's HTTP layer sent in the same shape.
  const apiErrors = apiErrorsOf(error);
  if (apiErrors.length > 0) {
    const messages = apiErrors.map(({ code, message }) => (code && messageByCode[code]) || message);
    return [...new Set(messages)].join(' ');
  }
  if (ServerError.is(error)) {
    return `The API answered with HTTP status ${error.statusCode}. Try again later.`;
  }
  if (ServerParseError.is(error)) {
    return 'The API sent a response that could not be read. Try again later.';
  }
  // fetch rejects with terse messages such as "Failed to fetch".
  return 'The API could not be reached. Check your connection and try again.';
}

export function QueryErrorAlert({ title, error }: QueryErrorAlertProps) {
  return (
    <Alert color="red" variant="light" title={title}>
      {describeError(error)}
    </Alert>
  );
}
