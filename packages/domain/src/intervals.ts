/**
 * Half-open ranges [start, end) of epoch milliseconds. "Normalised" lists are sorted by start,
 * non-empty and neither overlap nor touch; the operations below take and return such lists and
 * walk them once, never minute by minute.
 */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

export const overlaps = (a: Interval, b: Interval): boolean => a.start < b.end && b.start < a.end;

const byStart = (a: Interval, b: Interval) => a.start - b.start;
const isSortedByStart = (intervals: readonly Interval[]) =>
  intervals.every((interval, i) => i === 0 || (intervals[i - 1]?.start ?? interval.start) <= interval.start);

/** Sorts (unless already sorted, as stored rows usually are), drops empty ranges, merges overlapping or touching ones. */
export function normalise(intervals: readonly Interval[]): Interval[] {
  const sorted = isSortedByStart(intervals) ? intervals : [...intervals].sort(byStart);
  const merged: Interval[] = [];
  for (const interval of sorted) {
    if (interval.start >= interval.end) continue;
    const last = merged.at(-1);
    if (last && interval.start <= last.end) {
      if (interval.end > last.end) merged[merged.length - 1] = { start: last.start, end: interval.end };
    } else {
      merged.push(interval);
    }
  }
  return merged;
}

/** What is left of `from` once everything in `remove` is taken out (both normalised). */
export function subtract(from: readonly Interval[], remove: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let r = 0;
  for (const interval of from) {
    let start = interval.start;
    // Cuts that end before this range cannot reach any later one either.
    while ((remove[r]?.end ?? Number.POSITIVE_INFINITY) <= start) r++;
    // A cut may run on into the next range, so the inner walk does not move `r`.
    for (let k = r, cut = remove[k]; cut && cut.start < interval.end; cut = remove[++k]) {
      if (cut.start > start) result.push({ start, end: cut.start });
      start = Math.max(start, cut.end);
    }
    if (start < interval.end) result.push({ start, end: interval.end });
  }
  return result;
}

/** The ranges covered by both lists (both normalised). */
export function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const result: Interval[] = [];
  let [i, j] = [0, 0];
  for (let x = a[i], y = b[j]; x && y; x = a[i], y = b[j]) {
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) result.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return result;
}

/** Widens each range by `beforeMs` and `afterMs`, merging those that come to overlap. */
export function expand(intervals: readonly Interval[], beforeMs: number, afterMs: number): Interval[] {
  return normalise(intervals.map(({ start, end }) => ({ start: start - beforeMs, end: end + afterMs })));
}

/** Whether `range` lies wholly inside one range of the normalised list `free` (binary search). */
export function fits(free: readonly Interval[], range: Interval): boolean {
  let [lo, hi] = [0, free.length];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const candidate = free[mid];
    if (candidate && candidate.start <= range.start) lo = mid + 1;
    else hi = mid;
  }
  const candidate = free[lo - 1];
  return candidate !== undefined && candidate.start <= range.start && range.end <= candidate.end;
}
