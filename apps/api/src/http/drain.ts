import type { Server } from 'node:http';
import { Server as NetServer } from 'node:net';
import { setImmediate as afterPoll, setTimeout as sleep } from 'node:timers/promises';

/** How long nothing must be under way before the server closes (see `drain`). */
const SETTLE_MS = 100;

/**
 * Graceful shutdown of an HTTP server: serve what has arrived, close each
 * connection after its answer, and close once nothing has been under way for a
 * moment, or when the grace period ends (what is left is then cut).
 *
 * The listening socket stays open while requests are under way: closing it
 * resets the connections the kernel has queued and a busy event loop has not
 * yet accepted, though their clients have sent their requests. Readiness fails
 * meanwhile (`draining`), so a load balancer sends nothing new. And Node's own
 * `server.close()` would close idle keep-alive connections at once, though one
 * may hold a request not yet read: so idle connections go only once the loop
 * has polled with nothing under way.
 */
export function drainable(server: Server): { readonly draining: boolean; drain(graceMs: number): Promise<void> } {
  let draining = false;
  let underWay = 0;
  server.prependListener('request', (_req, res) => {
    underWay++;
    if (draining) res.setHeader('Connection', 'close');
    res.once('close', () => {
      underWay--;
    });
  });
  const connections = () =>
    new Promise<number>((resolve) => server.getConnections((error, count) => resolve(error ? 0 : count)));
  let closed: Promise<void> | undefined;
  // the listening socket only: net.Server's close, not http.Server's (which drops idle connections)
  const stopListening = () => {
    closed ??= new Promise<void>((resolve) => {
      if (server.listening) NetServer.prototype.close.call(server, () => resolve());
      else resolve();
    });
    return closed;
  };
  return {
    get draining() {
      return draining;
    },
    async drain(graceMs) {
      draining = true;
      const deadline = performance.now() + graceMs;
      while (performance.now() < deadline) {
        if (underWay === 0) {
          // a timer can fire before the loop polls (after a long task): the check phase comes after a poll
          await sleep(SETTLE_MS);
          await afterPoll();
          if (underWay === 0) {
            void stopListening();
            server.closeIdleConnections();
            if ((await connections()) === 0) break;
          }
        }
        await sleep(20);
      }
      void stopListening();
      server.closeAllConnections();
      await closed;
    },
  };
}
