import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingInput, createBooking, firstSlot, treatmentId } from '../test-support/booking-fixtures.js';
import {
  asStaff,
  DEMO_LOGINS,
  DEMO_PARTNER_ORIGIN,
  DEMO_PUBLISHABLE_KEY,
  demoPartnerId,
  issueKey,
  signIn,
} from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

let t: TestApi;
let admin: string;
let partnerId: string;
let deepTissue: string;
let medical: string;
beforeAll(async () => {
  t = await startTestApi();
  admin = await signIn(t, DEMO_LOGINS.ADMIN);
  partnerId = await demoPartnerId(t, admin);
  deepTissue = await treatmentId(t, 'deep-tissue');
  medical = await treatmentId(t, 'medical-massage');
});
afterAll(async () => {
  await t?.close();
});

const pk = (origin?: string) => ({
  'x-partner-key': DEMO_PUBLISHABLE_KEY,
  ...(origin ? { origin } : {}),
});
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const TYPENAME = { query: '{ __typename }' };

async function refusal(response: Response) {
  const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
  return { status: response.status, code: body.errors[0]?.extensions.code };
}

describe('publishable keys', () => {
  it('an empty key header is no key: the operator’s own channel', async () => {
    expect((await t.post(TYPENAME, { 'x-partner-key': '', origin: 'http://127.0.0.1:5173' })).status).toBe(200);
    expect(await refusal(await t.post(TYPENAME, { 'x-partner-key': '', origin: DEMO_PARTNER_ORIGIN }))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
  });

  it("are accepted from the partner's origins, and without an Origin (not from a browser)", async () => {
    for (const headers of [pk(DEMO_PARTNER_ORIGIN), pk('http://localhost:5174'), pk()]) {
      const response = await t.post(TYPENAME, headers);
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
    }
  });

  it('are FORBIDDEN from any other origin, and an unknown key is UNAUTHENTICATED', async () => {
    expect(await refusal(await t.post(TYPENAME, pk('https://evil.example')))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
    expect(await refusal(await t.post(TYPENAME, pk('null')))).toEqual({ status: 403, code: 'FORBIDDEN' });
    const madeUp = { 'x-partner-key': `pk_${'x'.repeat(8000)}`, origin: DEMO_PARTNER_ORIGIN };
    expect(await refusal(await t.post(TYPENAME, madeUp))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await refusal(await t.post(TYPENAME, { 'x-partner-key': 'sk_not_here' }))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });

  it('reach the public operations only', async () => {
    for (const query of ['{ partners { id } }', '{ me { id } }', '{ partnerBookings { edges { cursor } } }']) {
      const { errors } = await t.graphql(query, {}, pk(DEMO_PARTNER_ORIGIN));
      expect(errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
    }
    const signIn = await t.graphql(
      'mutation { signIn(input: { email: "admin@demo.example", password: "demo-admin-password" }) { id } }',
      {},
      pk(DEMO_PARTNER_ORIGIN),
    );
    expect(signIn.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it("limit what the partner may sell to its treatments; bookings are the partner's", async () => {
    const { data: all } = await t.graphql<{ treatments: { id: string }[] }>('{ treatments { id } }');
    await t.graphql(
      'mutation ($id: ID!, $i: PartnerInput!) { updatePartner(id: $id, input: $i) { id } }',
      {
        id: partnerId,
        i: { name: 'Harbourside Physio', origins: [DEMO_PARTNER_ORIGIN], treatmentIds: [deepTissue] },
      },
      asStaff(admin),
    );
    const { data: sold } = await t.graphql<{ treatments: { id: string }[] }>('{ treatments { id } }', {}, pk());
    expect(sold?.treatments.map((x) => x.id)).toEqual([deepTissue]);
    expect(all?.treatments.length).toBeGreaterThan(1);

    const refused = await createBooking(
      t,
      bookingInput({ treatmentId: medical, start: '2030-01-01T10:00:00+11:00', referralCode: 'RX-DEMO-BACK' }),
      pk(),
    );
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'treatmentId' });
    const availability = await t.graphql(
      'query ($i: AvailabilityInput!) { availability(input: $i) { date } }',
      {
        i: {
          treatmentId: medical,
          durationMinutes: 60,
          from: '2030-01-01',
          to: '2030-01-02',
          timeZone: 'Australia/Sydney',
        },
      },
      pk(),
    );
    expect(availability.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'treatmentId' });

    const slot = await firstSlot(t, { treatmentId: deepTissue, postcode: '2000' });
    const booked = await createBooking(t, bookingInput({ treatmentId: deepTissue, start: slot.start }), pk());
    expect(booked.errors).toBeUndefined();
    const [row] = await t.sql<{ partner_id: string }>('select partner_id from booking where reference = ?', [
      booked.data?.createBooking.booking.reference,
    ]);
    expect(row?.partner_id).toBe(partnerId);
  });
});

describe('secret keys', () => {
  it('are shown once, stored as a hash, and listed by a hint and their last use', async () => {
    const { id, token } = await issueKey(t, admin, partnerId, 'SECRET');
    expect(token).toMatch(/^sk_[\w-]{32}$/);
    const rows = await t.sql<Record<string, unknown>>('select * from partner_key where id = ?', [id]);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(token.slice(3, 20));

    const before = await t.graphql<{
      partners: { keys: { id: string; hint: string; publishableKey: string | null; lastUsedAt: string | null }[] }[];
    }>('{ partners { keys { id hint publishableKey lastUsedAt } } }', {}, asStaff(admin));
    const listed = before.data?.partners.flatMap((p) => p.keys).find((k) => k.id === id);
    expect(listed).toEqual({ id, hint: `sk_…${token.slice(-4)}`, publishableKey: null, lastUsedAt: null });

    expect((await t.post(TYPENAME, bearer(token))).status).toBe(200);
    await expect
      .poll(
        async () =>
          (
            await t.sql<{ used: boolean }>('select last_used_at is not null as used from partner_key where id = ?', [
              id,
            ])
          )[0]?.used,
      )
      .toBe(true);
  });

  it('are for servers: FORBIDDEN from a browser; a publishable key is no bearer token', async () => {
    const { token } = await issueKey(t, admin, partnerId, 'SECRET');
    expect(await refusal(await t.post(TYPENAME, { ...bearer(token), origin: DEMO_PARTNER_ORIGIN }))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
    expect(await refusal(await t.post(TYPENAME, bearer(DEMO_PUBLISHABLE_KEY)))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
    expect(await refusal(await t.post(TYPENAME, { 'x-partner-key': token }))).toEqual({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });

  it('stop working once revoked', async () => {
    const { id, token } = await issueKey(t, admin, partnerId, 'SECRET');
    expect((await t.post(TYPENAME, bearer(token))).status).toBe(200);
    const revoked = await t.graphql<{ revokePartnerKey: { revokedAt: string | null } }>(
      'mutation ($id: ID!) { revokePartnerKey(id: $id) { revokedAt } }',
      { id },
      asStaff(admin),
    );
    expect(revoked.data?.revokePartnerKey.revokedAt).toMatch(/^\d{4}-/);
    expect(await refusal(await t.post(TYPENAME, bearer(token)))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it("read their own partner's bookings, a page at a time, and no one else's", async () => {
    const other = await t.graphql<{ createPartner: { id: string } }>(
      'mutation ($i: PartnerInput!) { createPartner(input: $i) { id } }',
      { i: { name: 'Gym Co', origins: ['https://Gym.Example/'], treatmentIds: [deepTissue] } },
      asStaff(admin),
    );
    const otherId = other.data?.createPartner.id ?? '';
    const otherPk = await issueKey(t, admin, otherId, 'PUBLISHABLE');
    const mine = await issueKey(t, admin, partnerId, 'SECRET');
    const theirs = await issueKey(t, admin, otherId, 'SECRET');

    const references = { mine: new Set<string>(), theirs: new Set<string>() };
    for (const [i, postcode] of ['2009', '2010', '2011'].entries()) {
      const slot = await firstSlot(t, { treatmentId: deepTissue, postcode }, 5 + i);
      const address = { line1: '1 Test St', suburb: 'Sydney', postcode, country: 'AU' };
      const a = await createBooking(t, bookingInput({ treatmentId: deepTissue, start: slot.start, address }), pk());
      references.mine.add(a.data?.createBooking.booking.reference ?? '');
      const later = await firstSlot(t, { treatmentId: deepTissue, postcode }, 12 + i);
      const b = await createBooking(t, bookingInput({ treatmentId: deepTissue, start: later.start, address }), {
        'x-partner-key': otherPk.token,
        origin: 'https://gym.example',
      });
      expect(b.errors).toBeUndefined();
      references.theirs.add(b.data?.createBooking.booking.reference ?? '');
    }

    const PAGE = `query ($after: String) { partnerBookings(first: 2, after: $after) {
      edges { cursor node { reference status price { formatted } } } pageInfo { endCursor hasNextPage } } }`;
    type Page = {
      partnerBookings: {
        edges: { cursor: string; node: { reference: string } }[];
        pageInfo: { endCursor: string | null; hasNextPage: boolean };
      };
    };
    const allPages = async (token: string) => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 500; pages++) {
        const { data, errors }: { data?: Page | null; errors?: unknown } = await t.graphql<Page>(
          PAGE,
          { after },
          bearer(token),
        );
        expect(errors).toBeUndefined();
        expect(data?.partnerBookings.edges.length).toBeLessThanOrEqual(2);
        seen.push(...(data?.partnerBookings.edges.map((e) => e.node.reference) ?? []));
        if (!data?.partnerBookings.pageInfo.hasNextPage) return seen;
        after = data.partnerBookings.pageInfo.endCursor;
      }
      throw new Error('more pages than bookings');
    };
    const seenByMe = await allPages(mine.token);
    expect(new Set(seenByMe).size).toBe(seenByMe.length);
    for (const reference of references.mine) expect(seenByMe).toContain(reference);
    for (const reference of references.theirs) expect(seenByMe).not.toContain(reference);
    expect(new Set(await allPages(theirs.token))).toEqual(references.theirs);

    const bad = await t.graphql(PAGE, { after: 'not-a-cursor' }, bearer(mine.token));
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    const tooMany = await t.graphql('{ partnerBookings(first: 500) { edges { cursor } } }', {}, bearer(mine.token));
    expect(tooMany.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('partners (ADMIN)', () => {
  it('keep origins as browsers send them, and CORS answers exactly those', async () => {
    const created = await t.graphql<{ createPartner: { id: string; origins: string[] } }>(
      'mutation ($i: PartnerInput!) { createPartner(input: $i) { id origins } }',
      { i: { name: 'Clinic', origins: ['https://Clinic.Example/', 'https://clinic.example'], treatmentIds: [] } },
      asStaff(admin),
    );
    expect(created.data?.createPartner.origins).toEqual(['https://clinic.example']);
    const preflight = await fetch(`${t.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://clinic.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://clinic.example');

    for (const [origins, field] of [
      [['https://clinic.example/path'], 'origins.0'],
      [['https://ok.example', 'ftp://files.example'], 'origins.1'],
      [['clinic.example'], 'origins.0'],
    ] as const) {
      const result = await t.graphql(
        'mutation ($i: PartnerInput!) { createPartner(input: $i) { id } }',
        { i: { name: 'Bad', origins, treatmentIds: [] } },
        asStaff(admin),
      );
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    const unknownTreatment = await t.graphql(
      'mutation ($i: PartnerInput!) { createPartner(input: $i) { id } }',
      { i: { name: 'Bad', origins: [], treatmentIds: [deepTissue, '00000000-0000-4000-8000-000000000000'] } },
      asStaff(admin),
    );
    expect(unknownTreatment.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'treatmentIds.1' });
  });
});
