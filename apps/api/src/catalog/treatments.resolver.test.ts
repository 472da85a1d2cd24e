import { afterAll, beforeAll, expect, it } from 'vitest';
import { asStaff, DEMO_LOGINS, signIn } from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

let t: TestApi;
let coordinator: Record<string, string>;
beforeAll(async () => {
  t = await startTestApi();
  coordinator = asStaff(await signIn(t, DEMO_LOGINS.COORDINATOR));
});
afterAll(async () => {
  await t?.close();
});

const input = {
  slug: 'hot-stone',
  name: 'Hot stone massage',
  description: 'Warm basalt stones along the back.',
  requiresReferral: false,
  techniques: ['SWEDISH'],
  position: 9,
};
const PUBLIC = '{ treatments { slug name } }';

it('adds, edits and takes a treatment off sale; the public catalogue follows at once', async () => {
  const created = await t.graphql<{ createTreatment: { id: string; active: boolean } }>(
    'mutation ($i: TreatmentInput!) { createTreatment(input: $i) { id active } }',
    { i: input },
    coordinator,
  );
  expect(created.data?.createTreatment.active).toBe(true);
  const id = created.data?.createTreatment.id;
  expect((await t.graphql<{ treatments: { slug: string }[] }>(PUBLIC)).data?.treatments.map((x) => x.slug)).toContain(
    'hot-stone',
  );

  const edited = await t.graphql(
    'mutation ($id: ID!, $i: TreatmentInput!) { updateTreatment(id: $id, input: $i) { name } }',
    { id, i: { ...input, name: 'Hot stone therapy' } },
    coordinator,
  );
  expect(edited.data).toEqual({ updateTreatment: { name: 'Hot stone therapy' } });

  const off = await t.graphql(
    'mutation ($id: ID!) { setTreatmentActive(id: $id, active: false) { active } }',
    { id },
    coordinator,
  );
  expect(off.data).toEqual({ setTreatmentActive: { active: false } });
  expect(
    (await t.graphql<{ treatments: { slug: string }[] }>(PUBLIC)).data?.treatments.map((x) => x.slug),
  ).not.toContain('hot-stone');
  const all = await t.graphql<{ staffTreatments: { slug: string; active: boolean }[] }>(
    '{ staffTreatments { slug active } }',
    {},
    coordinator,
  );
  expect(all.data?.staffTreatments.find((x) => x.slug === 'hot-stone')?.active).toBe(false);
});

it('refuses a taken slug and a bad one, naming the field', async () => {
  const CREATE = 'mutation ($i: TreatmentInput!) { createTreatment(input: $i) { id } }';
  const taken = await t.graphql(CREATE, { i: { ...input, slug: 'deep-tissue' } }, coordinator);
  expect(taken.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'slug' });
  const bad = await t.graphql(CREATE, { i: { ...input, slug: 'Hot Stone!' } }, coordinator);
  expect(bad.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'slug' });
});
