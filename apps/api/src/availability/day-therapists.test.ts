import { describe, expect, it } from 'vitest';
import type { TherapistProfileType } from '../therapists/therapist.types.js';
import { DayTherapists } from './day-therapists.js';

const profile = (id: string): TherapistProfileType => ({
  id,
  displayName: `Therapist ${id}`,
  bio: null,
  gender: null,
  techniques: [],
  medicalQualified: false,
});
const profiles = new Map(['a', 'b', 'c'].map((id) => [id, profile(id)]));

describe('DayTherapists', () => {
  it('lists each therapist once, in the order the slots first name them, and points each slot there', () => {
    const day = new DayTherapists([['b', 'a'], ['a', 'c'], ['c']], profiles);
    expect(day.list().map((p) => p.id)).toEqual(['b', 'a', 'c']);
    expect(day.positionsOf(['a', 'c'])).toEqual([1, 2]);
    expect(day.positionsOf(['c'])).toEqual([2]);
    expect(day.profilesOf(['a', 'c'])).toEqual([profile('a'), profile('c')]);
  });

  it('gives positions before the list was asked for, the same as after', () => {
    const day = new DayTherapists([['c', 'b']], profiles);
    expect(day.positionsOf(['b'])).toEqual([1]);
    expect(day.list().map((p) => p.id)).toEqual(['c', 'b']);
  });

  it('leaves out an id without a profile everywhere, so that positions still point at the right one', () => {
    const day = new DayTherapists(
      [
        ['x', 'a'],
        ['b', 'x'],
      ],
      profiles,
    );
    expect(day.list().map((p) => p.id)).toEqual(['a', 'b']);
    expect(day.positionsOf(['b', 'x'])).toEqual([1]);
    expect(day.profilesOf(['x', 'a'])).toEqual([profile('a')]);
  });
});
