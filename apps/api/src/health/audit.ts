import type { EntityManager } from '@mikro-orm/postgresql';
import type { Caller } from '../auth/roles.js';
import { TEXT_ARRAY, textArray } from '../database/text-array.js';

export const HEALTH_ACTIONS = ['READ', 'CREATE', 'UPDATE', 'PURGE'] as const;
export type HealthAction = (typeof HEALTH_ACTIONS)[number];
export type HealthRecordType = 'referral' | 'referral_document' | 'booking';

/** Who touched health data: a staff account, a partner (by its id), a client, or a command. */
export interface HealthActor {
  readonly id: string | null;
  readonly role: string;
}

export const SYSTEM_ACTOR: HealthActor = { id: null, role: 'SYSTEM' };

export function actorOf(caller: Caller): HealthActor {
  switch (caller.kind) {
    case 'staff':
      return { id: caller.accountId, role: caller.role };
    case 'partner':
      return { id: caller.partnerId, role: caller.keyKind === 'SECRET' ? 'PARTNER_SERVER' : 'PARTNER_WIDGET' };
    case 'anonymous':
      return { id: null, role: 'CLIENT' };
  }
}

export interface HealthAccess {
  readonly actor: HealthActor;
  readonly requestId: string | null;
  readonly action: HealthAction;
  readonly recordType: HealthRecordType;
  readonly recordIds: readonly string[];
  /** The columns read or changed: names only, never values. */
  readonly fields: readonly string[];
}

/**
 * Records an access to health data. Call it inside the transaction that reads
 * or changes the data: if the row cannot be written, nothing is read or changed.
 */
export async function auditHealth(em: EntityManager, access: HealthAccess): Promise<void> {
  if (access.recordIds.length === 0) return;
  await em.execute(
    `insert into health_audit (actor_id, actor_role, action, record_type, record_id, fields, request_id)
     select ?, ?, ?, ?, record_id::uuid, ${TEXT_ARRAY}, ? from unnest(${TEXT_ARRAY}) as record_id`,
    [
      access.actor.id,
      access.actor.role,
      access.action,
      access.recordType,
      textArray(access.fields),
      access.requestId,
      textArray(access.recordIds),
    ],
  );
}

/** Who acts, and in which request: what every audited service is given. */
export interface AccessBy {
  readonly actor: HealthActor;
  readonly requestId: string | null;
}

export const accessBy = (request: { readonly caller: Caller; readonly requestId: string }): AccessBy => ({
  actor: actorOf(request.caller),
  requestId: request.requestId,
});
