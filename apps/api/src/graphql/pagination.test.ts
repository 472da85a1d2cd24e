import 'reflect-metadata'; // pagination.ts declares a GraphQL type too
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './pagination.js';

const id = '9e04ba96-2d95-4678-9adb-1b9665dde209';
const forged = (key: unknown, at: unknown = id) => Buffer.from(JSON.stringify([key, at])).toString('base64url');

describe('cursors', () => {
  it('reads back the positions it gave out', () => {
    for (const key of ['2026-11-30T13:00:00.123456Z', '2026-11-30T13:00:00Z', '0001-01-01T00:00:00.000000Z']) {
      expect(decodeCursor(encodeCursor({ key, id }))).toEqual({ ok: true, value: { key, id } });
    }
  });

  it.each([
    ['a month that does not exist', '2026-13-01T00:00:00.000000Z'],
    ['a day the month does not have', '2026-02-30T00:00:00.000000Z'],
    ['an hour past the day', '2026-11-30T24:00:00.000000Z'],
    ['minutes and seconds that are not', '2026-11-30T13:99:99Z'],
    ['the year 0', '0000-01-01T00:00:00.000000Z'],
    ['colons and dots for a time', '2026-11-30T::.Z'],
    ['no zone', '2026-11-30T13:00:00.000000'],
    ['a number', 1_764_507_600_000],
  ])('refuses a forged one with %s as BAD_USER_INPUT, before the database sees it', (_what, key) => {
    expect(decodeCursor(forged(key))).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT', field: 'after' } });
  });

  it('refuses one whose id is not a UUID, and one that is not ours at all', () => {
    for (const cursor of [forged('2026-11-30T13:00:00Z', 'x'), 'bm90LWEtY3Vyc29y', '%%%']) {
      expect(decodeCursor(cursor).ok).toBe(false);
    }
  });
});
