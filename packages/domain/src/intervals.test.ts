import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expand, fits, type Interval, intersect, normalise, overlaps, subtract } from './intervals.js';

const iv = (start: number, end: number): Interval => ({ start, end });

describe('normalise', () => {
  it('sorts, drops empty ranges and merges overlapping or touching ones', () => {
    expect(normalise([iv(10, 12), iv(0, 5), iv(5, 7), iv(3, 4), iv(8, 8), iv(9, 7), iv(11, 15)])).toEqual([
      iv(0, 7),
      iv(10, 15),
    ]);
    expect(normalise([])).toEqual([]);
  });
});

describe('subtract', () => {
  it('cuts holes, trims edges and removes covered ranges', () => {
    expect(subtract([iv(0, 10), iv(20, 30), iv(40, 50)], [iv(2, 4), iv(8, 22), iv(40, 50)])).toEqual([
      iv(0, 2),
      iv(4, 8),
      iv(22, 30),
    ]);
  });

  it('lets one cut span several ranges', () => {
    expect(subtract([iv(0, 10), iv(12, 14), iv(16, 20)], [iv(5, 17)])).toEqual([iv(0, 5), iv(17, 20)]);
  });

  it('keeps everything when nothing is removed, and nothing when all is', () => {
    expect(subtract([iv(0, 10)], [])).toEqual([iv(0, 10)]);
    expect(subtract([iv(0, 10)], [iv(-5, 15)])).toEqual([]);
  });
});

describe('intersect', () => {
  it('keeps what both cover', () => {
    expect(intersect([iv(0, 10), iv(20, 30)], [iv(5, 25), iv(28, 40)])).toEqual([iv(5, 10), iv(20, 25), iv(28, 30)]);
    expect(intersect([iv(0, 10)], [iv(10, 20)])).toEqual([]);
  });
});

describe('expand', () => {
  it('widens each side and merges ranges that meet', () => {
    expect(expand([iv(10, 20), iv(25, 30), iv(50, 60)], 3, 2)).toEqual([iv(7, 32), iv(47, 62)]);
  });
});

describe('fits and overlaps', () => {
  const free = [iv(0, 10), iv(20, 30), iv(40, 50)];

  it('finds the free range that holds a session', () => {
    expect(fits(free, iv(20, 30))).toBe(true);
    expect(fits(free, iv(42, 45))).toBe(true);
    expect(fits(free, iv(5, 25))).toBe(false);
    expect(fits(free, iv(-1, 2))).toBe(false);
    expect(fits(free, iv(49, 51))).toBe(false);
    expect(fits([], iv(0, 1))).toBe(false);
  });

  it('treats ranges as half-open', () => {
    expect(overlaps(iv(0, 10), iv(10, 20))).toBe(false);
    expect(overlaps(iv(0, 10), iv(9, 20))).toBe(true);
  });
});

describe('against a point-by-point model', () => {
  const ranges = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 12 })).map(([s, l]) => iv(s, s + l)),
    { maxLength: 8 },
  );
  const covered = (list: readonly Interval[], p: number) => list.some((i) => i.start <= p && p < i.end);
  const points = Array.from({ length: 80 }, (_, p) => p);
  const isNormalised = (list: readonly Interval[]) =>
    list.every((x, k) => x.start < x.end && (k === 0 || (list[k - 1]?.end ?? Number.NaN) < x.start));

  it('normalise, subtract, intersect and expand keep the right points', () => {
    fc.assert(
      fc.property(ranges, ranges, fc.nat(3), fc.nat(3), (rawA, rawB, before, after) => {
        const [a, b] = [normalise(rawA), normalise(rawB)];
        const lists = [a, subtract(a, b), intersect(a, b), expand(a, before, after)];
        for (const list of lists) expect(isNormalised(list)).toBe(true);
        const actual = points.map((p) => lists.map((list) => covered(list, p)));
        const expected = points.map((p) => [
          covered(rawA, p),
          covered(a, p) && !covered(b, p),
          covered(a, p) && covered(b, p),
          rawA.some((i) => i.start < i.end && i.start - before <= p && p < i.end + after),
        ]);
        expect(actual).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('fits agrees with checking every point of the range', () => {
    fc.assert(
      fc.property(ranges, fc.nat(70), fc.integer({ min: 1, max: 10 }), (raw, start, length) => {
        const free = normalise(raw);
        const range = iv(start, start + length);
        const everyPoint = points.filter((p) => p >= range.start && p < range.end).every((p) => covered(free, p));
        expect(fits(free, range)).toBe(everyPoint);
      }),
      { numRuns: 200 },
    );
  });
});
