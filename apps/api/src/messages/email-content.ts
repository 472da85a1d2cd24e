import type { EntityManager } from '@mikro-orm/postgresql';
import { formatMoney } from '@mm/domain/money';
import { manageTokenFor } from '../bookings/manage-token.js';
import { preparedSql } from '../database/prepared-sql.js';
import { bookingInvite } from './invite.js';
import type { OutboxRow } from './outbox-row.js';
import {
  type BookingFacts,
  type MessageContext,
  messageLocale,
  type ReferralFacts,
  type RenderedMessage,
  renderMessage,
  type Template,
} from './templates.js';
import { unsubscribeLink } from './unsubscribe.js';

/** What rendering an email needs besides the database. */
export interface EmailSettings {
  readonly publicUrl: string;
  /** The staff console, for links in staff and therapist messages. */
  readonly consoleUrl: string;
  readonly tokenSecret: string;
  readonly timeZone: string;
  /** Formats money (the operator's locale). */
  readonly moneyLocale: string;
  readonly from: { readonly name: string; readonly address: string };
}

export interface Email extends RenderedMessage {
  readonly to: { readonly name: string; readonly address: string };
  /** The calendar invite, with its METHOD, for booking messages to the client. */
  readonly invite: { readonly method: 'REQUEST' | 'CANCEL'; readonly content: string } | null;
  /** Follow-ups only: where one click stops them (RFC 8058). */
  readonly unsubscribe: string | null;
}

/** Due but with nothing to say any more: the row is marked SKIPPED. */
export const NOTHING_TO_SEND = Symbol('nothing to send');

interface BookingRow {
  id: string;
  reference: string;
  status: string;
  sequence: number;
  locale: string;
  starts_at: Date;
  ends_at: Date;
  duration_minutes: number;
  price_amount_minor: number;
  price_currency: string;
  client_id: string;
  client_name: string;
  client_email: string;
  treatment: string;
  therapist_id: string;
  therapist: string;
  address: string;
  sessions_left: number | null;
  followups_stopped: boolean;
}

const bookingSelect = `select b.id, b.reference, b.status, b.sequence, b.locale, b.starts_at, b.ends_at, b.duration_minutes,
    b.price_amount_minor, b.price_currency, b.client_id, b.client_name, b.client_email, t.name as treatment,
    b.therapist_id, th.display_name as therapist,
    concat_ws(', ', a.line1, a.line2, a.suburb, nullif(concat_ws(' ', a.state, a.postcode), '')) as address,
    case when r.id is null then null else r.sessions_authorised - r.sessions_used end as sessions_left,
    c.followups_stopped_at is not null as followups_stopped
  from booking b join treatment t on t.id = b.treatment_id join therapist th on th.id = b.therapist_id
  join address a on a.id = b.address_id join client c on c.id = b.client_id
  left join referral r on r.id = b.referral_id`;

/** Every booking email reads its booking so: prepared, as the booking statements are. */
const BOOKING_BY_ID = preparedSql<'id'>('email-booking', `${bookingSelect} where b.id = :id`);

interface ReferralRow {
  id: string;
  code: string;
  status: string;
  holder: string | null;
  treatment: string;
  sessions_authorised: number;
  sessions_used: number;
  expires_on: string;
  client_name: string | null;
  client_email: string | null;
  locale: string | null;
  /** Not yet past its expiry, in the operator's zone. */
  in_date: boolean;
}

const facts = (row: BookingRow, settings: EmailSettings): BookingFacts => ({
  reference: row.reference,
  treatment: row.treatment,
  durationMinutes: row.duration_minutes,
  start: new Date(row.starts_at),
  end: new Date(row.ends_at),
  therapistName: row.therapist,
  clientName: row.client_name,
  addressLine: row.address,
  price: formatMoney({ amountMinor: row.price_amount_minor, currency: row.price_currency }, settings.moneyLocale),
  sessionsLeft: row.sessions_left,
});

/** The page that books and, with a booking's key in its fragment, manages (served by the API: `/book`). */
export const bookPage = (publicUrl: string) => `${publicUrl}/book`;

/**
 * Who the rendering is for: the recipient gets the booking's manage token in its
 * link; the copy kept in the database (and shown in the console) does not, as
 * the database keeps only a hash of that token.
 */
export type Rendering = 'recipient' | 'record';

/** Stands for the manage token in the kept copy of an email. */
export const TOKEN_NOT_KEPT = 'token-not-kept';

const manageLink = (settings: EmailSettings, row: Pick<BookingRow, 'id' | 'reference'>, rendering: Rendering) =>
  `${bookPage(settings.publicUrl)}#mm-manage=${encodeURIComponent(row.reference)}.${
    rendering === 'recipient' ? manageTokenFor(settings.tokenSecret, row.id) : TOKEN_NOT_KEPT
  }`;

async function staffRecipient(em: EntityManager, recipient: string) {
  const [row] = await em.execute<{ email: string; display_name: string; role: string; therapist_id: string | null }[]>(
    'select email, display_name, role, therapist_id from staff_account where id = ? and active',
    [recipient.slice('staff:'.length)],
  );
  return row;
}

function context(settings: EmailSettings, locale: string | null, links: MessageContext['links']): MessageContext {
  return { locale: messageLocale(locale), timeZone: settings.timeZone, operatorName: settings.from.name, links };
}

/** An email read from the database once, written for whoever it is for. */
export type EmailRenderer = (rendering: Rendering) => Email;

const same = (email: Email | typeof NOTHING_TO_SEND): EmailRenderer | typeof NOTHING_TO_SEND =>
  email === NOTHING_TO_SEND ? email : () => email;

/**
 * The email an outbox row stands for, from the database as it is now (a
 * confirmation sent after a reschedule shows the new time), or NOTHING_TO_SEND
 * when it no longer applies.
 */
export async function composeEmail(
  em: EntityManager,
  row: OutboxRow,
  settings: EmailSettings,
  now: Date,
): Promise<EmailRenderer | typeof NOTHING_TO_SEND> {
  const kind = row.template as Template['kind'];
  if (kind === 'therapist.digest') return same(await composeDigest(em, row, settings));
  if (kind === 'staff.referrals.waiting') return same(await composeWaiting(em, row, settings));
  if (kind.startsWith('referral.')) return same(await composeReferral(em, row, settings, kind));

  const [booking] = await BOOKING_BY_ID.run<BookingRow>(em, { id: row.bookingId });
  if (!booking) return NOTHING_TO_SEND;
  const bookingFacts = facts(booking, settings);
  const previousStart = row.payload.previousStart ? new Date(String(row.payload.previousStart)) : bookingFacts.start;
  let template: Template;
  switch (kind) {
    case 'booking.reminder':
      if (booking.status !== 'CONFIRMED') return NOTHING_TO_SEND;
      template = { kind, booking: bookingFacts };
      break;
    case 'booking.followup':
      if (booking.followups_stopped) return NOTHING_TO_SEND;
      template = { kind, booking: bookingFacts };
      break;
    case 'booking.rescheduled':
    case 'therapist.booking.changed':
      template = { kind, booking: bookingFacts, previousStart };
      break;
    default:
      template = { kind, booking: bookingFacts } as Template;
  }
  const toTherapist = kind.startsWith('therapist.');
  const staff = toTherapist ? await staffRecipient(em, row.recipient) : undefined;
  if (toTherapist && !staff) return NOTHING_TO_SEND;
  const unsubscribe =
    kind === 'booking.followup' ? unsubscribeLink(settings.publicUrl, settings.tokenSecret, booking.client_id) : null;
  return (rendering) => {
    const links: MessageContext['links'] = toTherapist
      ? { console: `${settings.consoleUrl}/bookings/${booking.id}` }
      : {
          ...(booking.status === 'CANCELLED' ? {} : { manage: manageLink(settings, booking, rendering) }),
          book: bookPage(settings.publicUrl),
          ...(unsubscribe ? { unsubscribe } : {}),
        };
    const rendered = renderMessage(template, context(settings, toTherapist ? 'en' : booking.locale, links));
    const to = staff
      ? { name: staff.display_name, address: staff.email }
      : { name: booking.client_name, address: booking.client_email };
    const method = kind === 'booking.cancelled' ? 'CANCEL' : 'REQUEST';
    const withInvite = ['booking.confirmation', 'booking.rescheduled', 'booking.cancelled'].includes(kind);
    return {
      ...rendered,
      to,
      unsubscribe,
      invite: withInvite
        ? {
            method,
            content: bookingInvite({
              uid: `${booking.id}@${new URL(settings.publicUrl).hostname}`,
              sequence: booking.sequence,
              method,
              start: bookingFacts.start,
              end: bookingFacts.end,
              timeZone: settings.timeZone,
              summary: `${booking.treatment}, ${booking.duration_minutes} min (${booking.reference})`,
              description: `${booking.reference}: ${booking.treatment} with ${booking.therapist}. ${manageLink(settings, booking, rendering)}`,
              location: booking.address,
              url: manageLink(settings, booking, rendering),
              organizer: { name: settings.from.name, email: settings.from.address },
              attendee: { name: to.name, email: to.address },
              now,
            }),
          }
        : null,
    };
  };
}

async function composeReferral(
  em: EntityManager,
  row: OutboxRow,
  settings: EmailSettings,
  kind: Template['kind'],
): Promise<Email | typeof NOTHING_TO_SEND> {
  const [referral] = await em.execute<ReferralRow[]>(
    `select r.id, r.code, r.status, concat_ws(' ', r.holder_given_names, r.holder_family_name) as holder,
            t.name as treatment, r.sessions_authorised, r.sessions_used, r.expires_on::text as expires_on,
            c.name as client_name, c.email as client_email,
            (select b.locale from booking b where b.referral_id = r.id order by b.created_at desc limit 1) as locale,
            r.expires_on >= (now() at time zone ?)::date as in_date
       from referral r join treatment t on t.id = r.treatment_id left join client c on c.id = r.client_id
      where r.id = ?`,
    [settings.timeZone, row.referralId],
  );
  if (!referral?.client_email || !referral.client_name) return NOTHING_TO_SEND;
  const left = referral.sessions_authorised - referral.sessions_used;
  const stillExpiring = referral.status === 'VERIFIED' && left > 0 && referral.in_date;
  if (kind === 'referral.expiring' && !stillExpiring) return NOTHING_TO_SEND;
  if (kind === 'referral.exhausted' && referral.status !== 'EXHAUSTED') return NOTHING_TO_SEND;
  const referralFacts: ReferralFacts = {
    code: referral.code,
    holderName: referral.holder?.trim() || referral.client_name,
    treatment: referral.treatment,
    sessionsAuthorised: referral.sessions_authorised,
    sessionsUsed: referral.sessions_used,
    expiresOn: referral.expires_on,
  };
  const template = { kind, referral: referralFacts } as Template;
  const rendered = renderMessage(template, context(settings, referral.locale, { book: bookPage(settings.publicUrl) }));
  return {
    ...rendered,
    to: { name: referral.client_name, address: referral.client_email },
    invite: null,
    unsubscribe: null,
  };
}

async function composeDigest(
  em: EntityManager,
  row: OutboxRow,
  settings: EmailSettings,
): Promise<Email | typeof NOTHING_TO_SEND> {
  const staff = await staffRecipient(em, row.recipient);
  const date = String(row.payload.date ?? '');
  if (!staff?.therapist_id || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return NOTHING_TO_SEND;
  const bookings = await em.execute<BookingRow[]>(
    `${bookingSelect} where b.therapist_id = ? and b.status = 'CONFIRMED'
        and (b.starts_at at time zone ?)::date = ?::date order by b.starts_at`,
    [staff.therapist_id, settings.timeZone, date],
  );
  const rendered = renderMessage(
    {
      kind: 'therapist.digest',
      therapistName: staff.display_name,
      date,
      bookings: bookings.map((b) => facts(b, settings)),
    },
    context(settings, 'en', { console: `${settings.consoleUrl}/calendar` }),
  );
  return { ...rendered, to: { name: staff.display_name, address: staff.email }, invite: null, unsubscribe: null };
}

async function composeWaiting(
  em: EntityManager,
  row: OutboxRow,
  settings: EmailSettings,
): Promise<Email | typeof NOTHING_TO_SEND> {
  const staff = await staffRecipient(em, row.recipient);
  const [waiting] = await em.execute<{ still: boolean; count: number; oldest: Date | null }[]>(
    `select exists (select 1 from referral where id = ? and status = 'PENDING') as still,
            count(*)::int as count, min(created_at) as oldest
       from referral where status = 'PENDING'`,
    [row.referralId],
  );
  if (!staff || !waiting?.still || !waiting.oldest) return NOTHING_TO_SEND;
  const rendered = renderMessage(
    { kind: 'staff.referrals.waiting', count: waiting.count, oldestWaitingSince: new Date(waiting.oldest) },
    context(settings, 'en', { console: `${settings.consoleUrl}/referrals` }),
  );
  return { ...rendered, to: { name: staff.display_name, address: staff.email }, invite: null, unsubscribe: null };
}
