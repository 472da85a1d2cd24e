import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingInput, createBooking, firstSlot, treatmentId } from '../test-support/booking-fixtures.js';
import { DEMO_PUBLISHABLE_KEY } from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

let t: TestApi;
let deepTissue: string;
beforeAll(async () => {
  t = await startTestApi();
  deepTissue = await treatmentId(t, 'deep-tissue');
});
afterAll(async () => {
  await t?.close();
});

const clientRow = async (email: string) =>
  (await t.sql<{ name: string; phone: string }>('select name, phone from client where email = ?', [email]))[0];

describe("a client's details", () => {
  it('are never rewritten by someone booking with their email; the booking keeps the details it was made with', async () => {
    // Priya Shah is a demo client (her referral's); a stranger books with her email, in another spelling
    const before = await clientRow('priya.shah@example.com');
    expect(before).toEqual({ name: 'Priya Shah', phone: '+61412345678' });

    const channels: Record<string, string>[] = [{}, { 'x-partner-key': DEMO_PUBLISHABLE_KEY }];
    for (const [i, headers] of channels.entries()) {
      const slot = await firstSlot(t, { treatmentId: deepTissue, postcode: '2000' }, 4 + i * 3);
      const booked = await createBooking(
        t,
        bookingInput({
          treatmentId: deepTissue,
          start: slot.start,
          client: { name: 'Probe Tester', email: ' PRIYA.Shah@Example.com ', phone: '0499 999 999' },
        }),
        headers,
      );
      expect(booked.errors).toBeUndefined();
      const [booking] = await t.sql<{ client_name: string; client_email: string; client_phone: string; same: boolean }>(
        `select b.client_name, b.client_email, b.client_phone, b.client_id = c.id as same
           from booking b join client c on c.email = 'priya.shah@example.com' where b.reference = ?`,
        [booked.data?.createBooking.booking.reference],
      );
      expect(booking).toEqual({
        client_name: 'Probe Tester',
        client_email: 'priya.shah@example.com',
        client_phone: '+61499999999',
        same: true,
      });
    }
    expect(await clientRow('priya.shah@example.com')).toEqual(before);
  });

  it('of a new client are stored as given, once', async () => {
    const slot = await firstSlot(t, { treatmentId: deepTissue, postcode: '2010' });
    const booked = await createBooking(
      t,
      bookingInput({
        treatmentId: deepTissue,
        start: slot.start,
        client: { name: 'New Client', email: 'New.Client@Example.com', phone: '+61 2 9374 4000' },
        address: { line1: '5 Crown St', suburb: 'Surry Hills', postcode: '2010', country: 'AU' },
      }),
    );
    expect(booked.errors).toBeUndefined();
    expect(await clientRow('new.client@example.com')).toEqual({ name: 'New Client', phone: '+61293744000' });
  });
});
