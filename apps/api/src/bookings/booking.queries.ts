import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { BookingStatus } from '@mm/domain/booking-rules';
import type { Interval } from '@mm/domain/intervals';
import type { Money } from '@mm/domain/money';
import type { Technique } from '@mm/domain/vocabulary';

/** A booking as the public sees it, with its treatment and therapist. */
export interface BookingView {
  readonly id: string;
  readonly reference: string;
  readonly status: BookingStatus;
  readonly start: Date;
  readonly end: Date;
  readonly durationMinutes: number;
  readonly price: Money;
  readonly treatment: {
    id: string;
    slug: string;
    name: string;
    description: string;
    requiresReferral: boolean;
    techniques: Technique[];
  };
  readonly therapist: {
    id: string;
    displayName: string;
    bio: string | null;
    gender: string | null;
    techniques: Technique[];
    medicalQualified: boolean;
  };
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

interface BookingViewRow {
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
}

export async function loadBookingView(em: EntityManager, id: string): Promise<BookingView> {
  const [row] = await em.execute<BookingViewRow[]>(
    `select b.id, b.reference, b.status, (extract(epoch from b.starts_at) * 1000)::float8 as start,
            (extract(epoch from b.ends_at) * 1000)::float8 as end, b.duration_minutes, b.price_amount_minor, b.price_currency,
            json_build_object('id', t.id, 'slug', t.slug, 'name', t.name, 'description', t.description,
              'requiresReferral', t.requires_referral, 'techniques', t.techniques) as treatment,
            json_build_object('id', th.id, 'displayName', th.display_name, 'bio', th.bio, 'gender', th.gender,
              'techniques', th.techniques, 'medicalQualified', th.medical_qualified) as therapist
       from booking b
       join treatment t on t.id = b.treatment_id
       join therapist th on th.id = b.therapist_id
      where b.id = ?`,
    [id],
  );
  if (!row) throw new Error(`booking ${id} vanished`);
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    start: new Date(row.start),
    end: new Date(row.end),
    durationMinutes: row.duration_minutes,
    price: { amountMinor: row.price_amount_minor, currency: row.price_currency },
    treatment: row.treatment,
    therapist: row.therapist,
  };
}

export interface ClientRow {
  readonly name: string;
  readonly email: string;
  readonly phone: string;
}

/** The client with this email, created or brought up to date; returns its id. */
export async function upsertClient(em: EntityManager, id: string, client: ClientRow): Promise<string> {
  const [row] = await em.execute<{ id: string }[]>(
    `insert into client (id, name, email, phone) values (?, ?, ?, ?)
     on conflict (email) do update set name = excluded.name, phone = excluded.phone, updated_at = now()
     returning id`,
    [id, client.name, client.email.toLowerCase(), client.phone],
  );
  if (!row) throw new Error('client upsert returned nothing');
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
  readonly client: ClientRow;
  readonly address: AddressRow;
  readonly reference: string;
  readonly manageTokenHash: string;
  readonly idempotencyKey: string;
  readonly requestHash: string;
  readonly treatmentId: string;
  readonly therapistId: string;
  readonly referralId: string | null;
  readonly partnerKey: string | null;
  readonly durationMinutes: number;
  readonly price: Money;
  readonly session: Interval;
  readonly bufferMinutes: number;
  /** The session plus the travel buffer: what the exclusion constraint compares. */
  readonly busy: Interval;
  readonly intakeNotes: string | null;
}

/**
 * The booking with its client (created or brought up to date by email) and
 * address, in one statement: atomic on its own, and one round trip.
 */
export async function insertBooking(em: EntityManager, b: NewBooking): Promise<void> {
  await em.execute(
    `with c as (
       insert into client (id, name, email, phone) values (?, ?, ?, ?)
       on conflict (email) do update set name = excluded.name, phone = excluded.phone, updated_at = now()
       returning id),
     a as (
       insert into address (id, line1, line2, suburb, state, postcode, country) values (?, ?, ?, ?, ?, ?, ?)
       returning id)
     insert into booking (id, reference, manage_token_hash, idempotency_key, request_hash, status, treatment_id,
       therapist_id, client_id, address_id, referral_id, partner_key, duration_minutes, price_amount_minor,
       price_currency, starts_at, ends_at, buffer_minutes, busy, intake_notes)
     select ?, ?, ?, ?, ?, 'CONFIRMED', ?, ?, c.id, a.id, ?, ?, ?, ?, ?, ?, ?, ?, tstzrange(?, ?, '[)'), ?
       from c, a`,
    [
      randomUUID(),
      b.client.name,
      b.client.email.toLowerCase(),
      b.client.phone,
      randomUUID(),
      b.address.line1,
      b.address.line2,
      b.address.suburb,
      b.address.state,
      b.address.postcode,
      b.address.country,
      b.id,
      b.reference,
      b.manageTokenHash,
      b.idempotencyKey,
      b.requestHash,
      b.treatmentId,
      b.therapistId,
      b.referralId,
      b.partnerKey,
      b.durationMinutes,
      b.price.amountMinor,
      b.price.currency,
      new Date(b.session.start),
      new Date(b.session.end),
      b.bufferMinutes,
      new Date(b.busy.start),
      new Date(b.busy.end),
      b.intakeNotes,
    ],
  );
}
