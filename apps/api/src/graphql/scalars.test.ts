import { describe, expect, it } from 'vitest';
import { dateTimeScalar } from './scalars.js';

describe('DateTime', () => {
  const sydney = dateTimeScalar('Australia/Sydney');

  it("writes instants in the operator's zone, with that zone's offset at the instant", () => {
    expect(sydney.serialize(new Date('2026-12-01T22:00:00Z'))).toBe('2026-12-02T09:00:00+11:00');
    expect(sydney.serialize(new Date('2026-06-01T23:00:00Z'))).toBe('2026-06-02T09:00:00+10:00');
    expect(sydney.serialize(new Date('2026-12-01T22:00:00.500Z'))).toBe('2026-12-02T09:00:00.500+11:00');
    expect(dateTimeScalar('UTC').serialize(new Date('2026-12-01T22:00:00Z'))).toBe('2026-12-01T22:00:00Z');
  });

  it('reads back the instant it wrote', () => {
    const instant = new Date('2026-04-04T16:30:00Z'); // the first half hour after Sydney's clocks go back
    expect(sydney.parseValue(sydney.serialize(instant))).toEqual(instant);
  });

  it('refuses what is not a Date', () => {
    expect(() => sydney.serialize('2026-12-01T22:00:00Z')).toThrow(TypeError);
  });
});
