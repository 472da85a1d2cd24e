import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sydneyDate, treatmentId } from '../test-support/booking-fixtures.js';
import { asStaff, DEMO_LOGINS, signIn } from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';
import { COMPRESS_FROM_BYTES } from './compress.js';

let t: TestApi;
let fortnight: { query: string; variables: Record<string, unknown> };
let coordinator: string;
beforeAll(async () => {
  t = await startTestApi();
  coordinator = await signIn(t, DEMO_LOGINS.COORDINATOR);
  fortnight = {
    query: `query ($input: AvailabilityInput!) {
      availability(input: $input) { date slots { start end therapists { id displayName bio } } }
    }`,
    variables: {
      input: {
        treatmentId: await treatmentId(t, 'deep-tissue'),
        durationMinutes: 60,
        from: sydneyDate(1),
        to: sydneyDate(14),
        timeZone: 'Australia/Sydney',
      },
    },
  };
});
afterAll(async () => {
  await t?.close();
});

/** The answer's encoding as sent, and its text as the client decoded it. */
async function ask(body: unknown, headers: Record<string, string>): Promise<{ encoding: string | null; text: string }> {
  const response = await t.post(body, headers);
  expect(response.status).toBe(200);
  return { encoding: response.headers.get('content-encoding'), text: await response.text() };
}

describe('compressed answers', () => {
  it('sends a large public answer gzip or brotli, as asked, and the same answer as uncompressed', async () => {
    const plain = await ask(fortnight, { 'accept-encoding': 'identity' });
    expect(plain.encoding).toBeNull();
    // fetch asks for gzip unless told otherwise: an empty header is a client that names no encoding
    expect((await ask(fortnight, { 'accept-encoding': '' })).encoding).toBeNull();
    expect(plain.text.length).toBeGreaterThan(COMPRESS_FROM_BYTES);
    expect(JSON.parse(plain.text)).not.toHaveProperty('errors');
    const gzip = await ask(fortnight, { 'accept-encoding': 'gzip' });
    expect(gzip.encoding).toBe('gzip');
    expect(JSON.parse(gzip.text)).toEqual(JSON.parse(plain.text));
    const brotli = await ask(fortnight, { 'accept-encoding': 'br' });
    expect(brotli.encoding).toBe('br');
    expect(JSON.parse(brotli.text)).toEqual(JSON.parse(plain.text));
  });

  it('sends a small answer as it is', async () => {
    const small = await ask({ query: '{ treatments { id } }' }, { 'accept-encoding': 'gzip, br' });
    expect(small.text.length).toBeLessThan(COMPRESS_FROM_BYTES);
    expect(small.encoding).toBeNull();
  });

  it('never compresses an answer to a staff session', async () => {
    const staff = await ask(fortnight, { 'accept-encoding': 'gzip, br', ...asStaff(coordinator) });
    expect(staff.text.length).toBeGreaterThan(COMPRESS_FROM_BYTES);
    expect(staff.encoding).toBeNull();
  });
});
