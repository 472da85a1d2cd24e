import type { RequestHandler } from 'express';

/**
 * Handlers run one after another as one Express layer: each `next()` goes
 * straight to the following handler (an error, to Express). Express's own
 * chaining costs a route match and a few closures per layer and request.
 */
export function chain(...handlers: RequestHandler[]): RequestHandler {
  return (req, res, next) => {
    // one continuation per request: each handler calls it at most once, so a counter says whose turn it is
    let i = 0;
    const step = (error?: unknown) => {
      if (error !== undefined && error !== 'route' && error !== 'router') return next(error);
      const handler = handlers[i++];
      if (!handler) return next();
      try {
        // as Express 5 does: an async handler's rejection is an error too
        const done = handler(req, res, step);
        if (done instanceof Promise)
          done.catch((rejection: unknown) => next(rejection ?? new Error('Rejected promise')));
      } catch (thrown) {
        next(thrown);
      }
    };
    step();
  };
}
