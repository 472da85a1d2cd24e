import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClientContact } from '@mm/domain/booking-rules';
import { likeContaining } from '../database/like-pattern.js';
import { type KeysetPosition, keysetKey } from '../graphql/pagination.js';

export interface ClientRow {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly phone: string;
  readonly bookingCount: number;
  readonly lastBookingStart: Date | null;
  readonly createdAt: Date;
}

const select = `select c.id, c.name, c.email, c.phone, c.created_at as "createdAt",
    ${keysetKey('c.created_at')} as created_key,
    (select count(*)::int from booking b where b.client_id = c.id) as "bookingCount",
    (select max(b.starts_at) from booking b where b.client_id = c.id) as "lastBookingStart"
  from client c`;

/** Clients newest first, whose name, email or phone contains `search`; one more row when another page follows. */
export async function listClients(
  em: EntityManager,
  search: string | undefined,
  page: { readonly first: number; readonly after: KeysetPosition | undefined },
): Promise<(ClientRow & { position: KeysetPosition })[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (search) {
    const pattern = likeContaining(search);
    // Phones are stored in E.164: digits as typed, without a trunk 0 ("0413 222" finds +61413222…).
    const digits = search.replace(/\D/g, '').replace(/^0/, '');
    where.push(`(c.name ilike ? or c.email ilike ?${digits.length >= 3 ? ' or c.phone like ?' : ''})`);
    params.push(pattern, pattern, ...(digits.length >= 3 ? [`%${digits}%`] : []));
  }
  if (page.after) {
    where.push('(c.created_at, c.id) < (?::timestamptz, ?::uuid)');
    params.push(page.after.key, page.after.id);
  }
  const rows = await em.execute<(ClientRow & { created_key: string })[]>(
    `${select} ${where.length ? `where ${where.join(' and ')}` : ''} order by c.created_at desc, c.id desc limit ?`,
    [...params, page.first + 1],
  );
  return rows.map(({ created_key, ...row }) => ({ ...row, position: { key: created_key, id: row.id } }));
}

export async function findClient(em: EntityManager, id: string): Promise<ClientRow | undefined> {
  const [row] = await em.execute<ClientRow[]>(`${select} where c.id = ?`, [id]);
  return row;
}

/**
 * New contact details, on the client and on their bookings still to come (the therapist
 * calls the number on the booking); past bookings keep the details they were made with.
 */
export async function updateClientContact(em: EntityManager, id: string, contact: ClientContact, now: Date) {
  await em.transactional(async (tx) => {
    await tx.execute('update client set name = ?, email = ?, phone = ?, updated_at = now() where id = ?', [
      contact.name,
      contact.email,
      contact.phone,
      id,
    ]);
    await tx.execute(
      `update booking set client_name = ?, client_email = ?, client_phone = ?, updated_at = now()
        where client_id = ? and status = 'CONFIRMED' and starts_at > ?`,
      [contact.name, contact.email, contact.phone, id, now],
    );
  });
}
