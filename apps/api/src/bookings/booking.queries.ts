import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { BookingStatus } from '@mm/domain/booking-rules';
import type { Interval } from '@mm/domain/intervals';
import type { Money } from '@mm/domain/money';
import type { Technique } from '@mm/domain/vocabulary';
import type { TreatmentView } from '../catalog/catalog.service.js';
import { namedSql } from '../database/named-sql.js';
import { preparedSql } from '../database/prepared-sql.js';
import { type KeysetPosition, keysetKey } from '../graphql/pagination.js';
import {
  type BookingEventName,
  bookingEventText,
  bookingEventValues,
  type MessageTimings,
} from '../messages/outbox.js';

/** A booking as the public sees it, with its treatment and therapist. */
export interface BookingView {
  readonly id: string;
  readonly reference: string;
  readonly status: BookingStatus;
  readonly start: Date;
  readonly end: Date;
  readonly durationMinutes: number;
  readonly price: Money;
  readonly treatment: TreatmentView;
  readonly therapist: {
    id: string;
    displayName: string;
    bio: string | null;
    gender: string | null;
    techniques: Technique[];
    medicalQualified: boolean;
  };
  /** Sessions left on the referral it was booked with; null without one. */
  readonly referralSessionsRemaining: number | null;
}

/** What changing a booking needs to know of it. */
export interface BookingRecord {
  readonly id: string;
  readonly status: BookingStatus;
  readonly manageTokenHash: string;
  readonly requestHash: string;
  readonly treatmentId: string;
  readonly therapistId: string;
  readonly referralId: string | null;
  readonly start: number;
  readonly durationMinutes: number;
  readonly postcode: string;
}

interface BookingRecordRow {
  id: string;
  status: BookingStatus;
  manage_token_hash: string;
  request_hash: string;
  treatment_id: string;
  therapist_id: string;
  referral_id: string | null;
  start: number;
  duration_minutes: number;
  postcode: string;
}

const recordColumns = `b.id, b.status, b.manage_token_hash, b.request_hash, b.treatment_id, b.therapist_id,
  b.referral_id, (extract(epoch from b.starts_at) * 1000)::float8 as start, b.duration_minutes, a.postcode`;

const toRecord = (row: BookingRecordRow): BookingRecord => ({
  id: row.id,
  status: row.status,
  manageTokenHash: row.manage_token_hash,
  requestHash: row.request_hash,
  treatmentId: row.treatment_id,
  therapistId: row.therapist_id,
  referralId: row.referral_id,
  start: row.start,
  durationMinutes: row.duration_minutes,
  postcode: row.postcode,
});

/** The booking with this id; with `lock`, its row stays locked until the transaction ends. */
export async function findBookingRecord(
  em: EntityManager,
  id: string,
  { lock }: { lock: boolean },
): Promise<BookingRecord | undefined> {
  const [row] = await em.execute<BookingRecordRow[]>(
    `select ${recordColumns} from booking b join address a on a.id = b.address_id where b.id = ? ${lock ? 'for update of b' : ''}`,
    [id],
  );
  return row && toRecord(row);
}

/** The booking with this reference, its row locked until the transaction ends. */
export async function lockBookingByReference(em: EntityManager, reference: string): Promise<BookingRecord | undefined> {
  const [row] = await em.execute<BookingRecordRow[]>(
    `select ${recordColumns} from booking b join address a on a.id = b.address_id where b.reference = ? for update of b`,
    [reference],
  );
  return row && toRecord(row);
}

export async function findBookingByReference(em: EntityManager, reference: string): Promise<BookingRecord | undefined> {
  const [row] = await em.execute<BookingRecordRow[]>(
    `select ${recordColumns} from booking b join address a on a.id = b.address_id where b.reference = ?`,
    [reference],
  );
  return row && toRecord(row);
}

export async function findBookingByIdempotencyKey(em: EntityManager, key: string): Promise<BookingRecord | undefined> {
  const [row] = await em.execute<BookingRecordRow[]>(
    `select ${recordColumns} from booking b join address a on a.id = b.address_id where b.idempotency_key = ?`,
    [key],
  );
  return row && toRecord(row);
}

export interface BookingViewRow {
  id: string;
  reference: string;
  status: BookingStatus;
  start: number;
  end: number;
  duration_minutes: number;
  price_amount_minor: number;
  price_currency: string;
  treatment: BookingView['treatment'];
  therapist: BookingView['therapist'];
  referral_sessions_remaining: number | null;
  /** Where the booking stands in its partner's list (keyset pagination). */
  created_at: string;
}

/** The columns of a BookingView (aliases b, t, th), for every query that shows bookings. */
export const BOOKING_VIEW_COLUMNS = `b.id, b.reference, b.status, (extract(epoch from b.starts_at) * 1000)::float8 as start,
            (extract(epoch from b.ends_at) * 1000)::float8 as end, b.duration_minutes, b.price_amount_minor,
            b.price_currency, ${keysetKey('b.created_at')} as created_at,
            json_build_object('id', t.id, 'slug', t.slug, 'name', t.name, 'description', t.description,
              'requiresReferral', t.requires_referral, 'techniques', t.techniques) as treatment,
            json_build_object('id', th.id, 'displayName', th.display_name, 'bio', th.bio, 'gender', th.gender,
              'techniques', th.techniques, 'medicalQualified', th.medical_qualified) as therapist,
            (select r.sessions_authorised - r.sessions_used from referral r where r.id = b.referral_id)
              as referral_sessions_remaining`;

/** A booking's view, reading the booking from `source`: the table, or the statement that inserts it. */
const viewFrom = (source: string) => `select ${BOOKING_VIEW_COLUMNS}
       from ${source} b
       join treatment t on t.id = b.treatment_id
       join therapist th on th.id = b.therapist_id`;

const viewSelect = viewFrom('booking');

const BOOKING_VIEW = preparedSql<'id'>('booking-view', `${viewSelect} where b.id = :id`);

export const toView = (row: BookingViewRow): BookingView => ({
  id: row.id,
  reference: row.reference,
  status: row.status,
  start: new Date(row.start),
  end: new Date(row.end),
  durationMinutes: row.duration_minutes,
  price: { amountMinor: row.price_amount_minor, currency: row.price_currency },
  treatment: row.treatment,
  therapist: row.therapist,
  referralSessionsRemaining: row.referral_sessions_remaining,
});

export async function loadBookingView(em: EntityManager, id: string): Promise<BookingView> {
  const [row] = await BOOKING_VIEW.run<BookingViewRow>(em, { id });
  if (!row) throw new Error(`booking ${id} vanished`);
  return toView(row);
}

/** A page of the partner's bookings, newest first, after `after`, with one more row when another page follows. */
export async function listPartnerBookings(
  em: EntityManager,
  partnerId: string,
  page: { readonly first: number; readonly after: KeysetPosition | undefined },
): Promise<(BookingView & { position: KeysetPosition })[]> {
  const after = page.after ? 'and (b.created_at, b.id) < (?::timestamptz, ?::uuid)' : '';
  const rows = await em.execute<BookingViewRow[]>(
    `${viewSelect} where b.partner_id = ? ${after} order by b.created_at desc, b.id desc limit ?`,
    [partnerId, ...(page.after ? [page.after.key, page.after.id] : []), page.first + 1],
  );
  return rows.map((row) => ({ ...toView(row), position: { key: row.created_at, id: row.id } }));
}

/** What the next session of a course repeats: who, where, and the referral's code. */
export async function loadCourseBooking(
  em: EntityManager,
  id: string,
): Promise<{ client: ClientRow; address: AddressRow; referralCode: string | null; locale: string }> {
  const [row] = await em.execute<(ClientRow & AddressRow & { referral_code: string | null; locale: string })[]>(
    `select b.client_name as name, b.client_email as email, b.client_phone as phone,
            a.line1, a.line2, a.suburb, a.state, a.postcode, a.country, r.code as referral_code, b.locale
       from booking b
       join address a on a.id = b.address_id
       left join referral r on r.id = b.referral_id
      where b.id = ?`,
    [id],
  );
  if (!row) throw new Error(`booking ${id} vanished`);
  const { name, email, phone, line1, line2, suburb, state, postcode, country, referral_code, locale } = row;
  return {
    client: { name, email, phone },
    address: { line1, line2, suburb, state, postcode, country },
    referralCode: referral_code,
    locale,
  };
}

export interface ClientRow {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
}

/**
 * The id of the client with this email, created when new. (`on conflict ... set
 * email = excluded.email` changes nothing; it makes the existing client's id come back.)
 */
const INSERT_CLIENT = `insert into client (id, name, email, phone) values (:clientId, :clientName, :clientEmail, :clientPhone)
     on conflict (email) do update set email = excluded.email
     returning id`;

const clientValues = (id: string, client: ClientRow) => ({
  clientId: id,
  clientName: client.name,
  clientEmail: client.email,
  clientPhone: client.phone,
});

const ENSURE_CLIENT = namedSql<keyof ReturnType<typeof clientValues>>(INSERT_CLIENT);

/**
 * The client known by this email; a new one is created with these details.
 * An existing client's details are never changed here: whoever books with an
 * email may not rewrite what is stored about its owner.
 */
export async function ensureClient(em: EntityManager, id: string, client: ClientRow): Promise<string> {
  const [row] = await em.execute<{ id: string }[]>(ENSURE_CLIENT.sql, ENSURE_CLIENT.values(clientValues(id, client)));
  if (!row) throw new Error('client insert returned nothing');
  return row.id;
}

export interface AddressRow {
  readonly line1: string;
  readonly line2: string | null;
  readonly suburb: string;
  readonly state: string | null;
  readonly postcode: string;
  readonly country: string;
}

export interface NewBooking {
  readonly id: string;
  /** Kept on the booking as given, whatever the client row says. */
  readonly client: ClientRow;
  readonly address: AddressRow;
  readonly reference: string;
  readonly manageTokenHash: string;
  readonly idempotencyKey: string;
  readonly requestHash: string;
  readonly treatmentId: string;
  readonly therapistId: string;
  readonly referralId: string | null;
  /** The partner the booking came through. */
  readonly partnerId: string | null;
  readonly durationMinutes: number;
  readonly price: Money;
  readonly session: Interval;
  readonly bufferMinutes: number;
  /** The session plus the travel buffer: what the exclusion constraint compares. */
  readonly busy: Interval;
  /** Sealed (health data). */
  readonly intakeNotes: Buffer | null;
  /** Its emails' language. */
  readonly locale: string;
}

// The client and the address, then the booking, in one statement.
const BOOKING_CTES = `with c as (${INSERT_CLIENT}),
   a as (
     insert into address (id, line1, line2, suburb, state, postcode, country)
     values (:addressId, :line1, :line2, :suburb, :state, :postcode, :country)
     returning id)`;
const BOOKING_INSERT = `insert into booking (id, reference, manage_token_hash, idempotency_key, request_hash, status, treatment_id,
     therapist_id, client_id, client_name, client_email, client_phone, address_id, referral_id, partner_id,
     duration_minutes, price_amount_minor, price_currency, starts_at, ends_at, buffer_minutes, busy, intake_notes, locale)
   select :id, :reference, :manageTokenHash, :idempotencyKey, :requestHash, 'CONFIRMED', :treatmentId,
     :therapistId, c.id, :clientName, :clientEmail, :clientPhone, a.id, :referralId, :partnerId,
     :durationMinutes, :priceAmountMinor, :priceCurrency, :startsAt, :endsAt, :bufferMinutes,
     tstzrange(:busyStart, :busyEnd, '[)'), :intakeNotes, :locale
     from c, a`;

const INSERT_BOOKING = preparedSql<keyof ReturnType<typeof insertValues>>(
  'booking-insert',
  `${BOOKING_CTES}
   ${BOOKING_INSERT}`,
);

/**
 * The booking and its `booking.created` messages (outbox rows, see messages/outbox.ts) in one
 * statement, atomic without a transaction around it, which answers the booking's view.
 */
const INSERT_BOOKING_AND_EVENT = preparedSql<keyof ReturnType<typeof insertValues> | BookingEventName>(
  'booking-insert-and-event',
  `${BOOKING_CTES},
   new_booking as (${BOOKING_INSERT} returning *),
   messages as (${bookingEventText('new_booking')})
   ${viewFrom('new_booking')}`,
);

const insertValues = (b: NewBooking) => ({
  ...clientValues(randomUUID(), b.client),
  addressId: randomUUID(),
  line1: b.address.line1,
  line2: b.address.line2,
  suburb: b.address.suburb,
  state: b.address.state,
  postcode: b.address.postcode,
  country: b.address.country,
  id: b.id,
  reference: b.reference,
  manageTokenHash: b.manageTokenHash,
  idempotencyKey: b.idempotencyKey,
  requestHash: b.requestHash,
  treatmentId: b.treatmentId,
  therapistId: b.therapistId,
  referralId: b.referralId,
  partnerId: b.partnerId,
  durationMinutes: b.durationMinutes,
  priceAmountMinor: b.price.amountMinor,
  priceCurrency: b.price.currency,
  startsAt: new Date(b.session.start),
  endsAt: new Date(b.session.end),
  bufferMinutes: b.bufferMinutes,
  busyStart: new Date(b.busy.start),
  busyEnd: new Date(b.busy.end),
  intakeNotes: b.intakeNotes,
  locale: b.locale,
});

/**
 * The booking with its address, and its client when the email is new, in one
 * statement: atomic on its own, and one round trip.
 */
export async function insertBooking(em: EntityManager, b: NewBooking): Promise<void> {
  await INSERT_BOOKING.run(em, insertValues(b));
}

/** A booking that needs nothing else written with it, and the messages of its creation: its view. */
export async function insertBookingAndEvent(
  em: EntityManager,
  b: NewBooking,
  timings: MessageTimings,
): Promise<BookingView> {
  const [row] = await INSERT_BOOKING_AND_EVENT.run<BookingViewRow>(em, {
    ...insertValues(b),
    ...bookingEventValues(timings, { topic: 'booking.created', bookingId: b.id }),
  });
  if (!row) throw new Error('booking insert returned nothing');
  return toView(row);
}
