import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sydneyDate, treatmentId } from '../test-support/booking-fixtures.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

let t: TestApi;
let deepTissue: string;
beforeAll(async () => {
  t = await startTestApi({ OUTBOX_WORKER: 'false' });
  deepTissue = await treatmentId(t, 'deep-tissue');
});
afterAll(async () => {
  await t?.close();
});

const week = () => ({
  treatmentId: deepTissue,
  durationMinutes: 60,
  from: sydneyDate(3),
  to: sydneyDate(9),
  timeZone: 'Australia/Sydney',
});

interface Profile {
  id: string;
  displayName: string;
}
interface Day {
  date: string;
  therapists: Profile[];
  slots: { start: string; therapistIds: string[]; therapistIndexes: number[]; therapists: Profile[] }[];
}

const BOTH_SHAPES = `date therapists { id displayName } slots { start end availableTherapists therapistIds therapistIndexes therapists { id displayName } }`;

describe('availability with names', () => {
  it("gives each profile once a day, and each slot's therapists by position and by id: the same people as the slot's own list", async () => {
    const { data, errors } = await t.graphql<{ availability: Day[] }>(
      `query ($input: AvailabilityInput!) { availability(input: $input) { ${BOTH_SHAPES} } }`,
      { input: week() },
    );
    expect(errors).toBeUndefined();
    const days = data?.availability ?? [];
    expect(days.flatMap((d) => d.slots).length).toBeGreaterThan(10);
    for (const day of days) {
      const profiles = new Map(day.therapists.map((p) => [p.id, p]));
      expect(profiles.size).toBe(day.therapists.length); // each once
      const used = new Set<string>();
      for (const slot of day.slots) {
        expect(slot.therapistIds.map((id) => profiles.get(id))).toEqual(slot.therapists);
        expect(slot.therapistIndexes.map((i) => day.therapists[i])).toEqual(slot.therapists);
        for (const id of slot.therapistIds) used.add(id);
      }
      expect([...used].sort()).toEqual([...profiles.keys()].sort()); // nobody listed who takes none of the day's slots
    }
  });

  it('answers the same compiled (availability alone) as on graphql-js (beside another field)', async () => {
    const query = (extra: string) =>
      `query ($input: AvailabilityInput!) { availability(input: $input) { ${BOTH_SHAPES} } ${extra} }`;
    const compiled = await t.graphql<{ availability: Day[] }>(query(''), { input: week() });
    const interpreted = await t.graphql<{ availability: Day[] }>(query('treatments { id }'), { input: week() });
    expect(compiled.errors).toBeUndefined();
    expect(compiled.data?.availability).toEqual(interpreted.data?.availability);
  });

  it('refuses what it refused before, with the same code and field, compiled or not', async () => {
    for (const [input, code, field] of [
      [{ ...week(), from: '2026-02-30' }, 'BAD_USER_INPUT', 'from'],
      [{ ...week(), durationMinutes: 'long' }, 'BAD_USER_INPUT', 'durationMinutes'],
      [{ ...week(), treatmentId: '00000000-0000-4000-8000-000000000000' }, 'BAD_USER_INPUT', 'treatmentId'],
    ] as const) {
      const answers = await Promise.all(
        ['', '__typename', 'treatments { id }'].map((extra) =>
          t.graphql(`query ($input: AvailabilityInput!) { availability(input: $input) { date } ${extra} }`, {
            input,
          }),
        ),
      );
      for (const answer of answers) {
        expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe(code);
        expect(answer.errors?.[0]?.extensions?.field).toBe(field);
      }
    }
  });
});
