import compression from 'compression';
import type { RequestHandler } from 'express';
import { findRequestState } from './request-state.js';

/** Answers smaller than this go as they are: compressing them saves little and costs a zlib stream. */
export const COMPRESS_FROM_BYTES = 8 * 1024;

/**
 * Compresses large answers (gzip or brotli, as the client accepts) for callers
 * without a staff session, and the widget's script: availability answers run
 * to megabytes of repeated therapist profiles, which shrink to a few per cent. Staff answers
 * hold personal and health data beside text anyone can plant (a booking's
 * notes), and a compressed size can leak such data (BREACH), so they go as
 * they are. Whose answer it is is known by the time headers are written.
 */
export function compressPublicAnswers(): RequestHandler {
  const compress = compression({
    threshold: COMPRESS_FROM_BYTES,
    filter: (req, res) => findRequestState(req)?.caller.kind !== 'staff' && compression.filter(req, res),
  });
  // A client that accepts no encoding would get only the middleware's cost: hooks on every answer.
  return (req, res, next) => (req.headers['accept-encoding'] ? compress(req, res, next) : next());
}
