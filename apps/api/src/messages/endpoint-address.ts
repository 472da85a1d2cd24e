import { lookup } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Where webhook endpoints may point. */
export interface EndpointRules {
  /** Production: https only. */
  readonly httpsOnly: boolean;
  /** Development and tests: loopback addresses (a receiver on this machine) are allowed. */
  readonly allowLoopback: boolean;
}

/** Why an endpoint URL or address is refused: said to the admin who registers it and kept in the delivery log. */
export class EndpointRefused extends Error {
  override name = 'EndpointRefused';
}

/**
 * Only addresses on the public internet: not private, loopback, link-local
 * (cloud metadata), carrier-grade NAT, multicast, reserved or unspecified, in
 * IPv4 or IPv6 (IPv4-mapped IPv6 judged as its IPv4).
 */
export function checkAddress(address: string, rules: EndpointRules): void {
  if (!ipaddr.isValid(address)) throw new EndpointRefused(`${address} is not an IP address`);
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  const range = parsed.range();
  if (range === 'unicast') return;
  if (range === 'loopback' && rules.allowLoopback) return;
  throw new EndpointRefused(`the endpoint resolves to a ${range} address, which webhooks may not reach`);
}

/** The URL's own rules: scheme, no credentials, a host. */
export function checkEndpointUrl(value: string, rules: EndpointRules): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new EndpointRefused('must be an absolute URL such as https://hooks.example.com/massage');
  }
  const schemes = rules.httpsOnly ? ['https:'] : ['https:', 'http:'];
  if (!schemes.includes(url.protocol)) {
    throw new EndpointRefused(rules.httpsOnly ? 'must be an https:// URL' : 'must be an https:// or http:// URL');
  }
  if (url.username || url.password) throw new EndpointRefused('must not carry a user name or password');
  if (url.hash) throw new EndpointRefused('must not have a #fragment');
  return url;
}

/** The URL's host as an address or a name: an IPv6 address without its brackets. */
export const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/** Resolves the URL's host now and refuses it unless every address is allowed (at registration). */
export async function checkEndpoint(value: string, rules: EndpointRules): Promise<URL> {
  const url = checkEndpointUrl(value, rules);
  const host = hostOf(url);
  const addresses = isIP(host)
    ? [host]
    : await new Promise<string[]>((resolve, reject) =>
        lookup(host, { all: true }, (error, found) =>
          error ? reject(new EndpointRefused(`${host} does not resolve`)) : resolve(found.map((f) => f.address)),
        ),
      );
  for (const address of addresses) checkAddress(address, rules);
  return url;
}

/**
 * A DNS lookup for the HTTP client that refuses disallowed addresses: the check
 * is made on the very address the connection goes to, so a name that resolved
 * to a public address at registration cannot be turned inward later (DNS rebinding).
 */
export function guardedLookup(rules: EndpointRules): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, found) => {
      if (error) return callback(error, '', 0);
      try {
        for (const { address } of found) checkAddress(address, rules);
      } catch (refused) {
        return callback(refused as NodeJS.ErrnoException, '', 0);
      }
      if (options.all) return (callback as (e: null, a: typeof found) => void)(null, found);
      const [first] = found;
      return first ? callback(null, first.address, first.family) : callback(new Error('no address'), '', 0);
    });
  };
}
