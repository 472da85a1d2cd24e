import { describe, expect, it } from 'vitest';
import { inRanges, isAddressOrRange } from './metrics-access.js';

describe('who may scrape /metrics', () => {
  it('reads addresses and CIDR ranges, and nothing else', () => {
    for (const entry of ['127.0.0.1', '::1', '10.0.0.0/8', 'fd00::/8']) expect(isAddressOrRange(entry)).toBe(true);
    for (const entry of ['localhost', '10.0.0.0/33', '*', '']) expect(isAddressOrRange(entry)).toBe(false);
  });

  it('matches a socket address against the ranges, IPv4-mapped IPv6 as IPv4', () => {
    const allowed = ['127.0.0.1', '10.0.0.0/8', 'fd00::/8'];
    expect(inRanges(allowed, '127.0.0.1')).toBe(true);
    expect(inRanges(allowed, '::ffff:10.1.2.3')).toBe(true);
    expect(inRanges(allowed, 'fd12::1')).toBe(true);
    expect(inRanges(allowed, '192.168.1.1')).toBe(false);
    expect(inRanges(allowed, '::1')).toBe(false);
    expect(inRanges(allowed, undefined)).toBe(false);
  });
});
