import { afterAll, beforeAll, expect, it } from 'vitest';
import { asStaff, DEMO_LOGINS, signIn } from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

it('lists the active team by name for staff, and the inactive too when asked', async () => {
  const coordinator = asStaff(await signIn(t, DEMO_LOGINS.COORDINATOR));
  const QUERY = `query ($all: Boolean) { therapists(includeInactive: $all) {
    id displayName active medicalQualified licenceNumber licenceExpiresOn timeZone travelBufferMinutes servicePostcodes
  } }`;
  type Row = { id: string; displayName: string; active: boolean; licenceExpiresOn: string };
  const active = await t.graphql<{ therapists: Row[] }>(QUERY, {}, coordinator);
  const names = active.data?.therapists.map((x) => x.displayName) ?? [];
  expect(names).toHaveLength(12);
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  expect(active.data?.therapists[0]?.licenceExpiresOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  const first = active.data?.therapists[0];
  await t.sql('update therapist set active = false where id = ?', [first?.id]);
  const after = await t.graphql<{ therapists: Row[] }>(QUERY, {}, coordinator);
  expect(after.data?.therapists.map((x) => x.id)).not.toContain(first?.id);
  const all = await t.graphql<{ therapists: Row[] }>(QUERY, { all: true }, coordinator);
  expect(all.data?.therapists.find((x) => x.id === first?.id)?.active).toBe(false);
});
