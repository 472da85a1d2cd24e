import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bookingInput, createBooking, firstSlot, treatmentId } from '../test-support/booking-fixtures.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

// Booking references are drawn from randomBytes: queue the bytes the next draws return.
const queued = vi.hoisted((): Buffer[] => []);
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, randomBytes: (size: number) => (size === 6 && queued.shift()) || actual.randomBytes(size) };
});

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

describe('booking references', () => {
  it('draws again when the drawn reference is taken', async () => {
    const deepTissue = await treatmentId(t, 'deep-tissue');
    const same = Buffer.from([0, 0, 0, 0, 0, 0]);
    queued.push(same);
    const first = await createBooking(
      t,
      bookingInput({
        treatmentId: deepTissue,
        start: (await firstSlot(t, { treatmentId: deepTissue, postcode: '2000' })).start,
      }),
    );
    expect(first.data?.createBooking.booking.reference).toBe('BK-222222');

    queued.push(same);
    const slot = await firstSlot(t, { treatmentId: deepTissue, postcode: '2000' });
    const second = await createBooking(t, bookingInput({ treatmentId: deepTissue, start: slot.start }));
    expect(second.errors).toBeUndefined();
    expect(second.data?.createBooking.booking.reference).toMatch(/^BK-[2-9A-HJ-NP-Z]{6}$/);
    expect(second.data?.createBooking.booking.reference).not.toBe('BK-222222');
    expect(queued).toEqual([]);
  });
});
