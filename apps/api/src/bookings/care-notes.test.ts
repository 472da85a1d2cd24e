import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingInput, createBooking, firstSlot, treatmentId } from '../test-support/booking-fixtures.js';
import { asStaff, DEMO_LOGINS, signIn } from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

let t: TestApi;
let therapist: string;
let coordinator: string;

beforeAll(async () => {
  t = await startTestApi();
  therapist = await signIn(t, DEMO_LOGINS.THERAPIST);
  coordinator = await signIn(t, DEMO_LOGINS.COORDINATOR);
});
afterAll(async () => {
  await t?.close();
});

const NOTES = 'query ($id: ID!) { staffBooking(id: $id) { careNotes { precautions intakeNotes } } }';
type Notes = { staffBooking: { careNotes: { precautions: string | null; intakeNotes: string | null } | null } };

describe("a booking's care notes", () => {
  it('shows a therapist the precautions of their own booking from 48 h before to 7 days after, never the diagnosis', async () => {
    const [amelia] = await t.sql<{ id: string }>("select id from therapist where display_name = 'Amelia Hart'");
    const [referral] = await t.sql<{ id: string }>("select id from referral where code = 'RX-DEMO-BACK'");
    // two of her past sessions on the referral: one that ended within the last 6 days, one 8 to 30 days ago
    const past = async (fromDaysAgo: number, toDaysAgo: number) => {
      const [row] = await t.sql<{ id: string }>(
        `update booking set referral_id = ? where id = (
           select id from booking where therapist_id = ? and status = 'COMPLETED'
              and ends_at between now() - make_interval(days => ?) and now() - make_interval(days => ?)
            order by ends_at desc limit 1) returning id`,
        [referral?.id, amelia?.id, fromDaysAgo, toDaysAgo],
      );
      if (!row) throw new Error(`no session of hers ${fromDaysAgo} to ${toDaysAgo} days ago`);
      return row.id;
    };
    const recent = await past(6, 0);
    const old = await past(30, 8);
    const seen = (id: string, who = therapist) => t.graphql<Notes>(NOTES, { id }, asStaff(who));
    expect((await seen(recent)).data?.staffBooking.careNotes).toEqual({
      precautions: 'Avoid prone position longer than 20 minutes.',
      intakeNotes: null,
    });
    expect((await seen(old)).data?.staffBooking.careNotes).toBeNull();
    // the office sees them whenever
    expect((await seen(old, coordinator)).data?.staffBooking.careNotes?.precautions).toMatch(/prone/);

    // a session of hers more than 48 h ahead: not yet
    const medical = await treatmentId(t, 'medical-massage');
    const slot = await firstSlot(t, { treatmentId: medical, therapistId: amelia?.id, referralCode: 'RX-DEMO-BACK' }, 4);
    const booked = await createBooking(
      t,
      bookingInput({
        treatmentId: medical,
        therapistId: amelia?.id,
        start: slot.start,
        referralCode: 'RX-DEMO-BACK',
        intakeNotes: 'Left shoulder worse after gardening',
      }),
    );
    const ahead = booked.data?.createBooking.booking.id ?? '';
    expect((await seen(ahead)).data?.staffBooking.careNotes).toBeNull();
    expect((await seen(ahead, coordinator)).data?.staffBooking.careNotes?.intakeNotes).toBe(
      'Left shoulder worse after gardening',
    );

    // the referral itself, with its diagnosis, is the office's only
    const refused = await t.graphql(
      'query ($id: ID!) { referral(id: $id) { id } }',
      { id: referral?.id },
      asStaff(therapist),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // every read that showed notes is in the audit log as the therapist's
    const [audited] = await t.sql<{ n: number }>(
      "select count(*)::int as n from health_audit where actor_role = 'THERAPIST' and record_id in (?, ?)",
      [recent, referral?.id],
    );
    expect(audited?.n).toBe(2);
  });
});
