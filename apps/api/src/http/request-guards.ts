import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE, UNAVAILABLE_RETRY_SECONDS } from '../database/unavailable.js';
import type { Logger } from '../logger.js';
import { sendError } from './error-response.js';
import { findRequestState } from './request-state.js';

export const MAX_BODY = '100kb';

const JSON_TYPE = /^application\/json\s*(;|$)/i;

/** GraphQL here is POST with a JSON body; anything else is refused before it is read. */
export const requireJsonPost: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendError(res, 405, 'BAD_USER_INPUT', 'Send GraphQL requests as POST');
  }
  if (!JSON_TYPE.test(req.headers['content-type'] ?? '')) {
    return sendError(res, 415, 'BAD_USER_INPUT', 'Send the request body as application/json');
  }
  next();
};

/** The parsed body is one GraphQL request: an object with a query (no batches, no persisted-query hashes). */
export const requireGraphQLBody: RequestHandler = (req, res, next) => {
  const body: unknown = req.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return sendError(res, 400, 'BAD_USER_INPUT', 'The body must be one JSON object: { "query": …, "variables": … }');
  }
  if (!('query' in body) || typeof body.query !== 'string' || body.query.trim() === '') {
    const persisted = 'extensions' in body && JSON.stringify(body.extensions ?? null).includes('persistedQuery');
    return sendError(
      res,
      400,
      'BAD_USER_INPUT',
      persisted ? 'Persisted queries are not supported: send the query itself' : 'The body needs a query',
    );
  }
  next();
};

const BODY_ERRORS: Readonly<Record<string, [number, string]>> = {
  'entity.too.large': [413, `The body is larger than ${MAX_BODY}`],
  'entity.parse.failed': [400, 'The body is not valid JSON'],
  'encoding.unsupported': [415, 'The body must be sent without compression, or gzip/deflate/br'],
  'charset.unsupported': [415, 'The body must be UTF-8'],
  'request.size.invalid': [400, 'The body is not as long as its Content-Length says'],
  'request.aborted': [400, 'The request was aborted'],
};

/**
 * What body-parser refuses with a status but no type of its own: a body that does
 * not decompress as its Content-Encoding says (zlib's error, passed on as a 400).
 */
function undecodableBody(error: unknown): [number, string] | undefined {
  const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  return typeof status === 'number' && status >= 400 && status < 500
    ? [400, 'The body does not decompress as its Content-Encoding says']
    : undefined;
}

/**
 * The last handler: a body that cannot be read gets a JSON refusal; anything
 * else is a bug, answered as INTERNAL_SERVER_ERROR and logged without detail.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const type = typeof error === 'object' && error !== null && 'type' in error ? String(error.type) : undefined;
    const known = (type ? BODY_ERRORS[type] : undefined) ?? undecodableBody(error);
    if (known) return sendError(res, known[0], 'BAD_USER_INPUT', known[1]);
    if (isDatabaseUnavailable(error)) {
      logger.warn({ requestId: findRequestState(req)?.requestId }, 'database unavailable');
      if (!res.headersSent) {
        sendError(res, 503, 'SERVICE_UNAVAILABLE', UNAVAILABLE_MESSAGE, {
          retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS,
        });
      }
      return;
    }
    logger.error(
      { requestId: findRequestState(req)?.requestId, error: error instanceof Error ? error.name : typeof error },
      'unexpected error in the HTTP layer',
    );
    if (!res.headersSent) sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
  };
}
