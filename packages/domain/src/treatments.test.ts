import { describe, expect, it } from 'vitest';
import { parseTreatment } from './treatments.js';

describe('parseTreatment', () => {
  const input = {
    slug: ' Hot-Stone ',
    name: ' Hot stone massage ',
    description: 'Warm basalt stones.',
    requiresReferral: false,
    techniques: ['SWEDISH', 'SWEDISH'],
    position: 7,
  };

  it('tidies a good treatment', () => {
    expect(parseTreatment(input)).toEqual({
      ok: true,
      value: { ...input, slug: 'hot-stone', name: 'Hot stone massage', techniques: ['SWEDISH'] },
    });
  });

  it.each([
    [{ slug: 'hot stone' }, 'slug'],
    [{ name: '' }, 'name'],
    [{ techniques: ['REIKI'] }, 'techniques'],
    [{ position: -1 }, 'position'],
  ])('names the field at fault: %o', (change, field) => {
    expect(parseTreatment({ ...input, ...change })).toMatchObject({ ok: false, error: { field } });
  });
});
