import { describe, expect, it } from 'vitest';
import { ERROR_CODES, isErrorCode } from './errors.js';
import { CONDITIONS, isCondition, isTechnique, STARTER_TREATMENTS, TECHNIQUES } from './vocabulary.js';

describe('vocabulary', () => {
  it('has the contract enums', () => {
    expect(TECHNIQUES).toHaveLength(8);
    expect(CONDITIONS).toContain('CIRCULATION_EDEMA');
    expect(isTechnique('MYOFASCIAL_RELEASE')).toBe(true);
    expect(isTechnique('REIKI')).toBe(false);
    expect(isCondition('OTHER')).toBe(true);
  });

  it('starts with one treatment that needs a referral, the rest booked freely', () => {
    const needing = STARTER_TREATMENTS.filter((t) => t.requiresReferral).map((t) => t.slug);
    expect(needing).toEqual(['medical-massage']);
    expect(new Set(STARTER_TREATMENTS.map((t) => t.slug)).size).toBe(STARTER_TREATMENTS.length);
    for (const t of STARTER_TREATMENTS) expect(t.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('knows the contract error codes', () => {
    expect(ERROR_CODES).toContain('SLOT_UNAVAILABLE');
    expect(isErrorCode('POLICY_VIOLATION')).toBe(true);
    expect(isErrorCode('TEAPOT')).toBe(false);
  });
});
