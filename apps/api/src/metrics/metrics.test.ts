import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingInput, createBooking, firstSlot, treatmentId } from '../test-support/booking-fixtures.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

let t: TestApi;
beforeAll(async () => {
  // the per-address limit low enough to be met here, so that a refusal is counted
  t = await startTestApi({ RATE_LIMIT_IP: '40/60' });
});
afterAll(async () => {
  await t?.close();
});

const scrape = async (api: TestApi) => {
  const response = await fetch(`${api.url}/metrics`);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
};

/** The value of one series, e.g. `mm_graphql_requests_total{operation="treatments",outcome="OK"}`. */
function value(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('/metrics', () => {
  it('counts requests by root field and outcome, bookings by outcome and rate-limit refusals', async () => {
    const wellness = await treatmentId(t, 'deep-tissue');
    const slot = await firstSlot(t, { treatmentId: wellness });
    const created = await createBooking(t, bookingInput({ treatmentId: wellness, start: slot.start }));
    expect(created.errors).toBeUndefined();
    const taken = await createBooking(
      t,
      bookingInput({ treatmentId: wellness, start: slot.start, therapistId: slot.therapists[0]?.id }),
    );
    expect(taken.errors?.[0]?.extensions?.code).toBe('SLOT_UNAVAILABLE');
    for (let i = 0; i < 3; i++) await t.graphql('{ treatments { id } priceTiers { id } }');
    // spend the address's allowance: the rest are refused before GraphQL
    let refused = 0;
    for (let i = 0; i < 40; i++) {
      const response = await t.post({ query: '{ __typename }' });
      if (response.status === 429) refused++;
    }
    expect(refused).toBeGreaterThan(0);

    const { status, type, text } = await scrape(t);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain;.*version=0\.0\.4/);
    expect(value(text, 'mm_graphql_requests_total{operation="priceTiers+treatments",outcome="OK"}')).toBe(3);
    expect(value(text, 'mm_booking_outcomes_total{outcome="CREATED"}')).toBe(1);
    expect(value(text, 'mm_booking_outcomes_total{outcome="SLOT_UNAVAILABLE"}')).toBe(1);
    expect(value(text, 'mm_rate_limit_refusals_total{operation="none"}')).toBe(refused);
    expect(value(text, 'mm_graphql_request_duration_seconds_count{operation="createBooking"}')).toBe(2);
    expect(value(text, 'mm_db_pool_connections{state="max"}')).toBeGreaterThan(0);
    // the booking's confirmation and reminder rows: one of them is due now, and no row is dead
    expect(value(text, 'mm_outbox_dead')).toBe(0);
    expect(value(text, 'mm_outbox_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(text).toContain('mm_process_resident_memory_bytes');
    // labels are schema names and codes: nothing a caller typed
    expect(text).not.toContain('jordan');
  });

  it('is refused (as an unknown path) to an address METRICS_ALLOW does not name', async () => {
    const closed = await startTestApi({ METRICS_ALLOW: '10.0.0.0/8' });
    try {
      const { status, text } = await scrape(closed);
      expect(status).toBe(404);
      expect(text).not.toContain('mm_');
    } finally {
      await closed.close();
    }
  });
});
