import type { ParsedMail } from 'mailparser';
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookingInput, createBooking, firstSlot, treatmentId } from '../test-support/booking-fixtures.js';
import { asStaff, DEMO_LOGINS, signIn } from '../test-support/callers.js';
import { type SmtpReceiver, startSmtpReceiver } from '../test-support/smtp-receiver.js';
import { startTestApi, type TestApi } from '../test-support/test-api.js';

const PUBLIC_URL = 'https://book.massage.example';
const CLIENT = { name: 'Jordan Lee', email: 'jordan.lee@example.com', phone: '0412 345 678' };
const THERAPIST_EMAIL = DEMO_LOGINS.THERAPIST.email;

let t: TestApi;
let smtp: SmtpReceiver;
let therapistId: string;
let deepTissue: string;

beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await startTestApi({
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Harbour Massage <bookings@massage.example>',
    PUBLIC_URL,
    OUTBOX_POLL_MS: '50',
  });
  const [account] = await t.sql<{ therapist_id: string }>('select therapist_id from staff_account where email = ?', [
    THERAPIST_EMAIL,
  ]);
  therapistId = account?.therapist_id ?? '';
  deepTissue = await treatmentId(t, 'deep-tissue');
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

/** The messages received for `to` whose subject holds `text`, waited for until there are `count`. */
async function mailsTo(to: string, text: string, count = 1): Promise<ParsedMail[]> {
  const matching = () =>
    smtp.received.filter((m) => m.subject?.includes(text) && JSON.stringify(m.to).includes(to.toLowerCase()));
  await expect.poll(() => matching().length).toBeGreaterThanOrEqual(count);
  return matching();
}

function inviteOf(mail: ParsedMail): { raw: string; event: VEvent } {
  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  if (!part) throw new Error(`no invite in "${mail.subject}"`);
  const raw = part.content.toString('utf8');
  const event = Object.values(ical.sync.parseICS(raw)).find((c): c is VEvent => c?.type === 'VEVENT');
  if (!event) throw new Error('no VEVENT');
  return { raw, event };
}

const MANAGE = 'query ($r: String!, $t: String!) { booking(reference: $r, manageToken: $t) { status } }';

describe('emails through a booking’s life, over SMTP', () => {
  it('confirms with an invite, reminds, reschedules with the updated invite and cancels with METHOD:CANCEL', async () => {
    const slot = await firstSlot(t, { treatmentId: deepTissue, postcode: '2000', therapistId }, 3);
    const created = await createBooking(
      t,
      bookingInput({ treatmentId: deepTissue, start: slot.start, therapistId, client: CLIENT }),
    );
    const booking = created.data?.createBooking.booking;
    const manageToken = created.data?.createBooking.manageToken ?? '';
    if (!booking) throw new Error(JSON.stringify(created.errors));

    // The client: a confirmation with an invite at the booked instant, and a manage link that works.
    const [confirmation] = await mailsTo(CLIENT.email, booking.reference);
    if (!confirmation) throw new Error('no confirmation');
    expect(confirmation.from?.text).toContain('bookings@massage.example');
    const first = inviteOf(confirmation);
    expect(first.raw).toContain('METHOD:REQUEST');
    expect(first.raw).toMatch(/DTSTART;TZID=Australia\/Sydney:/);
    expect(first.raw).toContain('BEGIN:VTIMEZONE');
    expect(new Date(String(first.event.start)).toISOString()).toBe(new Date(booking.start).toISOString());
    expect(new Date(String(first.event.end)).toISOString()).toBe(new Date(booking.end).toISOString());
    expect(first.event.uid).toBe(`${booking.id}@book.massage.example`);
    expect(String(first.event.sequence)).toBe('0');
    const link = `${PUBLIC_URL}/book#mm-manage=${booking.reference}.${manageToken}`;
    expect(confirmation.text).toContain(link);
    expect(confirmation.html).toContain(link);
    expect((await t.graphql(MANAGE, { r: booking.reference, t: manageToken })).data).toEqual({
      booking: { status: 'CONFIRMED' },
    });
    // The therapist hears of the new booking.
    await mailsTo(THERAPIST_EMAIL, booking.reference);

    // The reminder waits for 24 h before the session; made due now, it is sent.
    const [reminder] = await t.sql<{ id: string; due: boolean }>(
      `select id, due_at = ?::timestamptz - interval '24 hours' as due from outbox
        where booking_id = ? and template = 'booking.reminder' and status = 'PENDING'`,
      [booking.start, booking.id],
    );
    expect(reminder?.due).toBe(true);
    await t.sql('update outbox set due_at = now() where id = ?', [reminder?.id]);
    await mailsTo(CLIENT.email, booking.reference, 2);
    const sentReminder = smtp.received.find((m) => m.messageId?.startsWith(`<${reminder?.id}@`));
    expect(sentReminder?.attachments.some((a) => a.contentType.startsWith('text/calendar'))).toBe(false);

    // Rescheduled: a new invite with the same UID, SEQUENCE 1, at the new instant; the old reminder makes way.
    const later = await firstSlot(t, { treatmentId: deepTissue, postcode: '2000', therapistId }, 6);
    const moved = await t.graphql<{ rescheduleBooking: { start: string } }>(
      'mutation ($r: String!, $t: String!, $s: DateTime!) { rescheduleBooking(reference: $r, manageToken: $t, start: $s) { start } }',
      { r: booking.reference, t: manageToken, s: later.start },
    );
    expect(moved.errors).toBeUndefined();
    const rescheduled = (await mailsTo(CLIENT.email, booking.reference, 3)).at(-1);
    if (!rescheduled) throw new Error('no reschedule email');
    const second = inviteOf(rescheduled);
    expect(second.raw).toContain('METHOD:REQUEST');
    expect(second.event.uid).toBe(first.event.uid);
    expect(String(second.event.sequence)).toBe('1');
    expect(new Date(String(second.event.start)).toISOString()).toBe(new Date(later.start).toISOString());
    await mailsTo(THERAPIST_EMAIL, booking.reference, 2);
    const reminders = await t.sql<{ status: string; due: boolean }>(
      `select status, due_at = ?::timestamptz - interval '24 hours' as due from outbox
        where booking_id = ? and template = 'booking.reminder' order by created_at`,
      [later.start, booking.id],
    );
    expect(reminders.map((r) => r.status)).toEqual(['SENT', 'PENDING']);
    expect(reminders[1]?.due).toBe(true);

    // Cancelled: METHOD:CANCEL, SEQUENCE 2, and the pending reminder is cancelled with it.
    const cancelled = await t.graphql(
      'mutation ($r: String!, $t: String!) { cancelBooking(reference: $r, manageToken: $t) { status } }',
      { r: booking.reference, t: manageToken },
    );
    expect(cancelled.errors).toBeUndefined();
    const cancellation = (await mailsTo(CLIENT.email, booking.reference, 4)).at(-1);
    if (!cancellation) throw new Error('no cancellation');
    const third = inviteOf(cancellation);
    expect(third.raw).toContain('METHOD:CANCEL');
    expect(third.raw).toContain('STATUS:CANCELLED');
    expect(third.event.uid).toBe(first.event.uid);
    expect(String(third.event.sequence)).toBe('2');
    await mailsTo(THERAPIST_EMAIL, booking.reference, 3);
    const after = await t.sql<{ status: string }>(
      "select status from outbox where booking_id = ? and template = 'booking.reminder' order by created_at",
      [booking.id],
    );
    expect(after.map((r) => r.status)).toEqual(['SENT', 'CANCELLED']);

    // Each delivery once: four to the client, three to the therapist, each kept in `message` as sent over SMTP.
    const ours = smtp.received.filter((m) => m.subject?.includes(booking.reference));
    expect(ours).toHaveLength(7);
    expect(new Set(ours.map((m) => m.messageId)).size).toBe(7);
    const kept = await t.sql<{ transport: string; copy: string }>(
      `select m.transport, concat_ws(' ', m.text_body, m.html_body, m.invite) as copy
         from message m join outbox o on o.id = m.outbox_id where o.booking_id = ?`,
      [booking.id],
    );
    expect(kept).toHaveLength(7);
    expect(kept.every((m) => m.transport === 'SMTP')).toBe(true);
    // The kept copy has no manage token (the database keeps only its hash); the client's email had it.
    expect(kept.some((m) => m.copy.includes(`#mm-manage=${booking.reference}.token-not-kept`))).toBe(true);
    expect(kept.every((m) => !m.copy.includes(manageToken))).toBe(true);

    // The console's list shows them, newest first, with the email as sent.
    const admin = asStaff(await signIn(t, DEMO_LOGINS.ADMIN));
    const listed = await t.graphql<{
      messages: {
        edges: { node: { bookingReference: string; status: string; sentAt: string; email: { to: string } } }[];
      };
    }>(
      '{ messages(first: 50) { edges { node { bookingReference status createdAt sentAt email { to subject invite } } } } }',
      {},
      admin,
    );
    expect(listed.errors).toBeUndefined();
    const ours7 = listed.data?.messages.edges.filter((e) => e.node.bookingReference === booking.reference) ?? [];
    // seven sent, and the second reminder, cancelled with the booking
    expect(ours7.filter((e) => e.node.status === 'SENT' && e.node.sentAt && e.node.email.to)).toHaveLength(7);
    expect(ours7.filter((e) => e.node.status === 'CANCELLED')).toHaveLength(1);
    expect(ours7).toHaveLength(8);
  });

  it('keeps a scheduled reminder across a restart of the API', async () => {
    const slot = await firstSlot(t, { treatmentId: deepTissue, postcode: '2010' }, 8);
    const created = await createBooking(
      t,
      bookingInput({ treatmentId: deepTissue, start: slot.start, client: { ...CLIENT, email: 'restart@example.com' } }),
    );
    const booking = created.data?.createBooking.booking;
    if (!booking) throw new Error(JSON.stringify(created.errors));
    await mailsTo('restart@example.com', booking.reference);
    t = await t.restart();
    const [reminder] = await t.sql<{ id: string; status: string }>(
      "select id, status from outbox where booking_id = ? and template = 'booking.reminder'",
      [booking.id],
    );
    expect(reminder?.status).toBe('PENDING');
    await t.sql('update outbox set due_at = now() where id = ?', [reminder?.id]);
    const [, sent] = await mailsTo('restart@example.com', booking.reference, 2);
    expect(sent?.messageId).toBe(`<${reminder?.id}@book.massage.example>`);
  });

  it('follows up a completed session, and stops follow-ups from the link, never the booking messages', async () => {
    const admin = await signIn(t, DEMO_LOGINS.ADMIN);
    const email = 'follow.up@example.com';
    /** A booking moved back a year, so that it has begun and can be marked completed. */
    const pastBooking = async (days: number) => {
      const slot = await firstSlot(t, { treatmentId: deepTissue, postcode: '2000' }, days);
      const created = await createBooking(
        t,
        bookingInput({ treatmentId: deepTissue, start: slot.start, client: { ...CLIENT, email } }),
      );
      const booking = created.data?.createBooking.booking;
      if (!booking) throw new Error(JSON.stringify(created.errors));
      await t.sql(
        `update booking set starts_at = starts_at - interval '400 days', ends_at = ends_at - interval '400 days',
                busy = tstzrange(lower(busy) - interval '400 days', upper(busy) - interval '400 days', '[)') where id = ?`,
        [booking.id],
      );
      const done = await t.graphql(
        'mutation ($id: ID!) { recordBookingOutcome(id: $id, outcome: COMPLETED) { status } }',
        { id: booking.id },
        asStaff(admin),
      );
      expect(done.errors).toBeUndefined();
      return booking;
    };
    const first = await pastBooking(3);
    const [followUp] = (await mailsTo(email, first.reference, 2)).filter((m) => m.text?.includes('unsubscribe'));
    if (!followUp?.text) throw new Error('no follow-up');
    // RFC 8058 one-click: List-Unsubscribe with its POST companion (mailparser groups the List-* headers)
    expect(followUp.headers.get('list')).toMatchObject({
      unsubscribe: { id: expect.stringContaining(`${PUBLIC_URL}/messages/unsubscribe?`) },
      'unsubscribe-post': { name: 'List-Unsubscribe=One-Click' },
    });
    const link = /(https:\/\/book\.massage\.example\/messages\/unsubscribe\?\S+)/.exec(followUp.text)?.[1];
    if (!link) throw new Error('no unsubscribe link');
    const local = link.replace(PUBLIC_URL, t.url);
    expect((await fetch(local)).status).toBe(200);
    expect((await fetch(local.replace(/token=[^&]+/, 'token=forged'), { method: 'POST' })).status).toBe(400);
    expect((await fetch(local, { method: 'POST' })).status).toBe(200);

    const second = await pastBooking(4);
    // Its confirmation still comes (booking messages cannot be stopped); its follow-up is skipped.
    await mailsTo(email, second.reference);
    await expect
      .poll(
        async () =>
          (
            await t.sql<{ status: string }>(
              "select status from outbox where booking_id = ? and template = 'booking.followup'",
              [second.id],
            )
          )[0]?.status,
      )
      .toBe('SKIPPED');
  });

  it('writes to the client in the language they booked in', async () => {
    const slot = await firstSlot(t, { treatmentId: deepTissue, postcode: '2009' }, 9);
    const email = 'wang.fang@example.com';
    const refused = await createBooking(
      t,
      bookingInput({ treatmentId: deepTissue, start: slot.start, client: { ...CLIENT, email }, locale: 'not a tag!' }),
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locale' });
    const created = await createBooking(
      t,
      bookingInput({ treatmentId: deepTissue, start: slot.start, client: { ...CLIENT, email }, locale: 'zh-CN' }),
    );
    const booking = created.data?.createBooking.booking;
    if (!booking) throw new Error(JSON.stringify(created.errors));
    const [confirmation] = await mailsTo(email, booking.reference);
    expect(confirmation?.subject).toMatch(/[\u4e00-\u9fff]/);
    expect(confirmation?.text).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('an email the relay will not take', () => {
  let failing: TestApi;
  beforeAll(async () => {
    failing = await startTestApi({
      SMTP_URL: smtp.url,
      OUTBOX_POLL_MS: '50',
      OUTBOX_MAX_ATTEMPTS: '2',
      OUTBOX_RETRY_BASE_MS: '50',
    });
  });
  afterAll(async () => {
    smtp.refuse(false);
    await failing?.close();
  });

  it('is retried, then dead in the Messages list with its error, and a coordinator sends it again', async () => {
    smtp.refuse(true);
    const deep = await treatmentId(failing, 'deep-tissue');
    const slot = await firstSlot(failing, { treatmentId: deep, postcode: '2000' }, 5);
    const email = 'refused.once@example.com';
    const created = await createBooking(
      failing,
      bookingInput({ treatmentId: deep, start: slot.start, client: { ...CLIENT, email } }),
    );
    const reference = created.data?.createBooking.booking.reference;
    if (!reference) throw new Error(JSON.stringify(created.errors));
    const coordinator = asStaff(await signIn(failing, DEMO_LOGINS.COORDINATOR));
    type Dead = {
      messages: {
        edges: {
          node: {
            id: string;
            bookingReference: string;
            template: string;
            attempts: number;
            lastError: string;
            email: null;
          };
        }[];
      };
    };
    const dead = async () =>
      (
        await failing.graphql<Dead>(
          '{ messages(status: DEAD) { edges { node { id bookingReference template attempts lastError email { to } } } } }',
          {},
          coordinator,
        )
      ).data?.messages.edges
        .map((e) => e.node)
        .find((n) => n.bookingReference === reference && n.template === 'booking.confirmation');
    await expect.poll(dead).toMatchObject({ attempts: 2, lastError: 'could not deliver (EMESSAGE)', email: null });
    expect(smtp.received.some((m) => m.subject?.includes(reference))).toBe(false);

    smtp.refuse(false);
    const id = (await dead())?.id;
    const again = await failing.graphql(
      'mutation ($id: ID!) { resendDelivery(id: $id) { status attempts } }',
      { id },
      coordinator,
    );
    expect(again.data).toEqual({ resendDelivery: { status: 'PENDING', attempts: 0 } });
    await mailsTo(email, reference);
    // sent once, and no longer dead
    expect(await dead()).toBeUndefined();
  });
});
