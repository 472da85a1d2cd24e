import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  availability,
  bookingInput,
  createBooking,
  insertTestReferral,
  type Slot,
  sydneyDate,
  treatmentId,
} from '../test-support/booking-fixtures.js';
import { asStaff, DEMO_LOGINS, signIn } from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

// The embedded database is one session, so races cannot happen there: these run on a server.
const serverUrl = process.env.DATABASE_URL || undefined;
if (!serverUrl) console.warn('booking concurrency tests skipped: they need DATABASE_URL (a PostgreSQL server)');

/** Runs `tasks` with at most `clients` in flight at once. */
async function withClients<T>(clients: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < tasks.length) {
        const i = next++;
        const task = tasks[i];
        if (task) results[i] = await task();
      }
    }),
  );
  return results;
}

/** `count` sessions that could all exist together: distinct therapists, or hours apart. */
function compatiblePicks(days: { slots: Slot[] }[], count: number): { start: string; therapistId: string }[] {
  const lastEnd = new Map<string, number>();
  const picks: { start: string; therapistId: string }[] = [];
  for (const slot of days.flatMap((d) => d.slots)) {
    for (const therapist of slot.therapists) {
      const start = Date.parse(slot.start);
      if (picks.length < count && start >= (lastEnd.get(therapist.id) ?? 0)) {
        lastEnd.set(therapist.id, start + 4 * 3_600_000);
        picks.push({ start: slot.start, therapistId: therapist.id });
      }
    }
  }
  expect(picks).toHaveLength(count);
  return picks;
}

describe.skipIf(!serverUrl)('bookings under concurrency (PostgreSQL server)', () => {
  let t: TestApi;
  const sql = (query: string, params: unknown[] = []) => t.api.database.orm.em.getConnection().execute(query, params);
  /** Where each therapist goes: a postcode a booking with them can be at. */
  const postcodesOfTherapists = async () => {
    const rows = await t.api.database.orm.em
      .getConnection()
      .execute<{ id: string; postcode: string }[]>('select id, service_postcodes[1] as postcode from therapist');
    return new Map(rows.map((r) => [r.id, r.postcode]));
  };
  beforeAll(async () => {
    t = await startTestApi();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('50 clients, 500 bookings at 20 contested slots: no overlap, every loser told SLOT_UNAVAILABLE', async () => {
    const deepTissue = await treatmentId(t, 'deep-tissue');
    const { days } = await availability(t, {
      treatmentId: deepTissue,
      durationMinutes: 90,
      postcode: '2000',
      from: sydneyDate(20),
      to: sydneyDate(34),
    });
    // the busiest day: several therapists, each with a run of starts 15 minutes apart
    const day = [...days].sort((a, b) => b.slots.length - a.slots.length)[0];
    const contested = (day?.slots ?? [])
      .flatMap((slot) => slot.therapists.map((therapist) => ({ start: slot.start, therapistId: therapist.id })))
      .slice(0, 20);
    expect(contested).toHaveLength(20);

    const tasks = Array.from({ length: 500 }, (_, i) => async () => {
      const target = contested[i % 20];
      // equal and partly overlapping ranges: 60 and 90 minutes from starts 15 minutes apart,
      // one in five left to auto-assignment
      const result = await createBooking(
        t,
        bookingInput({
          idempotencyKey: `race-${i}`,
          treatmentId: deepTissue,
          durationMinutes: i % 2 === 0 ? 60 : 90,
          start: target?.start,
          therapistId: i % 5 === 0 ? undefined : target?.therapistId,
          client: { name: `Racer ${i}`, email: `racer${i}@example.com`, phone: '0412345678' },
        }),
      );
      return result.errors ? (result.errors[0]?.extensions?.code ?? 'NO_CODE') : 'BOOKED';
    });
    const outcomes = await withClients(50, tasks);

    const counts: Record<string, number> = {};
    for (const o of outcomes) counts[o] = (counts[o] ?? 0) + 1;
    expect(Object.keys(counts).sort()).toEqual(['BOOKED', 'SLOT_UNAVAILABLE']);
    const [overlaps] = await sql(`
      select count(*)::int as n from booking a join booking b
        on a.therapist_id = b.therapist_id and a.id < b.id and a.busy && b.busy
       where a.status <> 'CANCELLED' and b.status <> 'CANCELLED'`);
    expect(overlaps).toEqual({ n: 0 });
    const [made] = await sql("select count(*)::int as n from booking where idempotency_key like 'race-%'");
    expect(made).toEqual({ n: counts.BOOKED });
  });

  it('50 clients racing for the last session of a referral: exactly one books', async () => {
    const medical = await treatmentId(t, 'medical-massage');
    await insertTestReferral(t, {
      code: 'RX-RACE-LAST',
      treatmentId: medical,
      sessions: 1,
      status: 'VERIFIED',
      expiresOn: sydneyDate(90),
    });
    const { days } = await availability(t, {
      treatmentId: medical,
      from: sydneyDate(3),
      to: sydneyDate(30),
      referralCode: 'RX-RACE-LAST',
    });
    const picks = compatiblePicks(days, 50);
    const postcodeOf = await postcodesOfTherapists();

    const outcomes = await withClients(
      50,
      picks.map((pick, i) => async () => {
        const result = await createBooking(
          t,
          bookingInput({
            treatmentId: medical,
            start: pick.start,
            therapistId: pick.therapistId,
            referralCode: 'RX-RACE-LAST',
            client: { name: `Patient ${i}`, email: `patient${i}@example.com`, phone: '0412345678' },
            address: {
              line1: '1 Test St',
              suburb: 'Sydney',
              postcode: postcodeOf.get(pick.therapistId),
              country: 'AU',
            },
          }),
        );
        return result.errors ? (result.errors[0]?.extensions?.code ?? 'NO_CODE') : 'BOOKED';
      }),
    );
    expect(outcomes.filter((o) => o === 'BOOKED')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'REFERRAL_INVALID')).toHaveLength(49);
    const [referral] = await sql("select sessions_used, status from referral where code = 'RX-RACE-LAST'");
    expect(referral).toEqual({ sessions_used: 1, status: 'EXHAUSTED' });
  });

  it('30 clients racing for the last 2 sessions while an amendment lowers them to 1: the count holds', async () => {
    const medical = await treatmentId(t, 'medical-massage');
    const coordinator = asStaff(await signIn(t, DEMO_LOGINS.COORDINATOR));
    const referralId = await insertTestReferral(t, {
      code: 'RX-RACE-AMEND',
      treatmentId: medical,
      sessions: 5,
      used: 3,
      status: 'VERIFIED',
      expiresOn: sydneyDate(120),
    });
    const { days } = await availability(t, {
      treatmentId: medical,
      from: sydneyDate(3),
      to: sydneyDate(30),
      referralCode: 'RX-RACE-AMEND',
    });
    const picks = compatiblePicks(days, 30);
    const postcodeOf = await postcodesOfTherapists();
    const AMEND =
      'mutation ($id: ID!, $a: ReferralAmendment!) { amendReferral(id: $id, amendment: $a) { sessionsAuthorised } }';
    const tasks: (() => Promise<string>)[] = picks.map((pick, i) => async () => {
      const result = await createBooking(
        t,
        bookingInput({
          treatmentId: medical,
          start: pick.start,
          therapistId: pick.therapistId,
          referralCode: 'RX-RACE-AMEND',
          client: { name: `Racer ${i}`, email: `racer${i}@example.com`, phone: '0412345678' },
          address: { line1: '1 Test St', suburb: 'Sydney', postcode: postcodeOf.get(pick.therapistId), country: 'AU' },
        }),
      );
      return result.errors ? (result.errors[0]?.extensions?.code ?? 'NO_CODE') : 'BOOKED';
    });
    // the amendment goes in the middle of the crowd
    tasks.splice(3, 0, async () => {
      const amended = await t.graphql(
        AMEND,
        { id: referralId, a: { sessionsAuthorised: 4, reason: 'GP lowered it' } },
        coordinator,
      );
      return amended.errors ? `AMEND_${amended.errors[0]?.extensions?.code}` : 'AMENDED';
    });
    const outcomes = await withClients(31, tasks);
    const booked = outcomes.filter((o) => o === 'BOOKED').length;
    const amended = outcomes.includes('AMENDED');
    expect(
      outcomes.filter((o) => o !== 'BOOKED' && !o.startsWith('AMEND')).every((o) => o === 'REFERRAL_INVALID'),
    ).toBe(true);
    // served one after the other: amended before the second booking, one more session; after it, refused
    expect(booked).toBe(amended ? 1 : 2);
    if (!amended) expect(outcomes).toContain('AMEND_BAD_USER_INPUT');
    const [referral] = await sql(
      `select r.sessions_used, r.sessions_authorised, r.status,
              (select count(*)::int from booking b where b.referral_id = r.id and b.status <> 'CANCELLED') as live
         from referral r where r.id = ?`,
      [referralId],
    );
    expect(referral).toEqual({
      sessions_used: 3 + booked,
      sessions_authorised: amended ? 4 : 5,
      status: 'EXHAUSTED',
      live: booked,
    });
  });

  it('two coordinators moving bookings to one therapist at the same time: exactly one gets them', async () => {
    const coordinator = asStaff(await signIn(t, DEMO_LOGINS.COORDINATOR));
    const deepTissue = await treatmentId(t, 'deep-tissue');
    const { days } = await availability(t, {
      treatmentId: deepTissue,
      postcode: '2010', // where three deep-tissue therapists go
      from: sydneyDate(36),
      to: sydneyDate(50),
    });
    // starts with three free therapists, a day apart: two bookings, and the one both want to move to
    const starts = days
      .map((d) => d.slots.find((s) => s.therapists.length >= 3))
      .filter((s) => s !== undefined)
      .slice(0, 5);
    expect(starts).toHaveLength(5);
    const REASSIGN = 'mutation ($id: ID!, $to: ID!) { reassignBooking(id: $id, therapistId: $to) { id } }';
    for (const slot of starts) {
      const [a, b, target] = slot.therapists;
      const booked = await Promise.all(
        [a, b].map(async (therapist, i) => {
          const made = await createBooking(
            t,
            bookingInput({
              treatmentId: deepTissue,
              start: slot.start,
              therapistId: therapist?.id,
              address: { line1: '2 Test St', suburb: 'Surry Hills', postcode: '2010', country: 'AU' },
            }),
          );
          if (!made.data) throw new Error(`booking ${i}: ${JSON.stringify(made.errors)}`);
          return made.data.createBooking.booking.id;
        }),
      );
      const outcomes = await Promise.all(
        booked.map(async (id) => {
          const moved = await t.graphql(REASSIGN, { id, to: target?.id }, coordinator);
          return moved.errors ? (moved.errors[0]?.extensions?.code ?? 'NO_CODE') : 'MOVED';
        }),
      );
      expect(outcomes.sort()).toEqual(['MOVED', 'SLOT_UNAVAILABLE']);
    }
    const [overlaps] = await sql(`
      select count(*)::int as n from booking a join booking b
        on a.therapist_id = b.therapist_id and a.id < b.id and a.busy && b.busy
       where a.status <> 'CANCELLED' and b.status <> 'CANCELLED'`);
    expect(overlaps).toEqual({ n: 0 });
  });

  it('time off and bookings racing for the same hours of a therapist: one of each pair wins, never both', async () => {
    const coordinator = asStaff(await signIn(t, DEMO_LOGINS.COORDINATOR));
    const deepTissue = await treatmentId(t, 'deep-tissue');
    const { days } = await availability(t, {
      treatmentId: deepTissue,
      postcode: '2000',
      from: sydneyDate(52),
      to: sydneyDate(58),
    });
    // 20 (therapist, start) pairs hours apart, so that the pairs do not touch each other
    const picks: { start: string; therapistId: string }[] = [];
    const lastEnd = new Map<string, number>();
    for (const slot of days.flatMap((d) => d.slots)) {
      for (const therapist of slot.therapists) {
        const start = Date.parse(slot.start);
        if (picks.length < 20 && start >= (lastEnd.get(therapist.id) ?? 0)) {
          lastEnd.set(therapist.id, start + 4 * 3_600_000);
          picks.push({ start: slot.start, therapistId: therapist.id });
        }
      }
    }
    expect(picks).toHaveLength(20);
    const ADD = `mutation ($id: ID!, $start: DateTime!, $end: DateTime!) {
      addTimeOff(therapistId: $id, start: $start, end: $end, reason: "Race") { id } }`;
    const outcomes = await Promise.all(
      picks.map(async (pick, i) => {
        const [booked, off] = await Promise.all([
          createBooking(
            t,
            bookingInput({
              treatmentId: deepTissue,
              start: pick.start,
              therapistId: pick.therapistId,
              idempotencyKey: `off-race-${i}`,
            }),
          ),
          t.graphql(
            ADD,
            {
              id: pick.therapistId,
              start: pick.start,
              end: new Date(Date.parse(pick.start) + 3_600_000).toISOString(),
            },
            coordinator,
          ),
        ]);
        return [booked.errors?.[0]?.extensions?.code ?? 'BOOKED', off.errors?.[0]?.extensions?.code ?? 'OFF'].join('+');
      }),
    );
    for (const o of outcomes) expect(['BOOKED+POLICY_VIOLATION', 'SLOT_UNAVAILABLE+OFF']).toContain(o);
    const [clashes] = await sql(`
      select count(*)::int as n from booking b join therapist_time_off o
        on o.therapist_id = b.therapist_id and tstzrange(o.starts_at, o.ends_at) && b.busy
       where b.status <> 'CANCELLED'`);
    expect(clashes).toEqual({ n: 0 });
  });
});
