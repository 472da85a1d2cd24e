import { isIPv6 } from 'node:net';
import {
  type LimitName,
  type OperationLimit,
  RateLimited,
  type RateLimiters,
  rateLimitedError,
} from './rate-limits.js';

/**
 * The limits of one request, failing as the contract's RATE_LIMITED error.
 * Counted per client address unless another key is given (an account name).
 */
export interface RequestLimits {
  /** Counts this request (or, for limits that count only failures, a failure) against the limit. */
  consume(name: LimitName, key?: string): Promise<void>;
  /** Refuses while over the limit, without counting (for limits that count only failures). */
  assertOpen(name: OperationLimit, key?: string): Promise<void>;
  /** Forgets the count (a successful sign-in clears its account's attempts). */
  reset(name: OperationLimit, key: string): Promise<void>;
}

async function asGraphQL(work: () => Promise<void> | undefined): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof RateLimited) throw rateLimitedError(error.retryAfterSeconds);
    throw error;
  }
}

/** The limits of one client address (a class: one allocation per request, its methods shared). */
class AddressLimits implements RequestLimits {
  constructor(
    private readonly limiters: RateLimiters,
    private readonly address: string,
  ) {}

  consume(name: LimitName, key = this.address) {
    return asGraphQL(() => this.limiters.consume(name, key));
  }

  assertOpen(name: OperationLimit, key = this.address) {
    return asGraphQL(() => this.limiters.assertOpen(name, key));
  }

  reset(name: OperationLimit, key: string) {
    return this.limiters.reset(name, key);
  }
}

export const requestLimits = (limiters: RateLimiters, address: string): RequestLimits =>
  new AddressLimits(limiters, address);

/**
 * The key a client address is limited under: IPv4 as is, IPv6 by its /64
 * (one subscriber usually holds a whole /64), IPv4-mapped IPv6 as IPv4.
 */
export function clientAddressKey(address: string | undefined): string {
  if (!address) return 'unknown';
  if (!address.includes(':')) return address; // IPv4
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  if (!isIPv6(address)) return address;
  const [head = '', tail = ''] = address.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = address.includes('::') ? 8 - headGroups.length - tailGroups.length : 0;
  const groups = [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups];
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g || '0', 16).toString(16))
    .join(':')}::/64`;
}
