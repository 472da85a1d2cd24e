import type { EntityManager } from '@mikro-orm/postgresql';
import type { BookingStatus } from '@mm/domain/booking-rules';
import { likeContaining } from '../database/like-pattern.js';
import { TEXT_ARRAY, textArray } from '../database/text-array.js';
import { type KeysetPosition, keysetKey } from '../graphql/pagination.js';
import type { AddressRow, BookingView, BookingViewRow, ClientRow } from './booking.queries.js';
import { BOOKING_VIEW_COLUMNS, toView } from './booking.queries.js';
import type { StaffBookingOrder } from './staff-booking.types.js';

/** A booking as staff see it: the public view plus who, where, through whom, and its referral's sessions. */
export interface StaffBookingView extends BookingView {
  readonly bufferMinutes: number;
  readonly client: ClientRow & { readonly id: string };
  readonly address: AddressRow;
  readonly partner: { readonly id: string; readonly name: string } | null;
  readonly referral: {
    readonly code: string;
    readonly status: string;
    readonly sessionsAuthorised: number;
    readonly sessionsUsed: number;
  } | null;
  readonly bookedAt: Date;
  readonly cancelledAt: Date | null;
  readonly cancelReason: string | null;
}

interface StaffBookingRow extends BookingViewRow {
  buffer_minutes: number;
  client: StaffBookingView['client'];
  address: AddressRow;
  partner: StaffBookingView['partner'];
  referral: StaffBookingView['referral'];
  start_key: string;
  cancelled_at: Date | null;
  cancel_reason: string | null;
}

const staffSelect = `select ${BOOKING_VIEW_COLUMNS}, b.buffer_minutes, b.cancelled_at, b.cancel_reason,
            ${keysetKey('b.starts_at')} as start_key,
            json_build_object('id', b.client_id, 'name', b.client_name, 'email', b.client_email,
              'phone', b.client_phone) as client,
            json_build_object('line1', a.line1, 'line2', a.line2, 'suburb', a.suburb, 'state', a.state,
              'postcode', a.postcode, 'country', a.country) as address,
            case when p.id is null then null else json_build_object('id', p.id, 'name', p.name) end as partner,
            case when r.id is null then null else json_build_object('code', r.code, 'status', r.status,
              'sessionsAuthorised', r.sessions_authorised, 'sessionsUsed', r.sessions_used) end as referral
       from booking b
       join treatment t on t.id = b.treatment_id
       join therapist th on th.id = b.therapist_id
       join address a on a.id = b.address_id
       left join partner p on p.id = b.partner_id
       left join referral r on r.id = b.referral_id`;

const toStaffView = (row: StaffBookingRow): StaffBookingView => ({
  ...toView(row),
  bufferMinutes: row.buffer_minutes,
  client: row.client,
  address: row.address,
  partner: row.partner,
  referral: row.referral,
  bookedAt: new Date(row.created_at),
  cancelledAt: row.cancelled_at && new Date(row.cancelled_at),
  cancelReason: row.cancel_reason,
});

export async function findStaffBooking(em: EntityManager, id: string): Promise<StaffBookingView | undefined> {
  const [row] = await em.execute<StaffBookingRow[]>(`${staffSelect} where b.id = ?`, [id]);
  return row && toStaffView(row);
}

/** Which bookings a list shows; every field narrows it. */
export interface StaffBookingFilter {
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
  readonly statuses?: readonly BookingStatus[] | undefined;
  readonly therapistId?: string | undefined;
  readonly partnerId?: string | undefined;
  readonly treatmentId?: string | undefined;
  readonly clientId?: string | undefined;
  /** An exact reference, or part of the client's name or email. */
  readonly search?: string | undefined;
}

const ORDERS: Readonly<Record<StaffBookingOrder, { column: string; direction: 'asc' | 'desc' }>> = {
  START_ASC: { column: 'b.starts_at', direction: 'asc' },
  START_DESC: { column: 'b.starts_at', direction: 'desc' },
  BOOKED_DESC: { column: 'b.created_at', direction: 'desc' },
};

function whereOf(filter: StaffBookingFilter): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    sql.push(clause);
    params.push(...values);
  };
  if (filter.from) add('b.starts_at >= ?', filter.from);
  if (filter.to) add('b.starts_at < ?', filter.to);
  if (filter.statuses?.length) add(`b.status = any(${TEXT_ARRAY})`, textArray(filter.statuses));
  if (filter.therapistId) add('b.therapist_id = ?', filter.therapistId);
  if (filter.partnerId) add('b.partner_id = ?', filter.partnerId);
  if (filter.treatmentId) add('b.treatment_id = ?', filter.treatmentId);
  if (filter.clientId) add('b.client_id = ?', filter.clientId);
  if (filter.search) {
    const pattern = likeContaining(filter.search);
    add(
      '(b.reference = ? or b.client_name ilike ? or b.client_email ilike ?)',
      filter.search.toUpperCase(),
      pattern,
      pattern,
    );
  }
  return { sql, params };
}

/** A page of bookings in `order`, after `after`, with one more row when another page follows. */
export async function listStaffBookings(
  em: EntityManager,
  filter: StaffBookingFilter,
  page: { readonly order: StaffBookingOrder; readonly first: number; readonly after: KeysetPosition | undefined },
): Promise<(StaffBookingView & { position: KeysetPosition })[]> {
  const { column, direction } = ORDERS[page.order];
  const where = whereOf(filter);
  if (page.after) {
    where.sql.push(`(${column}, b.id) ${direction === 'asc' ? '>' : '<'} (?::timestamptz, ?::uuid)`);
    where.params.push(page.after.key, page.after.id);
  }
  const rows = await em.execute<StaffBookingRow[]>(
    `${staffSelect} ${where.sql.length ? `where ${where.sql.join(' and ')}` : ''}
      order by ${column} ${direction}, b.id ${direction} limit ?`,
    [...where.params, page.first + 1],
  );
  const keyOf =
    page.order === 'BOOKED_DESC' ? (r: StaffBookingRow) => r.created_at : (r: StaffBookingRow) => r.start_key;
  return rows.map((row) => ({ ...toStaffView(row), position: { key: keyOf(row), id: row.id } }));
}
