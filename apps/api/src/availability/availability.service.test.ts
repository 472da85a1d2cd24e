import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sydneyDate, treatmentId } from '../test-support/booking-fixtures.js';
import { startTestApi, TEST_MESSAGES, type TestApi } from '../test-support/test-api.js';
import { findAvailability } from './availability.service.js';

let t: TestApi;
let medical: string;
beforeAll(async () => {
  t = await startTestApi({ OUTBOX_WORKER: 'false' }); // counts every statement: the worker's would mix in
  medical = await treatmentId(t, 'medical-massage');
});
afterAll(async () => {
  await t?.close();
});

const settings = () => ({
  operator: { locale: 'en-AU', currency: 'AUD', timeZone: 'Australia/Sydney', country: 'AU' },
  policy: { slotStepMinutes: 15, minNoticeMinutes: 180, horizonDays: 60, freeCancellationHours: 24 },
  tokenSecret: 'unused-here',
  publicUrl: 'http://127.0.0.1:4000',
  keys: t.api.database.keys,
  messages: TEST_MESSAGES,
});

/** How many SQL statements one availability answer takes, and how many slots it found. */
async function measure(input: Record<string, unknown>) {
  // outside a transaction every statement, the ORM's and the prepared ones, takes a connection from the pool
  const spy = vi.spyOn(t.api.database.orm.em.getConnection().getKnex().client, 'acquireConnection');
  try {
    const result = await findAvailability(
      t.api.database.orm.em.fork(),
      settings(),
      {
        treatmentId: medical,
        durationMinutes: 90,
        from: sydneyDate(3),
        to: sydneyDate(16),
        timeZone: 'Australia/Sydney',
        ...input,
      },
      undefined,
      Date.now(),
    );
    if (!result.ok) throw new Error(result.error.message);
    return { statements: spy.mock.calls.length, slots: result.value.days.flatMap((d) => d.slots).length };
  } finally {
    spy.mockRestore();
  }
}

describe('availability loads what it needs in a constant number of statements', () => {
  it('takes at most 4 statements (2 today), with 12 therapists or with 112', async () => {
    const small = await measure({ referralCode: 'RX-DEMO-BACK' });
    expect(small.statements).toBe(2);
    expect(small.slots).toBeGreaterThan(0);

    await t.api.database.orm.em.getConnection().execute(`
      with added as (
        insert into therapist (id, display_name, techniques, medical_qualified, licence_number, licence_body,
                               licence_expires_on, time_zone, travel_buffer_minutes, service_postcodes)
        select gen_random_uuid(), 'Extra ' || n, '{TRIGGER_POINT,MYOFASCIAL_RELEASE}', true, 'X' || n, 'Board',
               current_date + 365, 'Australia/Sydney', 15, '{2000}'
          from generate_series(1, 100) as n
        returning id)
      insert into therapist_schedule (id, therapist_id, weekday, start_time, end_time)
      select gen_random_uuid(), added.id, d, '08:00', '18:00' from added, generate_series(1, 7) as d`);
    const large = await measure({ referralCode: 'RX-DEMO-BACK' });
    expect(large.statements).toBe(small.statements);
    expect(large.slots).toBeGreaterThan(small.slots);
    expect((await measure({})).statements).toBe(small.statements);
  });
});
