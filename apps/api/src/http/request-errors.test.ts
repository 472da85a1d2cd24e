import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingInput, firstSlot, treatmentId } from '../test-support/booking-fixtures.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

let t: TestApi;
let deepTissue: string;
let start: string;
beforeAll(async () => {
  t = await startTestApi();
  deepTissue = await treatmentId(t, 'deep-tissue');
  start = (await firstSlot(t, { treatmentId: deepTissue, postcode: '2000' })).start;
});
afterAll(async () => {
  await t?.close();
});

interface Answer {
  status: number;
  contentType: string | null;
  text: string;
  errors: { message: string; extensions?: { code?: string; field?: string } }[];
}

async function answer(response: Response): Promise<Answer> {
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    text,
    errors: (JSON.parse(text) as { errors?: Answer['errors'] }).errors ?? [],
  };
}

/** A refusal as the contract has it: JSON, a contract code, nothing of the server's insides. */
function expectRefusal(a: Answer, code = 'BAD_USER_INPUT') {
  expect(a.contentType).toMatch(/^application\/json/);
  expect(a.errors[0]?.extensions?.code).toBe(code);
  expect(a.text).not.toMatch(/node_modules|<html|stack|\n\s+at |select |insert into/i);
}

const counts = async () =>
  (
    await t.sql<{ n: number }>(
      'select (select count(*) from booking) + (select count(*) from client) + (select count(*) from address) as n',
    )
  )[0]?.n;

const CREATE = 'mutation ($input: CreateBookingInput!) { createBooking(input: $input) { manageToken } }';

describe('malformed requests get a JSON contract error', () => {
  it.each([
    ['malformed JSON', '{"query": "{ __typename }"', {}, 400],
    ['an empty body', '', {}, 400],
    ['a null body', 'null', {}, 400],
    ['a JSON string', '"{ __typename }"', {}, 400],
    ['a batch', JSON.stringify([{ query: '{ __typename }' }]), {}, 400],
    ['no query', JSON.stringify({ variables: {} }), {}, 400],
    [
      'a persisted-query hash',
      JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'ab'.repeat(32) } } }),
      {},
      400,
    ],
    ['a body over 100 KB', JSON.stringify({ query: '{ __typename }', variables: { x: 'a'.repeat(120_000) } }), {}, 413],
    ['a wrong content type', JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' }, 415],
    ['a form', 'query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
    ['a gzip body that is not gzip', 'not gzip at all', { 'content-encoding': 'gzip' }, 400],
    ['a deflate body that is not deflate', 'not deflate', { 'content-encoding': 'deflate' }, 400],
    ['a brotli body that is not brotli', '{"query":"{ __typename }"}', { 'content-encoding': 'br' }, 400],
  ] as const)('%s', async (_what, body, headers, status) => {
    const a = await answer(await t.post(body, headers));
    expect(a.status).toBe(status);
    expectRefusal(a);
  });

  it('a GET, a subscription, a syntax error and an unknown field', async () => {
    const get = await answer(await fetch(`${t.url}/graphql?query=%7B__typename%7D`));
    expect(get.status).toBe(405);
    expectRefusal(get);
    for (const query of ['subscription { treatments { id } }', '{ treatments {', '{ treatments { nope } }']) {
      expectRefusal(await answer(await t.post({ query })));
    }
  });
});

describe('text no field can take', () => {
  const fields: [string, (value: string) => Record<string, unknown>][] = [
    ['idempotencyKey', (v) => ({ idempotencyKey: v })],
    ['referralCode', (v) => ({ referralCode: v })],
    ['intakeNotes', (v) => ({ intakeNotes: v })],
    ['client.name', (v) => ({ client: { name: v, email: 'a@example.com', phone: '0412345678' } })],
    ['client.email', (v) => ({ client: { name: 'A', email: v, phone: '0412345678' } })],
    ['client.phone', (v) => ({ client: { name: 'A', email: 'a@example.com', phone: v } })],
    ...(['line1', 'line2', 'suburb', 'state', 'postcode', 'country'] as const).map(
      (field): [string, (value: string) => Record<string, unknown>] => [
        `address.${field}`,
        (v) => ({ address: { line1: '1 Harbour St', suburb: 'Sydney', postcode: '2000', country: 'AU', [field]: v } }),
      ],
    ),
  ];

  it.each([
    ['a NUL character', (s: string) => `${s}\u0000`],
    ['an unpaired surrogate', (s: string) => `${s}\ud800`],
    ['10,001 characters', () => 'x'.repeat(10_001)],
  ])('%s is refused in every field, named, echoing nothing, changing nothing', async (_what, spoil) => {
    const before = await counts();
    for (const [field, input] of fields) {
      const a = await answer(
        await t.post({
          query: CREATE,
          variables: { input: bookingInput({ treatmentId: deepTissue, start, ...input(spoil('ok')) }) },
        }),
      );
      expect(a.errors[0]?.extensions, field).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(a.text).not.toContain('x'.repeat(50));
    }
    for (const query of [
      'query ($c: String!) { checkReferral(code: $c) { valid } }',
      'query ($c: String!) { booking(reference: $c, manageToken: "t") { id } }',
    ]) {
      const a = await answer(await t.post({ query, variables: { c: spoil('RX') } }));
      expect(a.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    // written into the query itself: refused as a field, or already by the parser (an escaped lone surrogate)
    const literal = await answer(
      await t.post({ query: `{ checkReferral(code: ${JSON.stringify(spoil('RX'))}) { valid } }` }),
    );
    expect(literal.errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(literal.errors[0]?.extensions?.field ?? 'code').toBe('code');
    expect(await counts()).toBe(before);
  });

  it('a variable nested deeper than 16 levels is refused at once, naming its argument', async () => {
    const query = 'query ($c: String!) { checkReferral(code: $c) { valid } }';
    for (const depth of [17, 15_000]) {
      for (const [open, close] of [
        ['[', ']'],
        ['{"a":', '}'],
      ] as const) {
        const body = `{"query":${JSON.stringify(query)},"variables":{"c":${open.repeat(depth)}1${close.repeat(depth)}}}`;
        const a = await answer(await t.post(body));
        expect(a.status).toBe(400);
        expect(a.errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'code' });
        expect(a.errors[0]?.message).toBe('code nests deeper than 16 levels');
      }
    }
  });

  it('text over a field’s own limit is refused, never cut, in every field alike', async () => {
    const before = await counts();
    for (const [field, length] of [
      ['address.line2', 201],
      ['address.state', 51],
      ['address.line1', 201],
      ['address.suburb', 101],
      ['client.name', 201],
      ['intakeNotes', 4001],
      ['idempotencyKey', 201],
    ] as const) {
      const entry = fields.find(([name]) => name === field);
      const a = await answer(
        await t.post({
          query: CREATE,
          variables: { input: bookingInput({ treatmentId: deepTissue, start, ...entry?.[1]('y'.repeat(length)) }) },
        }),
      );
      expect(a.errors[0]?.extensions, field).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(a.errors[0]?.message).toMatch(/at most \d+ characters|1 to \d+ printable characters/);
      expect(a.text).not.toContain('y'.repeat(40));
    }
    expect(await counts()).toBe(before);
  });
});

describe('DateTime is RFC 3339, within years and offsets that exist', () => {
  it.each([
    '+275760-09-13T00:00:00Z',
    '0001-01-01T00:00:00Z',
    '2026-12-01T09:00:00+99:00',
    '2026-12-01T09:00:00+14:30',
    '2026-12-01T09:00:00-15:00',
    '2026-W49-2T09:00:00Z',
    '2026-12-01t09:00:00Z',
    '2026-12-01T09:00:00z',
    '2026-12-01T09:00Z',
    '2026-12-01 09:00:00Z',
    '2026-12-01T09:00:00',
    '2026-02-30T09:00:00Z',
    '1764543600000',
  ])('%s is BAD_USER_INPUT on start', async (value) => {
    const query =
      'mutation ($s: DateTime!) { rescheduleBooking(reference: "BK-222222", manageToken: "t", start: $s) { id } }';
    const a = await answer(await t.post({ query, variables: { s: value } }));
    expect(a.errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'start' });
    const inline = await answer(
      await t.post({
        query: `mutation { rescheduleBooking(reference: "BK-222222", manageToken: "t", start: ${JSON.stringify(value)}) { id } }`,
      }),
    );
    expect(inline.errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'start' });
  });

  it('an instant with an offset up to ±14:00 reaches the operation', async () => {
    const query =
      'mutation ($s: DateTime!) { rescheduleBooking(reference: "BK-222222", manageToken: "t", start: $s) { id } }';
    for (const value of ['2026-12-01T09:00:00+14:00', '2026-12-01T09:00:00.123-12:00', '2026-12-01T09:00:00Z']) {
      const a = await answer(await t.post({ query, variables: { s: value } }));
      expect(a.errors[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});

describe('input named by its place', () => {
  it('a missing or unknown input field is named', async () => {
    const missing = await t.graphql(CREATE, {
      input: {
        ...bookingInput({ treatmentId: deepTissue, start }),
        client: { name: 'Jane Marker', phone: '0412345678' },
      },
    });
    expect(missing.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'client.email' });
    expect(missing.errors?.[0]?.message).not.toContain('Jane Marker'); // a client's details are not echoed
    const unknown = await t.graphql(CREATE, {
      input: {
        ...bookingInput({ treatmentId: deepTissue, start }),
        address: { line1: 'a', suburb: 'b', postcode: '2000', country: 'AU', planet: 'x'.repeat(300) },
      },
    });
    expect(unknown.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'address.planet' });
    expect(unknown.errors?.[0]?.message).not.toContain('x'.repeat(40));
  });
});
