import type { EntityManager } from '@mikro-orm/postgresql';
import { type DomainError, domainError } from '@mm/domain/errors';
import { err, ok, type Result } from '@mm/domain/result';
import { type KeysetPosition, keysetKey } from '../graphql/pagination.js';
import { checkId } from '../ids.js';
import type { OutboxStatus } from './topics.js';

/** One delivery as the console shows it, with the email it sent or kept. */
export interface DeliveryView {
  readonly id: string;
  readonly topic: string;
  readonly channel: 'EMAIL' | 'WEBHOOK';
  readonly template: string | null;
  readonly status: OutboxStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly responseCode: number | null;
  readonly dueAt: Date;
  readonly sentAt: Date | null;
  readonly createdAt: Date;
  readonly bookingReference: string | null;
  readonly referralCode: string | null;
  readonly endpointUrl: string | null;
  readonly email: {
    readonly to: string;
    readonly subject: string;
    readonly text: string;
    readonly html: string;
    readonly invite: string | null;
    readonly transport: 'SMTP' | 'KEPT';
    readonly messageId: string;
  } | null;
  readonly position: KeysetPosition;
}

const select = `select o.id, o.topic, o.channel, o.template, o.status, o.attempts, o.last_error as "lastError",
    o.response_code as "responseCode", o.due_at as "dueAt", o.sent_at as "sentAt", o.created_at as "createdAt",
    b.reference as "bookingReference", r.code as "referralCode", w.url as "endpointUrl",
    case when m.id is null then null else json_build_object('to', m.to_address, 'subject', m.subject,
      'text', m.text_body, 'html', m.html_body, 'invite', m.invite, 'transport', m.transport, 'messageId', m.message_id) end as email,
    json_build_object('key', ${keysetKey('o.created_at')}, 'id', o.id) as position
  from outbox o left join booking b on b.id = o.booking_id left join referral r on r.id = o.referral_id
  left join webhook_endpoint w on w.id = o.endpoint_id left join message m on m.outbox_id = o.id`;

export interface DeliveryFilter {
  readonly channel: 'EMAIL' | 'WEBHOOK';
  readonly partnerId?: string | undefined;
  readonly status?: OutboxStatus | null | undefined;
}

/** Newest first, a page at a time (one beyond, to tell whether another follows). */
export async function listDeliveries(
  em: EntityManager,
  filter: DeliveryFilter,
  page: { first: number; after: KeysetPosition | undefined },
): Promise<DeliveryView[]> {
  const where = ['o.channel = ?'];
  const params: unknown[] = [filter.channel];
  if (filter.partnerId !== undefined) {
    where.push('o.partner_id = ?');
    params.push(filter.partnerId);
  }
  if (filter.status) {
    where.push('o.status = ?');
    params.push(filter.status);
  }
  if (page.after) {
    where.push('(o.created_at, o.id) < (?::timestamptz, ?::uuid)');
    params.push(page.after.key, page.after.id);
  }
  return em.execute<DeliveryView[]>(
    `${select} where ${where.join(' and ')} order by o.created_at desc, o.id desc limit ?`,
    [...params, page.first + 1],
  );
}

export async function findDelivery(em: EntityManager, id: string): Promise<DeliveryView | undefined> {
  if (!checkId(id, 'id', 'delivery').ok) return undefined;
  const [row] = await em.execute<DeliveryView[]>(`${select} where o.id = ?`, [id]);
  return row;
}

/**
 * Sends a delivery again: a dead letter (or, for a partner who lost one, a
 * delivered webhook) goes back to PENDING, due now, with its attempts counted
 * afresh. An email already sent is not sent twice.
 */
export async function resendDelivery(
  em: EntityManager,
  id: string,
  channels: readonly ('EMAIL' | 'WEBHOOK')[],
): Promise<Result<DeliveryView, DomainError>> {
  const notFound = domainError('NOT_FOUND', 'No such delivery', 'id');
  const found = await findDelivery(em, id);
  if (!found || !channels.includes(found.channel)) return err(notFound);
  const resendable = found.status === 'DEAD' || (found.channel === 'WEBHOOK' && found.status === 'SENT');
  if (!resendable) {
    return err(
      domainError(
        'POLICY_VIOLATION',
        found.channel === 'EMAIL'
          ? 'Only an email that could not be delivered is sent again'
          : 'Only a delivered or dead webhook is sent again',
        'id',
      ),
    );
  }
  await em.execute(
    `update outbox set status = 'PENDING', attempts = 0, due_at = now(), locked_until = null, sent_at = null
      where id = ? and status = ?`,
    [id, found.status],
  );
  const again = await findDelivery(em, id);
  return again ? ok(again) : err(notFound);
}
