import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  availability,
  bookingInput,
  createBooking,
  sydneyDate,
  treatmentId,
} from '../test-support/booking-fixtures.js';
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

const FIELDS = `id displayName active medicalQualified techniques licenceNumber licenceExpiresOn timeZone
  travelBufferMinutes servicePostcodes weeklySchedule { weekday start end } timeOff { id start end reason }`;

type Therapist = {
  id: string;
  displayName: string;
  active: boolean;
  servicePostcodes: string[];
  weeklySchedule: { weekday: number; start: string; end: string }[];
  timeOff: { id: string; start: string; end: string; reason: string | null }[];
};

const newTherapist = {
  displayName: 'Nadia Novak',
  bio: 'Sports and deep tissue.',
  gender: 'female',
  techniques: ['DEEP_TISSUE', 'SPORTS'],
  medicalQualified: false,
  licenceNumber: 'MT-7781',
  licenceBody: 'Massage & Myotherapy Australia',
  licenceExpiresOn: '2031-06-30',
  timeZone: 'Australia/Sydney',
  travelBufferMinutes: 15,
  servicePostcodes: ['2000', '2010'],
};

const gql = <T>(query: string, variables: Record<string, unknown> = {}) => t.graphql<T>(query, variables, coordinator);

async function create(input = newTherapist): Promise<Therapist> {
  const { data, errors } = await gql<{ createTherapist: Therapist }>(
    `mutation ($input: TherapistInput!) { createTherapist(input: $input) { ${FIELDS} } }`,
    { input },
  );
  if (!data) throw new Error(JSON.stringify(errors));
  return data.createTherapist;
}

describe('the team', () => {
  it('lists the active team by name, and the inactive too when asked', async () => {
    const QUERY = `query ($all: Boolean) { therapists(includeInactive: $all) { id displayName active licenceExpiresOn } }`;
    type Row = { id: string; displayName: string; active: boolean; licenceExpiresOn: string };
    const active = await gql<{ therapists: Row[] }>(QUERY);
    const names = active.data?.therapists.map((x) => x.displayName) ?? [];
    expect(names.length).toBeGreaterThanOrEqual(12);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(active.data?.therapists[0]?.licenceExpiresOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const added = await create({ ...newTherapist, displayName: 'Zed Inactive' });
    const off = await gql(`mutation ($id: ID!) { setTherapistActive(id: $id, active: false) { id active } }`, {
      id: added.id,
    });
    expect(off.errors).toBeUndefined();
    expect(off.data).toEqual({ setTherapistActive: { id: added.id, active: false } });
    const after = await gql<{ therapists: Row[] }>(QUERY);
    expect(after.data?.therapists.map((x) => x.id)).not.toContain(added.id);
    const all = await gql<{ therapists: Row[] }>(QUERY, { all: true });
    expect(all.data?.therapists.find((x) => x.id === added.id)?.active).toBe(false);
  });

  it('adds a therapist with a schedule, whose times then appear in availability', async () => {
    const added = await create();
    expect(added).toMatchObject({ displayName: 'Nadia Novak', servicePostcodes: ['2000', '2010'], weeklySchedule: [] });
    const SCHEDULE = `mutation ($id: ID!, $ranges: [WeeklyRangeInput!]!) {
      setWeeklySchedule(therapistId: $id, ranges: $ranges) { weeklySchedule { weekday start end } } }`;
    const week = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
      { weekday, start: '07:00', end: '09:00' },
      { weekday, start: '18:00', end: '20:00' },
    ]);
    const set = await gql<{ setWeeklySchedule: Therapist }>(SCHEDULE, { id: added.id, ranges: week });
    expect(set.data?.setWeeklySchedule.weeklySchedule).toHaveLength(14);

    const { days } = await availability(t, {
      treatmentId: await treatmentId(t, 'deep-tissue'),
      postcode: '2010',
      from: sydneyDate(3),
      to: sydneyDate(3),
      therapistId: added.id,
    });
    const starts = days.flatMap((d) =>
      d.slots.map((s) =>
        new Date(s.start).toLocaleTimeString('en-AU', {
          timeZone: 'Australia/Sydney',
          hour: '2-digit',
          minute: '2-digit',
          hour12: false,
        }),
      ),
    );
    expect(starts[0]).toBe('07:00');
    expect(starts).toContain('19:00');
    expect(starts).not.toContain('12:00');

    const overlapping = await gql(SCHEDULE, {
      id: added.id,
      ranges: [
        { weekday: 1, start: '09:00', end: '12:00' },
        { weekday: 1, start: '11:00', end: '13:00' },
      ],
    });
    expect(overlapping.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'ranges.1' });
  });

  it('names the field at fault in a bad profile, and changes nothing', async () => {
    const bad = await gql(`mutation ($input: TherapistInput!) { createTherapist(input: $input) { id } }`, {
      input: { ...newTherapist, displayName: 'Nobody Made', servicePostcodes: ['2000', 'abc'] },
    });
    expect(bad.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'servicePostcodes' });
    const rows = await t.sql("select 1 from therapist where display_name = 'Nobody Made'");
    expect(rows).toHaveLength(0);
  });
});

describe('time off', () => {
  const ADD = `mutation ($id: ID!, $start: DateTime!, $end: DateTime!, $reason: String) {
    addTimeOff(therapistId: $id, start: $start, end: $end, reason: $reason) { id start end reason } }`;

  it('is refused over a live booking, naming it, and taken once the booking is cancelled', async () => {
    const deepTissue = await treatmentId(t, 'deep-tissue');
    const { days } = await availability(t, {
      treatmentId: deepTissue,
      postcode: '2000',
      from: sydneyDate(9),
      to: sydneyDate(12),
    });
    const slot = days.flatMap((d) => d.slots)[0];
    const therapistId = slot?.therapists[0]?.id;
    const made = await createBooking(t, bookingInput({ treatmentId: deepTissue, start: slot?.start, therapistId }));
    const booking = made.data?.createBooking.booking;
    const start = new Date(Date.parse(slot?.start ?? '') - 3_600_000).toISOString();
    const end = new Date(Date.parse(slot?.start ?? '') + 4 * 3_600_000).toISOString();

    const refused = await gql(ADD, { id: therapistId, start, end, reason: 'Course' });
    expect(refused.errors?.[0]?.extensions).toEqual({ code: 'POLICY_VIOLATION', field: 'start' });
    expect(refused.errors?.[0]?.message).toContain(booking?.reference);
    expect(
      await t.sql('select 1 from therapist_time_off where therapist_id = ? and reason = ?', [therapistId, 'Course']),
    ).toHaveLength(0);

    await gql('mutation ($id: ID!) { staffCancelBooking(id: $id, reason: "Therapist away") { id } }', {
      id: booking?.id,
    });
    const taken = await gql<{ addTimeOff: { id: string; reason: string } }>(ADD, {
      id: therapistId,
      start,
      end,
      reason: 'Course',
    });
    expect(taken.data?.addTimeOff.reason).toBe('Course');

    // and now nobody can book that therapist inside it, even naming them
    const again = await createBooking(t, bookingInput({ treatmentId: deepTissue, start: slot?.start, therapistId }));
    expect(again.errors?.[0]?.extensions?.code).toBe('SLOT_UNAVAILABLE');

    const removed = await gql<{ removeTimeOff: string }>('mutation ($id: ID!) { removeTimeOff(id: $id) }', {
      id: taken.data?.addTimeOff.id,
    });
    expect(removed.data?.removeTimeOff).toBe(taken.data?.addTimeOff.id);
  });

  it("is listed with the therapist's profile, with its times", async () => {
    const { id } = await create({ ...newTherapist, displayName: 'Tia Timeoff' });
    const start = '2034-03-01T00:00:00Z';
    const end = '2034-03-03T00:00:00Z';
    const added = await gql<{ addTimeOff: { id: string } }>(ADD, { id, start, end, reason: 'Leave' });
    expect(added.errors).toBeUndefined();
    const { data, errors } = await gql<{ therapist: Therapist }>(
      `query ($id: ID!) { therapist(id: $id) { ${FIELDS} } }`,
      { id },
    );
    expect(errors).toBeUndefined();
    const listed = data?.therapist.timeOff ?? [];
    expect(listed.map((o) => [o.id, Date.parse(o.start), Date.parse(o.end), o.reason])).toEqual([
      [added.data?.addTimeOff.id, Date.parse(start), Date.parse(end), 'Leave'],
    ]);
  });

  it('the database refuses time off over a booking, and a booking over time off, whatever the code does', async () => {
    const over = `insert into therapist_time_off (id, therapist_id, starts_at, ends_at)
      select gen_random_uuid(), therapist_id, starts_at, starts_at + interval '1 minute' from booking
       where status = 'CONFIRMED' order by starts_at limit 1`;
    await expect(t.sql(over)).rejects.toMatchObject({ code: '23P01', constraint: 'time_off_over_booking' });
    // time off far ahead, then a booking of that therapist moved into it
    const [booking] = await t.sql<{ id: string; therapist_id: string }>(
      "select id, therapist_id from booking where status = 'CONFIRMED' order by starts_at limit 1",
    );
    await t.sql(
      `insert into therapist_time_off (id, therapist_id, starts_at, ends_at)
       values (gen_random_uuid(), ?, '2035-01-01T00:00:00Z', '2035-01-02T00:00:00Z')`,
      [booking?.therapist_id],
    );
    const into = `update booking set starts_at = '2035-01-01T02:00:00Z',
        ends_at = '2035-01-01T02:00:00Z'::timestamptz + make_interval(mins => duration_minutes),
        busy = tstzrange('2035-01-01T02:00:00Z', '2035-01-01T02:00:00Z'::timestamptz
          + make_interval(mins => duration_minutes + buffer_minutes), '[)')
      where id = ?`;
    await expect(t.sql(into, [booking?.id])).rejects.toMatchObject({
      code: '23P01',
      constraint: 'booking_over_time_off',
    });
  });

  it('keeps a therapist with upcoming bookings on the team', async () => {
    const [row] = await t.sql<{ therapist_id: string }>(
      "select therapist_id from booking where status = 'CONFIRMED' and starts_at > now() limit 1",
    );
    const off = await gql('mutation ($id: ID!) { setTherapistActive(id: $id, active: false) { id } }', {
      id: row?.therapist_id,
    });
    expect(off.errors?.[0]?.extensions?.code).toBe('POLICY_VIOLATION');
    const [still] = await t.sql<{ active: boolean }>('select active from therapist where id = ?', [row?.therapist_id]);
    expect(still?.active).toBe(true);
  });
});
