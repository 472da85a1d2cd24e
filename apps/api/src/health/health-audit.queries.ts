import type { EntityManager } from '@mikro-orm/postgresql';

export interface HealthAuditRow {
  readonly id: string;
  readonly at: Date;
  readonly actorId: string | null;
  readonly actorName: string | null;
  readonly actorRole: string;
  readonly action: string;
  readonly recordType: string;
  readonly recordId: string;
  readonly fields: string[];
  readonly requestId: string | null;
}

export interface HealthAuditFilter {
  readonly actorId?: string | null | undefined;
  readonly recordId?: string | null | undefined;
  readonly action?: string | null | undefined;
  readonly from?: Date | null | undefined;
  readonly to?: Date | null | undefined;
}

/** Newest first; `after` is the id of the last row of the page before (ids grow with time). One row more when another page follows. */
export async function listHealthAudit(
  em: EntityManager,
  filter: HealthAuditFilter,
  page: { readonly first: number; readonly after: string | undefined },
): Promise<HealthAuditRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, value: unknown) => {
    where.push(clause);
    params.push(value);
  };
  if (filter.actorId) add('a.actor_id = ?', filter.actorId);
  if (filter.recordId) add('a.record_id = ?', filter.recordId);
  if (filter.action) add('a.action = ?', filter.action);
  if (filter.from) add('a.at >= ?', filter.from);
  if (filter.to) add('a.at < ?', filter.to);
  if (page.after) add('a.id < ?::bigint', page.after);
  return em.execute<HealthAuditRow[]>(
    `select a.id::text as id, a.at, a.actor_id as "actorId", coalesce(s.display_name, p.name) as "actorName",
            a.actor_role as "actorRole", a.action, a.record_type as "recordType", a.record_id as "recordId",
            a.fields, a.request_id as "requestId"
       from health_audit a
       left join staff_account s on s.id = a.actor_id
       left join partner p on p.id = a.actor_id
      ${where.length ? `where ${where.join(' and ')}` : ''}
      order by a.id desc limit ?`,
    [...params, page.first + 1],
  );
}
