import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type DomainError, domainError } from '@mm/domain/errors';
import { err, ok, type Result } from '@mm/domain/result';
import type { KeyRing } from '../health/cipher.js';
import { placeOf } from '../health/cipher.js';
import { checkId } from '../ids.js';
import { checkEndpoint, EndpointRefused, type EndpointRules } from './endpoint-address.js';
import type { WebhookTopic } from './topics.js';
import { newWebhookSecret } from './webhook-signature.js';

export interface WebhookEndpointView {
  readonly id: string;
  readonly partnerId: string;
  readonly url: string;
  readonly topics: WebhookTopic[];
  readonly active: boolean;
  /** Until when the secret before the last rotation still signs too; null when there is none. */
  readonly previousSecretValidUntil: Date | null;
  readonly createdAt: Date;
}

const ENDPOINTS_PER_PARTNER = 10;
const MAX_GRACE_HOURS = 7 * 24;

const select = `select id, partner_id as "partnerId", url, topics, active,
  case when previous_valid_until > now() then previous_valid_until end as "previousSecretValidUntil",
  created_at as "createdAt" from webhook_endpoint`;

const notFound = domainError('NOT_FOUND', 'No such webhook endpoint', 'id');

export async function listWebhookEndpoints(em: EntityManager, partnerId: string): Promise<WebhookEndpointView[]> {
  if (!checkId(partnerId, 'partnerId', 'partner').ok) return [];
  return em.execute<WebhookEndpointView[]>(`${select} where partner_id = ? and active order by created_at, id`, [
    partnerId,
  ]);
}

async function reread(em: EntityManager, id: string): Promise<WebhookEndpointView> {
  const [row] = await em.execute<WebhookEndpointView[]>(`${select} where id = ?`, [id]);
  if (!row) throw new Error(`webhook endpoint ${id} vanished`);
  return row;
}

/**
 * Registers an endpoint for a partner. The URL is checked (https in
 * production) and its host resolved now: an address that is private,
 * loopback or link-local is refused, as it is again at every delivery.
 */
export async function addWebhookEndpoint(
  em: EntityManager,
  keys: KeyRing,
  rules: EndpointRules,
  input: { partnerId: string; url: string; topics: readonly WebhookTopic[] },
): Promise<Result<{ endpoint: WebhookEndpointView; secret: string }, DomainError>> {
  const partner = checkId(input.partnerId, 'partnerId', 'partner');
  if (!partner.ok) return partner;
  const url = input.url.trim();
  if (url.length > 2000) return err(domainError('BAD_USER_INPUT', 'A URL is at most 2,000 characters', 'url'));
  if (input.topics.length === 0) {
    return err(domainError('BAD_USER_INPUT', 'Choose at least one event', 'topics'));
  }
  try {
    await checkEndpoint(url, rules);
  } catch (error) {
    if (error instanceof EndpointRefused) return err(domainError('BAD_USER_INPUT', error.message, 'url'));
    throw error;
  }
  const [count] = await em.execute<{ known: boolean; endpoints: number }[]>(
    `select exists (select 1 from partner where id = ?) as known,
            (select count(*)::int from webhook_endpoint where partner_id = ? and active) as endpoints`,
    [input.partnerId, input.partnerId],
  );
  if (!count?.known) return err(domainError('NOT_FOUND', 'No such partner', 'partnerId'));
  if (count.endpoints >= ENDPOINTS_PER_PARTNER) {
    return err(
      domainError('POLICY_VIOLATION', `A partner has at most ${ENDPOINTS_PER_PARTNER} endpoints`, 'partnerId'),
    );
  }
  const id = randomUUID();
  const secret = newWebhookSecret();
  await em.execute(
    'insert into webhook_endpoint (id, partner_id, url, topics, secret) values (?, ?, ?, ?::text[], ?)',
    [
      id,
      input.partnerId,
      url,
      `{${[...new Set(input.topics)].join(',')}}`,
      keys.sealText(secret, placeOf('webhook_endpoint', 'secret', id)),
    ],
  );
  return ok({ endpoint: await reread(em, id), secret });
}

/**
 * A new signing secret, shown once. The one it replaces keeps signing beside
 * it for `graceHours`, so receivers can switch without losing a delivery.
 */
export async function rotateWebhookSecret(
  em: EntityManager,
  keys: KeyRing,
  id: string,
  graceHours: number,
): Promise<Result<{ endpoint: WebhookEndpointView; secret: string }, DomainError>> {
  if (!checkId(id, 'id', 'webhook endpoint').ok) return err(notFound);
  if (!Number.isInteger(graceHours) || graceHours < 0 || graceHours > MAX_GRACE_HOURS) {
    return err(domainError('BAD_USER_INPUT', `The grace period is 0 to ${MAX_GRACE_HOURS} hours`, 'graceHours'));
  }
  const secret = newWebhookSecret();
  const done = await em.transactional(async (tx) => {
    const [row] = await tx.execute<{ secret: Buffer }[]>(
      'select secret from webhook_endpoint where id = ? and active for update',
      [id],
    );
    if (!row) return false;
    const current = keys.openText(row.secret, placeOf('webhook_endpoint', 'secret', id));
    await tx.execute(
      `update webhook_endpoint set secret = ?, previous_secret = ?, previous_valid_until = now() + make_interval(hours => ?),
              updated_at = now() where id = ?`,
      [
        keys.sealText(secret, placeOf('webhook_endpoint', 'secret', id)),
        keys.sealText(current, placeOf('webhook_endpoint', 'previous_secret', id)),
        graceHours,
        id,
      ],
    );
    return true;
  });
  return done ? ok({ endpoint: await reread(em, id), secret }) : err(notFound);
}

/** Stops deliveries to the endpoint; those still pending are cancelled when they come due. */
export async function removeWebhookEndpoint(
  em: EntityManager,
  id: string,
): Promise<Result<WebhookEndpointView, DomainError>> {
  if (!checkId(id, 'id', 'webhook endpoint').ok) return err(notFound);
  const [row] = await em.execute<{ id: string }[]>(
    'update webhook_endpoint set active = false, updated_at = now() where id = ? and active returning id',
    [id],
  );
  return row ? ok(await reread(em, id)) : err(notFound);
}
