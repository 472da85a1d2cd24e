import { describe, expect, it } from 'vitest';
import { isOrigin, normaliseOrigin, parsePartnerProfile } from './partners.js';

describe('origins', () => {
  it('reads what a person means, and refuses paths, queries and credentials', () => {
    expect(normaliseOrigin(' https://Physio.example/ ')).toBe('https://physio.example');
    expect(normaliseOrigin('http://127.0.0.1:5174')).toBe('http://127.0.0.1:5174');
    for (const bad of [
      'https://physio.example/book',
      'https://a.example?x=1',
      'https://u:p@a.example',
      'ftp://a.example',
      'physio',
    ]) {
      expect(normaliseOrigin(bad), bad).toBeUndefined();
    }
    expect(isOrigin('https://physio.example')).toBe(true);
    expect(isOrigin('https://physio.example/')).toBe(false);
  });

  it('checks a partner, naming the origin at fault', () => {
    expect(parsePartnerProfile({ name: ' Physio ', origins: ['https://a.example/', 'https://a.example'] })).toEqual({
      ok: true,
      value: { name: 'Physio', origins: ['https://a.example'] },
    });
    expect(parsePartnerProfile({ name: 'Physio', origins: ['https://a.example', 'nope'] })).toMatchObject({
      ok: false,
      error: { field: 'origins.1' },
    });
    expect(parsePartnerProfile({ name: ' ', origins: [] })).toMatchObject({ ok: false, error: { field: 'name' } });
  });
});
