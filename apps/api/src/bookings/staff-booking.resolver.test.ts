import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyRing, newHealthKey } from '../health/cipher.js';
import type { BookingSettings } from '../settings.js';
import {
  availability,
  bookingInput,
  createBooking,
  firstSlot,
  sydneyDate,
  treatmentId,
} from '../test-support/booking-fixtures.js';
import { asStaff, DEMO_LOGINS, signIn } from '../test-support/callers.js';
import { startTestApi, TEST_MESSAGES, type TestApi } from '../test-support/test-api.js';
import { recordBookingOutcome, staffCancelBooking } from './staff-booking.service.js';

const STAFF_FIELDS = `id reference status start therapist { id displayName } client { name email phone }
  address { line1 postcode } partner { name } referral { code sessionsUsed } cancelReason`;

interface StaffBooking {
  id: string;
  reference: string;
  status: string;
  start: string;
  therapist: { id: string; displayName: string };
  client: { name: string; email: string; phone: string };
  address: { line1: string; postcode: string };
  partner: { name: string } | null;
  referral: { code: string; sessionsUsed: number } | null;
  cancelReason: string | null;
}

const LIST = `query ($filter: StaffBookingFilter, $order: StaffBookingOrder, $first: Int, $after: String) {
  staffBookings(filter: $filter, order: $order, first: $first, after: $after) {
    edges { cursor node { ${STAFF_FIELDS} } } pageInfo { endCursor hasNextPage }
  }
}`;

type Page = { edges: { node: StaffBooking }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };

const settings: BookingSettings = {
  operator: { locale: 'en-AU', currency: 'AUD', timeZone: 'Australia/Sydney', country: 'AU' },
  policy: { slotStepMinutes: 15, minNoticeMinutes: 180, horizonDays: 60, freeCancellationHours: 24 },
  tokenSecret: 'unused by these operations',
  publicUrl: 'http://127.0.0.1:4000',
  keys: new KeyRing([newHealthKey()]),
  messages: TEST_MESSAGES,
};

let t: TestApi;
let coordinator: Record<string, string>;
let therapist: Record<string, string>;
let wellness: string;
let medical: string;

beforeAll(async () => {
  t = await startTestApi();
  coordinator = asStaff(await signIn(t, DEMO_LOGINS.COORDINATOR));
  therapist = asStaff(await signIn(t, DEMO_LOGINS.THERAPIST));
  wellness = await treatmentId(t, 'deep-tissue');
  medical = await treatmentId(t, 'medical-massage');
});
afterAll(async () => {
  await t?.close();
});

async function book(overrides: Record<string, unknown> = {}, fromDays = 3) {
  const treatment = (overrides.treatmentId as string | undefined) ?? wellness;
  const slot = await firstSlot(
    t,
    { treatmentId: treatment, postcode: '2000', ...(overrides.slotFilter as object) },
    fromDays,
  );
  const { slotFilter: _, ...input } = overrides;
  const { data, errors } = await createBooking(
    t,
    bookingInput({ treatmentId: treatment, start: slot.start, ...input }),
  );
  if (!data) throw new Error(JSON.stringify(errors));
  return data.createBooking.booking;
}

const list = (variables: Record<string, unknown>, headers = coordinator) =>
  t.graphql<{ staffBookings: Page }>(LIST, variables, headers);

describe('the staff bookings list', () => {
  it('pages through a filtered list in start order, every booking once', async () => {
    const made = [await book({}, 10), await book({}, 12), await book({}, 14)];
    const seen: StaffBooking[] = [];
    let after: string | null = null;
    do {
      const { data, errors } = await list({ filter: { search: 'jordan.lee@' }, first: 2, after });
      expect(errors).toBeUndefined();
      const page = data?.staffBookings as Page;
      expect(page.edges.length).toBeLessThanOrEqual(2);
      seen.push(...page.edges.map((e) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    const ids = seen.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const b of made) expect(ids).toContain(b.id);
    const starts = seen.map((b) => Date.parse(b.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(seen[0]).toMatchObject({ client: { email: 'jordan.lee@example.com' }, address: { postcode: '2000' } });
  });

  it('finds a booking by its reference, and filters by therapist, status and range', async () => {
    const b = await book({}, 16);
    const byReference = await list({ filter: { search: b.reference.toLowerCase() } });
    expect(byReference.data?.staffBookings.edges.map((e) => e.node.id)).toEqual([b.id]);
    const day = { from: b.start, to: new Date(Date.parse(b.start) + 60_000).toISOString() };
    const narrowed = await list({ filter: { ...day, therapistId: b.therapist.id, statuses: ['CONFIRMED'] } });
    expect(narrowed.errors).toBeUndefined();
    expect(narrowed.data?.staffBookings.edges.map((e) => e.node.id)).toEqual([b.id]);
    const cancelledOnly = await list({ filter: { ...day, statuses: ['CANCELLED'] } });
    expect(cancelledOnly.data?.staffBookings.edges).toEqual([]);
  });

  it('names the field at fault in a bad filter, page size or cursor', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ filter: { from: '2030-01-02T00:00:00Z', to: '2030-01-01T00:00:00Z' } }, 'filter.to'],
      [{ filter: { therapistId: 'nobody' } }, 'filter.therapistId'],
      [{ filter: { search: 'x'.repeat(101) } }, 'filter.search'],
      [{ first: 0 }, 'first'],
      [{ after: 'not-a-cursor' }, 'after'],
    ];
    for (const [variables, field] of cases) {
      const { errors } = await list(variables);
      expect(errors?.[0]?.extensions, JSON.stringify(variables)).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  });

  it("shows a therapist their own bookings only, and not another's booking", async () => {
    const { data } = await list({ first: 100 }, therapist);
    const mine = data?.staffBookings.edges.map((e) => e.node.therapist.displayName) ?? [];
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine)).toEqual(new Set(['Amelia Hart']));
    const ownId = data?.staffBookings.edges[0]?.node.therapist.id;
    const others = await list({ filter: { statuses: ['CONFIRMED'] }, first: 100 });
    const other = others.data?.staffBookings.edges.find((e) => e.node.therapist.id !== ownId)?.node;
    expect(other).toBeDefined();
    const asked = await t.graphql(`query ($id: ID!) { staffBooking(id: $id) { id } }`, { id: other?.id }, therapist);
    expect(asked.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
    const filtered = await list({ filter: { therapistId: other?.therapist.id } }, therapist);
    expect(filtered.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', field: 'filter.therapistId' });
  });
});

describe("acting on a booking on the client's behalf", () => {
  const CANCEL = `mutation ($id: ID!, $reason: String!) { staffCancelBooking(id: $id, reason: $reason) { ${STAFF_FIELDS} } }`;

  it('cancels with a reason, gives the referral session back, and frees the time', async () => {
    const before = await t.sql<{ sessions_used: number }>(
      "select sessions_used from referral where code = 'RX-DEMO-BACK'",
    );
    const b = await book({ treatmentId: medical, referralCode: 'RX-DEMO-BACK' }, 5);
    const { data, errors } = await t.graphql<{ staffCancelBooking: StaffBooking }>(
      CANCEL,
      { id: b.id, reason: '  Client phoned: unwell  ' },
      coordinator,
    );
    expect(errors).toBeUndefined();
    expect(data?.staffCancelBooking).toMatchObject({ status: 'CANCELLED', cancelReason: 'Client phoned: unwell' });
    const after = await t.sql<{ sessions_used: number }>(
      "select sessions_used from referral where code = 'RX-DEMO-BACK'",
    );
    expect(after[0]?.sessions_used).toBe(before[0]?.sessions_used);
    const again = await t.graphql(CANCEL, { id: b.id, reason: 'twice' }, coordinator);
    expect(again.errors?.[0]?.extensions?.code).toBe('POLICY_VIOLATION');
  });

  it('refuses a blank reason, an unknown booking, and a therapist', async () => {
    const b = await book({}, 18);
    const blank = await t.graphql(CANCEL, { id: b.id, reason: '   ' }, coordinator);
    expect(blank.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    const unknown = await t.graphql(CANCEL, { id: '00000000-0000-4000-8000-000000000000', reason: 'x' }, coordinator);
    expect(unknown.errors?.[0]?.extensions).toEqual({ code: 'NOT_FOUND', field: 'id' });
    const byTherapist = await t.graphql(CANCEL, { id: b.id, reason: 'x' }, therapist);
    expect(byTherapist.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [row] = await t.sql<{ status: string }>('select status from booking where id = ?', [b.id]);
    expect(row?.status).toBe('CONFIRMED');
  });

  it('keeps the session used when cancelled past the free-change cutoff, and records outcomes once begun', async () => {
    const b = await book({ treatmentId: medical, referralCode: 'RX-DEMO-BACK' }, 6);
    const start = Date.parse(b.start);
    const em = () => t.api.database.orm.em.fork();
    const used = async () =>
      (await t.sql<{ sessions_used: number }>("select sessions_used from referral where code = 'RX-DEMO-BACK'"))[0]
        ?.sessions_used;
    const before = await used();
    const early = await recordBookingOutcome(em(), settings, { id: b.id, outcome: 'COMPLETED' }, 'all', start - 1);
    expect(early).toMatchObject({ ok: false, error: { code: 'POLICY_VIOLATION', field: 'outcome' } });
    const late = await staffCancelBooking(
      em(),
      settings,
      { id: b.id, reason: 'Called an hour before' },
      start - 3_600_000,
    );
    expect(late).toMatchObject({ ok: true, value: { status: 'CANCELLED' } });
    expect(await used()).toBe(before);

    const given = await book({}, 7);
    const done = await recordBookingOutcome(
      em(),
      settings,
      { id: given.id, outcome: 'NO_SHOW' },
      'all',
      Date.parse(given.start) + 1,
    );
    expect(done).toMatchObject({ ok: true, value: { status: 'NO_SHOW' } });
    const twice = await recordBookingOutcome(
      em(),
      settings,
      { id: given.id, outcome: 'COMPLETED' },
      'all',
      Date.parse(given.start) + 1,
    );
    expect(twice).toMatchObject({ ok: false, error: { code: 'POLICY_VIOLATION' } });
    const notTheirs = await recordBookingOutcome(
      em(),
      settings,
      { id: b.id, outcome: 'COMPLETED' },
      { therapistId: '00000000-0000-4000-8000-000000000000' },
      start + 1,
    );
    expect(notTheirs).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('offers only free, fit therapists for a reassignment, and moves the booking to one', async () => {
    // a start at which the availability engine has two free therapists: either could take it
    const { days } = await availability(t, {
      treatmentId: wellness,
      postcode: '2000',
      from: sydneyDate(8),
      to: sydneyDate(15),
    });
    const slot = days.flatMap((d) => d.slots).find((s) => s.therapists.length >= 2);
    const [first, second] = slot?.therapists ?? [];
    if (!slot || !first || !second) throw new Error('no start with two free therapists');
    const b = await book({ start: slot.start, therapistId: first.id });
    const OPTIONS = 'query ($id: ID!) { reassignmentOptions(id: $id) { id displayName } }';
    const { data } = await t.graphql<{ reassignmentOptions: { id: string }[] }>(OPTIONS, { id: b.id }, coordinator);
    const options = data?.reassignmentOptions.map((o) => o.id) ?? [];
    expect(options).toContain(second.id);
    expect(options).not.toContain(first.id);
    // every option is one the engine offers at that start
    for (const id of options) expect(slot.therapists.map((x) => x.id)).toContain(id);
    const target = second.id;

    const REASSIGN = `mutation ($id: ID!, $to: ID!) { reassignBooking(id: $id, therapistId: $to) { ${STAFF_FIELDS} } }`;
    const same = await t.graphql(REASSIGN, { id: b.id, to: b.therapist.id }, coordinator);
    expect(same.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'therapistId' });
    const moved = await t.graphql<{ reassignBooking: StaffBooking }>(REASSIGN, { id: b.id, to: target }, coordinator);
    expect(moved.errors).toBeUndefined();
    expect(moved.data?.reassignBooking.therapist.id).toBe(target);

    // the old therapist is offered back; a therapist busy at that time is refused
    const back = await t.graphql<{ reassignmentOptions: { id: string }[] }>(OPTIONS, { id: b.id }, coordinator);
    expect(back.data?.reassignmentOptions.map((o) => o.id)).toContain(b.therapist.id);
    const other = await book({ start: b.start, therapistId: b.therapist.id });
    const busy = await t.graphql(REASSIGN, { id: b.id, to: other.therapist.id }, coordinator);
    expect(busy.errors?.[0]?.extensions).toEqual({ code: 'SLOT_UNAVAILABLE', field: 'therapistId' });
  });
});

describe('the calendar', () => {
  const CALENDAR = `query ($from: Date!, $to: Date!) {
    staffCalendar(from: $from, to: $to) {
      therapist { id displayName } travelBufferMinutes workingHours { start end } timeOff { start end }
      bookings { id start end status bufferMinutes }
    }
  }`;
  type Column = {
    therapist: { id: string; displayName: string };
    workingHours: { start: string; end: string }[];
    timeOff: { start: string; end: string }[];
    bookings: { id: string; start: string; status: string }[];
  };

  it("shows each therapist's hours, time off and live bookings of the days asked, and a therapist their own", async () => {
    const b = await book({}, 20);
    const date = new Date(b.start).toLocaleDateString('en-CA', { timeZone: 'Australia/Sydney' });
    const { data, errors } = await t.graphql<{ staffCalendar: Column[] }>(
      CALENDAR,
      { from: date, to: date },
      coordinator,
    );
    expect(errors).toBeUndefined();
    const columns = data?.staffCalendar ?? [];
    expect(columns.length).toBe(12);
    const column = columns.find((c) => c.therapist.id === b.therapist.id);
    expect(column?.bookings.map((x) => x.id)).toContain(b.id);
    // the booking lies inside its therapist's working hours
    expect(
      column?.workingHours.some(
        (h) => Date.parse(h.start) <= Date.parse(b.start) && Date.parse(b.end) <= Date.parse(h.end),
      ),
    ).toBe(true);

    const week = await t.graphql<{ staffCalendar: Column[] }>(
      CALENDAR,
      { from: sydneyDate(0), to: sydneyDate(6) },
      coordinator,
    );
    expect(week.data?.staffCalendar.some((c) => c.timeOff.length > 0)).toBe(true);

    const own = await t.graphql<{ staffCalendar: Column[] }>(CALENDAR, { from: date, to: date }, therapist);
    expect(own.data?.staffCalendar.map((c) => c.therapist.displayName)).toEqual(['Amelia Hart']);
  });

  it('drops a cancelled booking from the calendar', async () => {
    const b = await book({}, 22);
    const date = new Date(b.start).toLocaleDateString('en-CA', { timeZone: 'Australia/Sydney' });
    await t.graphql(
      'mutation ($id: ID!) { staffCancelBooking(id: $id, reason: "Test") { id } }',
      { id: b.id },
      coordinator,
    );
    const { data } = await t.graphql<{ staffCalendar: Column[] }>(CALENDAR, { from: date, to: date }, coordinator);
    expect(data?.staffCalendar.flatMap((c) => c.bookings.map((x) => x.id))).not.toContain(b.id);
  });

  it('refuses a range backwards or longer than a week', async () => {
    for (const [from, to] of [
      ['2030-01-08', '2030-01-07'],
      ['2030-01-01', '2030-01-08'],
    ]) {
      const { errors } = await t.graphql(CALENDAR, { from, to }, coordinator);
      expect(errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
    }
  });

  it('refuses days outside the years 1900 to 2199, which the zone and the database cannot reckon with', async () => {
    for (const [from, to, field] of [
      ['0001-01-01', '0001-01-03', 'from'],
      ['1899-12-31', '1900-01-01', 'from'],
      ['2199-12-31', '2200-01-01', 'to'],
      ['9999-12-30', '9999-12-31', 'from'],
    ]) {
      const { errors } = await t.graphql(CALENDAR, { from, to }, coordinator);
      expect(errors?.[0]?.extensions, from).toEqual({ code: 'BAD_USER_INPUT', field });
    }
  });
});
