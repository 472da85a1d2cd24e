import { expect, it } from 'vitest';
import { parseSearch } from './search.js';

it('trims search text, leaves out a blank one, and refuses one over 100 characters', () => {
  expect(parseSearch('  jo  ', 'q')).toEqual({ ok: true, value: 'jo' });
  expect(parseSearch('   ', 'q')).toEqual({ ok: true, value: undefined });
  expect(parseSearch(null, 'q')).toEqual({ ok: true, value: undefined });
  expect(parseSearch('x'.repeat(101), 'q')).toMatchObject({ ok: false, error: { code: 'BAD_USER_INPUT', field: 'q' } });
});
