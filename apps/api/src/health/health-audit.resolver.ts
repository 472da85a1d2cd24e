import { domainError } from '@mm/domain/errors';
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import type { Context } from '../graphql/context.js';
import { orThrow, toGraphQLError } from '../graphql/errors.js';
import { checkPageSize, PAGE_SIZE } from '../graphql/pagination.js';
import { checkId } from '../ids.js';
import { COST } from '../limits/query-limits.js';
import { listHealthAudit } from './health-audit.queries.js';
import { HealthAuditEntryType, HealthAuditFilterInput, HealthAuditPageType } from './health-audit.types.js';

@Resolver()
export class HealthAuditResolver {
  @Allow('ADMIN')
  @Query(() => HealthAuditPageType, { description: 'The health-data audit log, newest first.', complexity: COST.page })
  async healthAudit(
    @Arg('filter', () => HealthAuditFilterInput, { nullable: true }) filter: HealthAuditFilterInput | null,
    @Arg('first', () => Int, { defaultValue: 50, description: `at most ${PAGE_SIZE.max}` }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the page before' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<HealthAuditPageType> {
    orThrow(checkPageSize(first));
    orThrow(checkId(filter?.actorId, 'filter.actorId', 'actor'));
    orThrow(checkId(filter?.recordId, 'filter.recordId', 'record'));
    if (after && !/^\d{1,18}$/.test(after)) {
      throw toGraphQLError(domainError('BAD_USER_INPUT', 'This cursor is not one this API gave out', 'after'));
    }
    const rows = await listHealthAudit(ctx.em, filter ?? {}, { first, after: after ?? undefined });
    const entries = rows
      .slice(0, first)
      .map((r) => Object.assign(new HealthAuditEntryType(), { ...r, at: new Date(r.at) }));
    return Object.assign(new HealthAuditPageType(), {
      entries,
      endCursor: rows.length > first ? (entries.at(-1)?.id ?? null) : null,
    });
  }
}
