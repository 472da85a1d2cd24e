import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingInput, createBooking, firstSlot, sydneyDate, treatmentId } from '../test-support/booking-fixtures.js';
import {
  asStaff,
  DEMO_LOGINS,
  DEMO_PARTNER_ORIGIN,
  DEMO_PUBLISHABLE_KEY,
  demoPartnerId,
  issueKey,
  signIn,
} from '../test-support/callers.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';
import type { Template } from './templates.js';
import { scheduleDigests } from './worker.js';

/** Health data written in every place it can be: none of it may reach a message or a webhook. */
const HEALTH = {
  diagnosis: 'Diagnosed lumbar radiculopathy HD-DIAGNOSIS',
  diagnosisCode: 'M54.16',
  precautions: 'Takes anticoagulants HD-PRECAUTION',
  providerNotes: 'Post-op week six HD-PROVIDER-NOTE',
  intakeNotes: 'Recent surgery on the left knee HD-INTAKE',
  rejection: 'Condition contraindicated HD-REJECTION-REASON',
};
const FORBIDDEN = [
  ...Object.values(HEALTH),
  'HD-',
  'radiculopathy',
  'anticoagulant',
  'M54',
  'CHRONIC_PAIN',
  'Chronic pain',
  'chronic pain',
];

const EVERY_TEMPLATE: Template['kind'][] = [
  'booking.confirmation',
  'booking.rescheduled',
  'booking.cancelled',
  'booking.reminder',
  'booking.followup',
  'therapist.booking.created',
  'therapist.booking.changed',
  'therapist.booking.cancelled',
  'therapist.digest',
  'referral.verified',
  'referral.rejected',
  'referral.expiring',
  'referral.exhausted',
  'staff.referrals.waiting',
];

let t: TestApi;
const webhookBodies: string[] = [];
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk: Buffer) => {
    body += chunk.toString('utf8');
  });
  req.on('end', () => {
    webhookBodies.push(body);
    res.statusCode = 204;
    res.end();
  });
});

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  t = await startTestApi({ WEBHOOK_ALLOW_LOOPBACK: 'true', OUTBOX_POLL_MS: '50' });
});
afterAll(async () => {
  await t?.close();
  receiver.close();
});

describe('no health data in any message or webhook', () => {
  it('renders every email and every webhook of a medical course with health data present, and none of it appears', async () => {
    const admin = asStaff(await signIn(t, DEMO_LOGINS.ADMIN));
    const partnerId = await demoPartnerId(t, admin.cookie ?? '');
    const { port } = receiver.address() as AddressInfo;
    const hook = await t.graphql(
      'mutation ($i: WebhookEndpointInput!) { addWebhookEndpoint(input: $i) { secret } }',
      {
        i: {
          partnerId,
          url: `http://127.0.0.1:${port}/hooks`,
          topics: [
            'BOOKING_CREATED',
            'BOOKING_RESCHEDULED',
            'BOOKING_CANCELLED',
            'BOOKING_COMPLETED',
            'REFERRAL_VERIFIED',
          ],
        },
      },
      admin,
    );
    expect(hook.errors).toBeUndefined();
    const [amelia] = await t.sql<{ therapist_id: string }>('select therapist_id from staff_account where email = ?', [
      DEMO_LOGINS.THERAPIST.email,
    ]);
    const therapistId = amelia?.therapist_id ?? '';
    const medical = await treatmentId(t, 'medical-massage');
    const deepTissue = await treatmentId(t, 'deep-tissue');
    const partner = { 'x-partner-key': DEMO_PUBLISHABLE_KEY, origin: DEMO_PARTNER_ORIGIN };
    const client = { name: 'Robin Park', email: 'robin.park@example.com', phone: '0412 777 888' };
    const holder = { familyName: 'Park', dateOfBirth: '1975-06-30' };

    const book = async (input: Record<string, unknown>, fromDays: number) => {
      const slot = await firstSlot(
        t,
        {
          treatmentId: input.treatmentId,
          postcode: '2000',
          therapistId,
          ...(input.referralCode ? { referralCode: input.referralCode } : {}),
        },
        fromDays,
      );
      const created = await createBooking(
        t,
        bookingInput({ client, therapistId, start: slot.start, intakeNotes: HEALTH.intakeNotes, ...input }),
        partner,
      );
      if (!created.data) throw new Error(JSON.stringify(created.errors));
      return created.data.createBooking;
    };
    // A wellness booking makes the client known, so that referrals can be theirs.
    const wellness = await book({ treatmentId: deepTissue }, 3);
    const [known] = await t.sql<{ client_id: string }>('select client_id from booking where id = ?', [
      wellness.booking.id,
    ]);

    const referral = (sessions: number) => ({
      treatmentId: medical,
      holder,
      holderGivenNames: 'Robin',
      providerName: 'Dr Lee Chen',
      providerProfession: 'GP',
      conditions: ['CHRONIC_PAIN'],
      diagnosis: HEALTH.diagnosis,
      diagnosisCode: HEALTH.diagnosisCode,
      precautions: HEALTH.precautions,
      providerNotes: HEALTH.providerNotes,
      sessionsAuthorised: sessions,
      issuedOn: sydneyDate(0),
      expiresOn: sydneyDate(60),
    });
    const enter = async (sessions: number) => {
      const entered = await t.graphql<{ enterReferral: { id: string; code: string } }>(
        'mutation ($i: ReferralInput!) { enterReferral(input: $i) { id code } }',
        { i: { ...referral(sessions), clientId: known?.client_id } },
        admin,
      );
      if (!entered.data) throw new Error(JSON.stringify(entered.errors));
      return entered.data.enterReferral;
    };
    const secretKey = await issueKey(t, admin.cookie ?? '', partnerId, 'SECRET');
    const submit = async () => {
      const submitted = await t.graphql<{ submitReferral: { id: string } }>(
        'mutation ($i: ReferralInput!) { submitReferral(input: $i) { id } }',
        { i: referral(3) },
        { authorization: `Bearer ${secretKey.token}` },
      );
      if (!submitted.data) throw new Error(JSON.stringify(submitted.errors));
      return submitted.data.submitReferral;
    };
    const decide = async (mutation: string, id: string) => {
      const done = await t.graphql(mutation, { id, reason: HEALTH.rejection }, admin);
      expect(done.errors).toBeUndefined();
    };
    const VERIFY = 'mutation ($id: ID!) { verifyReferral(id: $id) { status } }';

    // A: verified, two sessions, both booked (used up), the second moved then cancelled.
    const a = await enter(2);
    await decide(VERIFY, a.id);
    await book({ treatmentId: medical, referralCode: a.code, referralHolder: holder }, 4);
    const later = await firstSlot(t, { treatmentId: medical, therapistId, referralCode: a.code }, 9);
    const second = await book({ treatmentId: medical, referralCode: a.code, referralHolder: holder }, 6);
    // told it is used up before a session comes back (then the notice would no longer hold, and be skipped)
    await expect
      .poll(
        async () =>
          (await t.sql<{ status: string }>("select status from outbox where template = 'referral.exhausted'"))[0]
            ?.status,
      )
      .toBe('SENT');
    const manage = { r: second.booking.reference, t: second.manageToken };
    expect(
      (
        await t.graphql(
          'mutation ($r: String!, $t: String!, $s: DateTime!) { rescheduleBooking(reference: $r, manageToken: $t, start: $s) { status } }',
          { ...manage, s: later.start },
        )
      ).errors,
    ).toBeUndefined();
    expect(
      (
        await t.graphql(
          'mutation ($r: String!, $t: String!) { cancelBooking(reference: $r, manageToken: $t) { status } }',
          manage,
        )
      ).errors,
    ).toBeUndefined();
    // B: rejected, with a reason that speaks of the condition. C: sent by the partner, waiting. D: sent by the partner, verified.
    const b = await enter(2);
    await decide('mutation ($id: ID!, $reason: String!) { rejectReferral(id: $id, reason: $reason) { status } }', b.id);
    await submit();
    await decide(VERIFY, (await submit()).id);
    // The wellness session given and completed: a follow-up.
    await t.sql(
      `update booking set starts_at = starts_at - interval '400 days', ends_at = ends_at - interval '400 days',
              busy = tstzrange(lower(busy) - interval '400 days', upper(busy) - interval '400 days', '[)') where id = ?`,
      [wellness.booking.id],
    );
    expect(
      (
        await t.graphql(
          'mutation ($id: ID!) { recordBookingOutcome(id: $id, outcome: COMPLETED) { status } }',
          { id: wellness.booking.id },
          admin,
        )
      ).errors,
    ).toBeUndefined();
    // Tomorrow's schedule for the therapist.
    await book({ treatmentId: deepTissue }, 1);
    await scheduleDigests(t.api.database.orm.em.fork(), 'Australia/Sydney', 0);
    const [digest] = await t.sql<{ n: number }>(
      "select count(*)::int as n from outbox where template = 'therapist.digest'",
    );
    if (digest?.n === 0) {
      // no free slot tomorrow for this therapist: the digest of the day after instead, on its own
      await t.sql(
        `insert into outbox (id, topic, channel, template, recipient, dedupe_key, payload)
         select gen_random_uuid(), 'therapist.digest', 'EMAIL', 'therapist.digest', 'staff:' || s.id, 'digest-test',
                json_build_object('date', (b.starts_at at time zone 'Australia/Sydney')::date::text)
           from staff_account s join booking b on b.therapist_id = s.therapist_id and b.status = 'CONFIRMED'
          where s.email = ? limit 1`,
        [DEMO_LOGINS.THERAPIST.email],
      );
    }

    // Everything scheduled (reminders, expiry warnings, the staff's waiting notice, the digest) comes due now.
    await t.sql("update outbox set due_at = now() where status = 'PENDING'");
    await expect
      .poll(
        async () =>
          (await t.sql<{ n: number }>("select count(*)::int as n from outbox where status = 'PENDING'"))[0]?.n,
        {
          timeout: 30_000,
        },
      )
      .toBe(0);

    const sent = await t.sql<{ template: string | null }>("select distinct template from outbox where status = 'SENT'");
    expect(
      sent
        .map((r) => r.template)
        .filter(Boolean)
        .sort(),
    ).toEqual([...EVERY_TEMPLATE].sort());
    const messages = await t.sql<{ subject: string; text_body: string; html_body: string; invite: string | null }>(
      'select subject, text_body, html_body, invite from message',
    );
    const payloads = await t.sql<{ payload: unknown }>("select payload from outbox where channel = 'WEBHOOK'");
    await expect.poll(() => webhookBodies.length).toBe(payloads.length);
    expect(webhookBodies.length).toBeGreaterThanOrEqual(5);
    const everything = [
      ...messages.flatMap((m) => [m.subject, m.text_body, m.html_body, m.invite ?? '']),
      ...payloads.map((p) => JSON.stringify(p.payload)),
      ...webhookBodies,
    ];
    expect(everything.length).toBeGreaterThan(40);
    for (const text of everything) {
      for (const forbidden of FORBIDDEN) expect(text.toLowerCase()).not.toContain(forbidden.toLowerCase());
    }
  });
});
