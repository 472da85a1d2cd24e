import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { treatmentId } from '../test-support/booking-fixtures.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

let t: TestApi;
beforeAll(async () => {
  t = await startTestApi();
});
afterAll(async () => {
  await t?.close();
});

const SERVICE_AREA = `query ($postcode: String!, $treatmentId: ID) {
  serviceArea(postcode: $postcode, treatmentId: $treatmentId) { postcode served }
}`;

describe('what a client is told before choosing a time', () => {
  it("tells the zone of the visits and the change policy from the operator's settings", async () => {
    const { data } = await t.graphql<{ bookingPolicy: Record<string, unknown> }>(
      '{ bookingPolicy { timeZone locale currency freeChangeHours slotStepMinutes minNoticeMinutes horizonDays } }',
    );
    expect(data?.bookingPolicy).toEqual({
      timeZone: 'Australia/Sydney',
      locale: 'en-AU',
      currency: 'AUD',
      freeChangeHours: 24,
      slotStepMinutes: 15,
      minNoticeMinutes: expect.any(Number),
      horizonDays: expect.any(Number),
    });
  });

  it('says at once whether therapists visit a postcode, for the treatment asked about', async () => {
    const medical = await treatmentId(t, 'medical-massage');
    const deepTissue = await treatmentId(t, 'deep-tissue');
    const served = async (postcode: string, treatment?: string) =>
      (await t.graphql<{ serviceArea: { served: boolean } }>(SERVICE_AREA, { postcode, treatmentId: treatment })).data
        ?.serviceArea.served;
    expect(await served(' 2000 ')).toBe(true);
    expect(await served('2000', medical)).toBe(true);
    expect(await served('3000')).toBe(false);
    expect(await served('3000', deepTissue)).toBe(false);
    // Only therapists without medical qualification visit 2145.
    expect(await served('2145', deepTissue)).toBe(true);
    expect(await served('2145', medical)).toBe(false);
  });

  it('refuses a malformed postcode or treatment, naming the field', async () => {
    const bad = await t.graphql(SERVICE_AREA, { postcode: '20000' });
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'postcode' });
    const unknown = await t.graphql(SERVICE_AREA, { postcode: '2000', treatmentId: 'nope' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'treatmentId' });
    // an empty id is malformed too, not absent
    const empty = await t.graphql(SERVICE_AREA, { postcode: '2000', treatmentId: '' });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'treatmentId' });
  });
});
