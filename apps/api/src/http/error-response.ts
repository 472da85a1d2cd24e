import type { ErrorCode } from '@mm/domain/errors';
import type { Response } from 'express';
import { findRequestState } from './request-state.js';

/**
 * A refusal before GraphQL runs, in the shape GraphQL errors have, so that
 * callers read every failure the same way: JSON, a contract code, no internals.
 */
export function sendError(
  res: Response,
  status: number,
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): void {
  if (typeof extensions.retryAfterSeconds === 'number') res.setHeader('Retry-After', extensions.retryAfterSeconds);
  const state = findRequestState(res.req);
  if (state) state.outcome = code;
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}
