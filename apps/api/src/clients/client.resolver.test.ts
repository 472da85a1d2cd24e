import { afterAll, beforeAll, expect, it } from 'vitest';
import { bookingInput, createBooking, firstSlot, treatmentId } from '../test-support/booking-fixtures.js';
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

type Client = { id: string; name: string; email: string; phone: string; bookingCount: number };
const CLIENTS = `query ($s: String, $first: Int, $after: String) {
  clients(search: $s, first: $first, after: $after) { edges { node { id name email phone bookingCount } } pageInfo { endCursor hasNextPage } }
}`;

it('finds clients by name, email or phone, a page at a time, with their bookings', async () => {
  const deepTissue = await treatmentId(t, 'deep-tissue');
  const slot = await firstSlot(t, { treatmentId: deepTissue, postcode: '2000' }, 4);
  const made = await createBooking(
    t,
    bookingInput({
      treatmentId: deepTissue,
      start: slot.start,
      client: { name: 'Quinn Searchable', email: 'quinn.s@example.com', phone: '0413 222 333' },
    }),
  );
  expect(made.errors).toBeUndefined();
  for (const search of ['searchable', 'QUINN.S@', '0413222']) {
    const { data } = await t.graphql<{ clients: { edges: { node: Client }[] } }>(CLIENTS, { s: search }, coordinator);
    expect(
      data?.clients.edges.map((e) => e.node.name),
      search,
    ).toEqual(['Quinn Searchable']);
    expect(data?.clients.edges[0]?.node.bookingCount).toBe(1);
  }
  const seen: string[] = [];
  let after: string | null = null;
  do {
    const page: {
      data?: {
        clients: { edges: { node: Client }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
      } | null;
    } = await t.graphql(CLIENTS, { first: 1, after }, coordinator);
    seen.push(...(page.data?.clients.edges.map((e) => e.node.id) ?? []));
    after = page.data?.clients.pageInfo.hasNextPage ? page.data.clients.pageInfo.endCursor : null;
  } while (after);
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen.length).toBeGreaterThanOrEqual(2);

  const id = (await t.graphql<{ clients: { edges: { node: Client }[] } }>(CLIENTS, { s: 'quinn' }, coordinator)).data
    ?.clients.edges[0]?.node.id;
  const bookings = await t.graphql<{ staffBookings: { edges: { node: { reference: string } }[] } }>(
    'query ($f: StaffBookingFilter) { staffBookings(filter: $f) { edges { node { reference } } } }',
    { f: { clientId: id } },
    coordinator,
  );
  expect(bookings.data?.staffBookings.edges.map((e) => e.node.reference)).toEqual([
    made.data?.createBooking.booking.reference,
  ]);
});

it('lets staff change contact details, carried to bookings still to come; a taken email is refused', async () => {
  const { data } = await t.graphql<{ clients: { edges: { node: Client }[] } }>(CLIENTS, { s: 'quinn' }, coordinator);
  const id = data?.clients.edges[0]?.node.id;
  const UPDATE =
    'mutation ($id: ID!, $c: ClientInput!) { updateClientContact(id: $id, client: $c) { name email phone } }';
  const changed = await t.graphql(
    UPDATE,
    { id, c: { name: 'Quinn Found', email: 'Quinn.F@Example.com', phone: '0413 999 888' } },
    coordinator,
  );
  expect(changed.data).toEqual({
    updateClientContact: { name: 'Quinn Found', email: 'quinn.f@example.com', phone: '+61413999888' },
  });
  const [booking] = await t.sql<{ client_phone: string }>('select client_phone from booking where client_id = ?', [id]);
  expect(booking?.client_phone).toBe('+61413999888');

  const taken = await t.graphql(
    UPDATE,
    { id, c: { name: 'Quinn', email: 'demo.client@example.com', phone: '0413 999 888' } },
    coordinator,
  );
  expect(taken.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'client.email' });
  const bad = await t.graphql(
    UPDATE,
    { id, c: { name: 'Quinn', email: 'quinn@example.com', phone: '12' } },
    coordinator,
  );
  expect(bad.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'client.phone' });
  const [still] = await t.sql<{ name: string }>('select name from client where id = ?', [id]);
  expect(still?.name).toBe('Quinn Found');
});
