import type { RequestHandler } from 'express';
import ipaddr from 'ipaddr.js';
import type { Metrics } from '../metrics/metrics.js';

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

/** An address (`10.0.0.5`, `::1`) or a CIDR range (`10.0.0.0/8`). */
export const isAddressOrRange = (entry: string): boolean => ipaddr.isValid(entry) || ipaddr.isValidCIDR(entry);

function toRange(entry: string): Range {
  if (ipaddr.isValidCIDR(entry)) return ipaddr.parseCIDR(entry);
  const address = ipaddr.parse(entry);
  return [address, address.kind() === 'ipv4' ? 32 : 128];
}

/** Whether `address` (a socket's, IPv4-mapped IPv6 read as IPv4) is inside one of `ranges`. */
export function inRanges(ranges: readonly string[], address: string | undefined): boolean {
  if (!address || !ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return ranges.map(toRange).some(([base, bits]) => base.kind() === parsed.kind() && parsed.match(base, bits));
}

/**
 * GET /metrics in Prometheus's text format, for scrapers at an allowed address
 * only (the socket's: scrapers reach instances directly, not through the proxy
 * whose X-Forwarded-For a caller could write). Others get a 404, as for any path.
 */
export function metricsRoute(metrics: Metrics, allowed: readonly string[]): RequestHandler {
  return async (req, res, next) => {
    if (!inRanges(allowed, req.socket.remoteAddress)) return next();
    res.setHeader('Content-Type', metrics.registry.contentType);
    res.setHeader('Cache-Control', 'no-store');
    res.send(await metrics.registry.metrics());
  };
}
