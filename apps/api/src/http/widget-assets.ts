import express, { type RequestHandler } from 'express';

/**
 * The built widget, for partner pages on any origin: module scripts are fetched with
 * CORS, so every origin may read them; kept a few minutes, then checked again.
 */
export function widgetAssets(dir: string): RequestHandler {
  return express.static(dir, {
    index: false,
    fallthrough: true,
    setHeaders: (res) => {
      res.setHeader('Access-Control-Allow-Origin', '*');
      res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', 'public, max-age=300');
    },
  });
}
