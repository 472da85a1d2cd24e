import { domainError } from '@mm/domain/errors';
import { effectiveReferralStatus } from '@mm/domain/referrals';
import { parseSearch } from '@mm/domain/search';
import { instantToLocalDate } from '@mm/domain/zoned-time';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import type { Context } from '../graphql/context.js';
import { orThrow, toGraphQLError } from '../graphql/errors.js';
import { checkPageSize, decodeCursor, PAGE_SIZE, pageOf } from '../graphql/pagination.js';
import { accessBy } from '../health/audit.js';
import { checkId, isUuid } from '../ids.js';
import { COST } from '../limits/query-limits.js';
import { changeReferral, insertReferral, parseNewReferral } from './referral-workflow.service.js';
import {
  findStaffReferral,
  listReferrals,
  loadReferralHealth,
  referralChanges,
  referralUses,
  type StaffReferralRow,
} from './staff-referral.queries.js';
import {
  ReferralAmendmentInput,
  ReferralChangeType,
  ReferralFilterInput,
  ReferralHealthType,
  ReferralInputType,
  ReferralOrderEnum,
  ReferralSubmissionType,
  ReferralUseType,
  StaffReferralConnectionType,
  StaffReferralType,
} from './staff-referral.types.js';

const notFound = () => toGraphQLError(domainError('NOT_FOUND', 'No such referral', 'id'));

/** A stored referral as GraphQL shows it, its status as of today in the operator's zone. */
export function toStaffReferral(row: StaffReferralRow, today: string): StaffReferralType {
  return Object.assign(new StaffReferralType(), {
    ...row,
    status: effectiveReferralStatus(row, today),
    holderDateOfBirth: row.holderBirthDate,
    provider: {
      name: row.providerName,
      profession: row.providerProfession,
      registrationNumber: row.providerNumber,
      practice: row.providerPractice,
      contact: row.providerContact,
    },
    sessionsLeft: Math.max(0, row.sessionsAuthorised - row.sessionsUsed),
    receivedAt: new Date(row.createdAt),
    decidedAt: row.decidedAt && new Date(row.decidedAt),
    purgedAt: row.purgedAt && new Date(row.purgedAt),
    document: row.document && {
      ...row.document,
      uploadedAt: new Date(row.document.uploadedAt),
      path: `/documents/referrals/${row.id}`,
    },
  });
}

const todayOf = (ctx: Context) => instantToLocalDate(Date.now(), ctx.settings.operator.timeZone);

const staffIdOf = (ctx: Context): string => {
  if (ctx.caller.kind !== 'staff') throw new Error('a staff operation without a staff caller');
  return ctx.caller.accountId;
};

@Resolver(() => StaffReferralType)
export class StaffReferralResolver {
  @Allow('ADMIN', 'COORDINATOR')
  @Query(() => StaffReferralConnectionType, {
    description: 'Referrals without their health data; the pending queue is statuses: [PENDING], order: OLDEST_FIRST.',
    complexity: COST.page,
  })
  async referrals(
    @Arg('filter', () => ReferralFilterInput, { nullable: true }) filter: ReferralFilterInput | null,
    @Arg('order', () => ReferralOrderEnum, { defaultValue: 'NEWEST_FIRST' }) order: 'OLDEST_FIRST' | 'NEWEST_FIRST',
    @Arg('first', () => Int, { defaultValue: PAGE_SIZE.default, description: `at most ${PAGE_SIZE.max}` })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the page before' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<StaffReferralConnectionType> {
    orThrow(checkPageSize(first));
    orThrow(checkId(filter?.clientId, 'filter.clientId', 'client'));
    const search = orThrow(parseSearch(filter?.search, 'filter.search'));
    const rows = await listReferrals(ctx.em, { ...filter, search }, order, {
      first,
      after: orThrow(decodeCursor(after)),
    });
    const today = todayOf(ctx);
    return Object.assign(
      new StaffReferralConnectionType(),
      pageOf(rows, first, (row) => toStaffReferral(row, today)),
    );
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Query(() => StaffReferralType, { nullable: true })
  async referral(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<StaffReferralType | null> {
    const row = isUuid(id) ? await findStaffReferral(ctx.em, id) : undefined;
    return row ? toStaffReferral(row, todayOf(ctx)) : null;
  }

  @FieldResolver(() => ReferralHealthType, {
    nullable: true,
    description: 'Health data, read and audited in one transaction; null once purged.',
    complexity: 20,
  })
  async health(@Root() referral: StaffReferralType, @Ctx() ctx: Context): Promise<ReferralHealthType | null> {
    if (referral.purgedAt) return null;
    const health = await loadReferralHealth(ctx.em, ctx.settings.keys, referral.id, accessBy(ctx));
    return health ? Object.assign(new ReferralHealthType(), health) : null;
  }

  @FieldResolver(() => [ReferralUseType], { description: 'the bookings that used its sessions, by start' })
  async uses(@Root() referral: StaffReferralType, @Ctx() ctx: Context): Promise<ReferralUseType[]> {
    const rows = await referralUses(ctx.em, referral.id);
    return rows.map((r) => Object.assign(new ReferralUseType(), { ...r, start: new Date(r.start) }));
  }

  @FieldResolver(() => [ReferralChangeType], { description: 'its history, oldest first' })
  async changes(@Root() referral: StaffReferralType, @Ctx() ctx: Context): Promise<ReferralChangeType[]> {
    const rows = await referralChanges(ctx.em, referral.id);
    return rows.map((r) => Object.assign(new ReferralChangeType(), { ...r, at: new Date(r.at) }));
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => StaffReferralType, {
    description: 'A referral received by fax, email or letter: PENDING until verified.',
  })
  async enterReferral(
    @Arg('input', () => ReferralInputType) input: ReferralInputType,
    @Ctx() ctx: Context,
  ): Promise<StaffReferralType> {
    orThrow(checkId(input.clientId, 'clientId', 'client'));
    const referral = orThrow(await parseNewReferral(ctx.em, input, todayOf(ctx)));
    if (input.clientId) {
      const [client] = await ctx.em.execute('select 1 from client where id = ?', [input.clientId]);
      if (!client) throw toGraphQLError(domainError('BAD_USER_INPUT', 'Unknown client', 'clientId'));
    }
    const { id } = await insertReferral(
      ctx.em,
      ctx.settings.keys,
      { referral, submittedVia: 'STAFF', clientId: input.clientId ?? null, enteredBy: staffIdOf(ctx) },
      accessBy(ctx),
      ctx.settings.operator.timeZone,
    );
    return this.reread(ctx, id);
  }

  @Allow('PUBLIC')
  @Mutation(() => ReferralSubmissionType, {
    description:
      'A client (through a partner site) or an integrator (secret key) submits a referral: PENDING until the office verifies it. An integrator may then PUT its document to /documents/referrals/{id}.',
    complexity: COST.booking,
  })
  async submitReferral(
    @Arg('input', () => ReferralInputType) input: ReferralInputType,
    @Ctx() ctx: Context,
  ): Promise<ReferralSubmissionType> {
    await ctx.limits.consume('referral');
    if (input.clientId) {
      throw toGraphQLError(domainError('BAD_USER_INPUT', 'Only staff tie a referral to a client', 'clientId'));
    }
    const referral = orThrow(await parseNewReferral(ctx.em, input, todayOf(ctx)));
    const partner = ctx.caller.kind === 'partner' ? ctx.caller : undefined;
    const { id, code } = await insertReferral(
      ctx.em,
      ctx.settings.keys,
      {
        referral,
        submittedVia: partner?.keyKind === 'SECRET' ? 'PARTNER' : 'CLIENT',
        partnerId: partner?.partnerId ?? null,
      },
      accessBy(ctx),
      ctx.settings.operator.timeZone,
    );
    return Object.assign(new ReferralSubmissionType(), { id, code, status: 'PENDING' });
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => StaffReferralType, { description: 'Accepts a PENDING referral: its code can be booked with.' })
  async verifyReferral(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<StaffReferralType> {
    orThrow(await changeReferral(ctx.em, id, { kind: 'VERIFY' }, staffIdOf(ctx), ctx.settings.operator.timeZone));
    return this.reread(ctx, id);
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => StaffReferralType, { description: 'Refuses a PENDING referral, with the reason.' })
  async rejectReferral(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: Context,
  ): Promise<StaffReferralType> {
    orThrow(
      await changeReferral(ctx.em, id, { kind: 'REJECT', reason }, staffIdOf(ctx), ctx.settings.operator.timeZone),
    );
    return this.reread(ctx, id);
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => StaffReferralType, {
    description: 'Changes the sessions authorised or the expiry of a verified referral, with the reason.',
  })
  async amendReferral(
    @Arg('id', () => ID) id: string,
    @Arg('amendment', () => ReferralAmendmentInput) amendment: ReferralAmendmentInput,
    @Ctx() ctx: Context,
  ): Promise<StaffReferralType> {
    orThrow(
      await changeReferral(
        ctx.em,
        id,
        {
          kind: 'AMEND',
          reason: amendment.reason,
          sessionsAuthorised: amendment.sessionsAuthorised ?? undefined,
          expiresOn: amendment.expiresOn ?? undefined,
        },
        staffIdOf(ctx),
        ctx.settings.operator.timeZone,
      ),
    );
    return this.reread(ctx, id);
  }

  private async reread(ctx: Context, id: string): Promise<StaffReferralType> {
    const row = await findStaffReferral(ctx.em, id);
    if (!row) throw notFound();
    return toStaffReferral(row, todayOf(ctx));
  }
}
