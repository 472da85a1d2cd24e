import type { TestApi } from './test-api.js';

/** The demo console accounts the seed creates (outside production). */
export const DEMO_LOGINS = {
  ADMIN: { email: 'admin@demo.example', password: 'demo-admin-password' },
  COORDINATOR: { email: 'coordinator@demo.example', password: 'demo-coordinator-password' },
  THERAPIST: { email: 'therapist@demo.example', password: 'demo-therapist-password' },
} as const;

export const DEMO_PUBLISHABLE_KEY = 'pk_demo_harbourside';
export const DEMO_PARTNER_ORIGIN = 'http://127.0.0.1:5174';

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { id role } }';

/** Signs in and returns the Cookie header that carries the session. */
export async function signIn(t: TestApi, login: { email: string; password: string }): Promise<string> {
  const response = await t.post({ query: SIGN_IN, variables: { input: login } });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${JSON.stringify(await response.json())}`);
  return cookie;
}

/** Headers of a signed-in console call. */
export const asStaff = (cookie: string) => ({ cookie });

/** The demo partner's id, read by an admin. */
export async function demoPartnerId(t: TestApi, admin: string): Promise<string> {
  const { data } = await t.graphql<{ partners: { id: string; name: string }[] }>(
    '{ partners { id name } }',
    {},
    asStaff(admin),
  );
  const partner = data?.partners.find((p) => p.name === 'Harbourside Physio');
  if (!partner) throw new Error('no demo partner');
  return partner.id;
}

/** A new key of the partner, issued by an admin: the whole key. */
export async function issueKey(
  t: TestApi,
  admin: string,
  partnerId: string,
  kind: 'PUBLISHABLE' | 'SECRET',
): Promise<{ id: string; token: string }> {
  const { data, errors } = await t.graphql<{ issuePartnerKey: { token: string; key: { id: string } } }>(
    'mutation ($p: ID!, $k: PartnerKeyKind!) { issuePartnerKey(partnerId: $p, kind: $k) { token key { id } } }',
    { p: partnerId, k: kind },
    asStaff(admin),
  );
  if (!data) throw new Error(`issuePartnerKey failed: ${JSON.stringify(errors)}`);
  return { id: data.issuePartnerKey.key.id, token: data.issuePartnerKey.token };
}
