import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asStaff, DEMO_LOGINS, signIn } from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { email role displayName } }';
const ME = '{ me { email role displayName therapistId } }';

const codeOf = (result: { errors?: { extensions?: { code?: string } }[] }) => result.errors?.[0]?.extensions?.code;

describe('signing in to the console', () => {
  it('opens a session in an HttpOnly, SameSite=Strict cookie; the account is known by it', async () => {
    const response = await t.post({ query: SIGN_IN, variables: { input: { ...DEMO_LOGINS.COORDINATOR } } });
    expect(await response.json()).toEqual({
      data: { signIn: { email: 'coordinator@demo.example', role: 'COORDINATOR', displayName: 'Casey Coordinator' } },
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^mm_session=[\w-]{40,}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Strict$/);
    const me = await t.graphql(ME, {}, asStaff(cookie.split(';')[0] ?? ''));
    expect(me.data).toEqual({
      me: {
        email: 'coordinator@demo.example',
        role: 'COORDINATOR',
        displayName: 'Casey Coordinator',
        therapistId: null,
      },
    });
    // the database keeps only a hash of the token
    const token = cookie.split(';')[0]?.split('=')[1] ?? '';
    expect(await t.sql('select 1 from staff_session where id = ?', [token])).toEqual([]);
  });

  it('sets a Secure __Host- cookie when the request came over HTTPS', async () => {
    const secure = await startTestApi({ TRUST_PROXY: 'loopback' });
    try {
      const response = await secure.post(
        { query: SIGN_IN, variables: { input: { ...DEMO_LOGINS.ADMIN } } },
        { 'x-forwarded-proto': 'https' },
      );
      expect(response.headers.get('set-cookie')).toMatch(
        /^__Host-mm_session=[\w-]+; .*HttpOnly; Secure; SameSite=Strict$/,
      );
    } finally {
      await secure.close();
    }
  });

  it('answers an unknown account, a wrong password and a closed account alike', async () => {
    const admin = await signIn(t, DEMO_LOGINS.ADMIN);
    const created = await t.graphql<{ createStaffAccount: { id: string } }>(
      'mutation ($i: CreateStaffAccountInput!) { createStaffAccount(input: $i) { id } }',
      {
        i: {
          email: 'leaving@demo.example',
          displayName: 'Lee Leaving',
          role: 'COORDINATOR',
          password: 'a long enough password',
        },
      },
      asStaff(admin),
    );
    expect(created.errors).toBeUndefined();
    await t.graphql(
      'mutation ($id: ID!) { deactivateStaffAccount(id: $id) { active } }',
      {
        id: created.data?.createStaffAccount.id,
      },
      asStaff(admin),
    );

    const answers = [];
    for (const input of [
      { email: 'nobody@demo.example', password: 'demo-admin-password' },
      { email: 'admin@demo.example', password: 'not the password' },
      { email: 'leaving@demo.example', password: 'a long enough password' },
    ]) {
      const response = await t.post({ query: SIGN_IN, variables: { input } });
      expect(response.headers.get('set-cookie')).toBeNull();
      const { errors } = (await response.json()) as { errors: { message: string; extensions: unknown }[] };
      answers.push({ message: errors[0]?.message, extensions: errors[0]?.extensions });
    }
    expect(answers[0]).toEqual({
      message: 'The email or password is not right',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });

  it('ends a session on sign-out: the cookie is cleared and no longer works', async () => {
    const cookie = await signIn(t, DEMO_LOGINS.THERAPIST);
    expect((await t.graphql(ME, {}, asStaff(cookie))).data).toMatchObject({ me: { role: 'THERAPIST' } });
    const out = await t.post({ query: 'mutation { signOut }' }, asStaff(cookie));
    expect(await out.json()).toEqual({ data: { signOut: true } });
    expect(out.headers.get('set-cookie')).toMatch(/^mm_session=; Max-Age=0/);
    expect(codeOf(await t.graphql(ME, {}, asStaff(cookie)))).toBe('UNAUTHENTICATED');
  });

  it('ends sessions idle too long, or past their absolute expiry; a stale cookie is cleared', async () => {
    const idle = await signIn(t, DEMO_LOGINS.COORDINATOR);
    const absolute = await signIn(t, DEMO_LOGINS.COORDINATOR);
    await t.sql(
      "update staff_session set last_seen_at = now() - interval '31 minutes' where id = encode(sha256(convert_to(?, 'UTF8')), 'hex')",
      [idle.split('=')[1]],
    );
    await t.sql(
      "update staff_session set created_at = now() - interval '13 hours', expires_at = now() - interval '1 hour' where id = encode(sha256(convert_to(?, 'UTF8')), 'hex')",
      [absolute.split('=')[1]],
    );
    for (const cookie of [idle, absolute]) {
      const response = await t.post({ query: ME }, asStaff(cookie));
      expect(response.headers.get('set-cookie')).toMatch(/^mm_session=; Max-Age=0/);
      expect(codeOf((await response.json()) as { errors?: { extensions?: { code?: string } }[] })).toBe(
        'UNAUTHENTICATED',
      );
    }
  });

  it('refuses a session cookie sent from another site (CSRF), and any key-less call from one', async () => {
    const cookie = await signIn(t, DEMO_LOGINS.ADMIN);
    const fromConsole = await t.post({ query: ME }, { ...asStaff(cookie), origin: 'http://127.0.0.1:5173' });
    expect(((await fromConsole.json()) as { data: unknown }).data).toMatchObject({ me: { role: 'ADMIN' } });
    const forged = await t.post(
      { query: 'mutation { signOut }' },
      { ...asStaff(cookie), origin: 'https://evil.example' },
    );
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    // a form post (text/plain) never reaches GraphQL
    const form = await t.post(JSON.stringify({ query: 'mutation { signOut }' }), {
      ...asStaff(cookie),
      'content-type': 'text/plain',
    });
    expect(form.status).toBe(415);
    expect((await t.graphql(ME, {}, asStaff(cookie))).data).toMatchObject({ me: { role: 'ADMIN' } });
  });
});

describe('staff accounts (ADMIN)', () => {
  let admin: string;
  beforeAll(async () => {
    admin = await signIn(t, DEMO_LOGINS.ADMIN);
  });
  const create = (input: Record<string, unknown>) =>
    t.graphql<{ createStaffAccount: { email: string; role: string } }>(
      'mutation ($i: CreateStaffAccountInput!) { createStaffAccount(input: $i) { email role } }',
      { i: { displayName: 'New Person', role: 'COORDINATOR', password: 'correct horse battery', ...input } },
      asStaff(admin),
    );

  it('creates accounts with checked input; the password is stored as Argon2id only', async () => {
    expect((await create({ email: ' New.Person@Demo.Example ' })).data).toEqual({
      createStaffAccount: { email: 'new.person@demo.example', role: 'COORDINATOR' },
    });
    const [row] = await t.sql<{ password_hash: string }>(
      "select password_hash from staff_account where email = 'new.person@demo.example'",
    );
    expect(row?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await signIn(t, { email: 'new.person@demo.example', password: 'correct horse battery' })).toMatch(
      /^mm_session=/,
    );

    for (const [input, field] of [
      [{ email: 'new.person@demo.example' }, 'email'],
      [{ email: 'not-an-email' }, 'email'],
      [{ email: 'short@demo.example', password: 'too short' }, 'password'],
      [{ email: 'ther@demo.example', role: 'THERAPIST' }, 'therapistId'],
      [
        { email: 'ther@demo.example', role: 'THERAPIST', therapistId: '00000000-0000-4000-8000-000000000000' },
        'therapistId',
      ],
      [{ email: 'x@demo.example', displayName: ' ' }, 'displayName'],
    ] as const) {
      const result = await create(input);
      expect(result.errors?.[0]?.extensions, JSON.stringify(input)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });

  it('deactivating an account signs it out everywhere; nobody deactivates themselves', async () => {
    const created = await t.graphql<{ createStaffAccount: { id: string } }>(
      'mutation ($i: CreateStaffAccountInput!) { createStaffAccount(input: $i) { id } }',
      { i: { email: 'temp@demo.example', displayName: 'Temp', role: 'COORDINATOR', password: 'temporary password' } },
      asStaff(admin),
    );
    const id = created.data?.createStaffAccount.id;
    const sessions = [
      await signIn(t, { email: 'temp@demo.example', password: 'temporary password' }),
      await signIn(t, { email: 'temp@demo.example', password: 'temporary password' }),
    ];
    const closed = await t.graphql(
      'mutation ($id: ID!) { deactivateStaffAccount(id: $id) { active } }',
      { id },
      asStaff(admin),
    );
    expect(closed.data).toEqual({ deactivateStaffAccount: { active: false } });
    for (const cookie of sessions) expect(codeOf(await t.graphql(ME, {}, asStaff(cookie)))).toBe('UNAUTHENTICATED');

    const me = await t.graphql<{ me: { id: string } }>('{ me { id } }', {}, asStaff(admin));
    const self = await t.graphql(
      'mutation ($id: ID!) { deactivateStaffAccount(id: $id) { id } }',
      { id: me.data?.me.id },
      asStaff(admin),
    );
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('changes the role of another account and signs it out; a therapist account names its therapist', async () => {
    const created = await t.graphql<{ createStaffAccount: { id: string } }>(
      'mutation ($i: CreateStaffAccountInput!) { createStaffAccount(input: $i) { id } }',
      { i: { email: 'mover@demo.example', displayName: 'Mover', role: 'COORDINATOR', password: 'moving password' } },
      asStaff(admin),
    );
    const id = created.data?.createStaffAccount.id;
    const session = await signIn(t, { email: 'mover@demo.example', password: 'moving password' });
    const CHANGE =
      'mutation ($id: ID!, $role: StaffRole!, $th: ID) { changeStaffRole(id: $id, role: $role, therapistId: $th) { role therapistId } }';
    const bare = await t.graphql(CHANGE, { id, role: 'THERAPIST' }, asStaff(admin));
    expect(bare.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'therapistId' });
    const [therapist] = await t.sql<{ id: string }>('select id from therapist order by display_name limit 1');
    const changed = await t.graphql(CHANGE, { id, role: 'THERAPIST', th: therapist?.id }, asStaff(admin));
    expect(changed.data).toEqual({ changeStaffRole: { role: 'THERAPIST', therapistId: therapist?.id } });
    expect(codeOf(await t.graphql(ME, {}, asStaff(session)))).toBe('UNAUTHENTICATED');

    const me = await t.graphql<{ me: { id: string } }>('{ me { id } }', {}, asStaff(admin));
    const self = await t.graphql(CHANGE, { id: me.data?.me.id, role: 'COORDINATOR' }, asStaff(admin));
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'role' });
  });
});
