import { type DomainError, domainError } from '@mm/domain/errors';
import { err, ok, type Result } from '@mm/domain/result';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import type { PartnerKeyKind } from '../auth/roles.js';
import { type BookingPosition, listPartnerBookings } from '../bookings/booking.queries.js';
import { toBookingType } from '../bookings/booking.resolver.js';
import type { Context } from '../graphql/context.js';
import { orThrow, toGraphQLError } from '../graphql/errors.js';
import { isUuid } from '../ids.js';
import { COST } from '../limits/query-limits.js';
import {
  createPartner,
  issuePartnerKey,
  listPartners,
  type PartnerKeyView,
  type PartnerView,
  revokePartnerKey,
  updatePartner,
} from './partner.service.js';
import {
  BookingConnectionType,
  IssuedPartnerKeyType,
  PAGE_SIZE,
  PartnerInput,
  PartnerKeyKindEnum,
  PartnerKeyType,
  PartnerType,
} from './partner.types.js';

const toKeyType = (k: PartnerKeyView) => Object.assign(new PartnerKeyType(), k);
const toPartnerType = (p: PartnerView) =>
  Object.assign(new PartnerType(), {
    ...p,
    origins: [...p.origins],
    treatmentIds: [...p.treatmentIds],
    keys: p.keys.map(toKeyType),
  });

const encodeCursor = (p: BookingPosition) => Buffer.from(JSON.stringify([p.createdAt, p.id])).toString('base64url');

function decodeCursor(cursor: string | null | undefined): Result<BookingPosition | undefined, DomainError> {
  if (!cursor) return ok(undefined);
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof createdAt === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(createdAt) && typeof id === 'string') {
      if (isUuid(id)) return ok({ createdAt, id });
    }
  } catch {
    // not one of ours: answered below
  }
  return err(domainError('BAD_USER_INPUT', 'This cursor is not one this API gave out', 'after'));
}

@Resolver()
export class PartnerResolver {
  @Allow('ADMIN')
  @Query(() => [PartnerType])
  async partners(@Ctx() ctx: Context): Promise<PartnerType[]> {
    return (await listPartners(ctx.em)).map(toPartnerType);
  }

  @Allow('ADMIN')
  @Mutation(() => PartnerType)
  async createPartner(
    @Arg('input', () => PartnerInput) input: PartnerInput,
    @Ctx() ctx: Context,
  ): Promise<PartnerType> {
    const partner = orThrow(await createPartner(ctx.em, input));
    ctx.partners.clear();
    return toPartnerType(partner);
  }

  @Allow('ADMIN')
  @Mutation(() => PartnerType, { description: "Changes a partner's name, origins and treatments." })
  async updatePartner(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => PartnerInput) input: PartnerInput,
    @Ctx() ctx: Context,
  ): Promise<PartnerType> {
    const partner = orThrow(await updatePartner(ctx.em, id, input));
    ctx.partners.clear();
    return toPartnerType(partner);
  }

  @Allow('ADMIN')
  @Mutation(() => IssuedPartnerKeyType, { description: 'A new key; a secret key is shown only in this answer.' })
  async issuePartnerKey(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('kind', () => PartnerKeyKindEnum) kind: PartnerKeyKind,
    @Ctx() ctx: Context,
  ): Promise<IssuedPartnerKeyType> {
    const issued = orThrow(await issuePartnerKey(ctx.em, partnerId, kind));
    ctx.partners.clear();
    return Object.assign(new IssuedPartnerKeyType(), { key: toKeyType(issued.key), token: issued.token });
  }

  @Allow('ADMIN')
  @Mutation(() => PartnerKeyType, { description: 'Stops the key working, on every API instance at once.' })
  async revokePartnerKey(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PartnerKeyType> {
    const key = orThrow(await revokePartnerKey(ctx.em, id));
    ctx.partners.clear();
    return toKeyType(key);
  }

  @Allow('PARTNER_SERVER')
  @Query(() => BookingConnectionType, {
    description: "The bookings made through the caller's partner, newest first (a secret key's view).",
    complexity: COST.page,
  })
  async partnerBookings(
    @Arg('first', () => Int, { defaultValue: PAGE_SIZE.default, description: `at most ${PAGE_SIZE.max}` })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the page before' })
    after: string | null,
    @Ctx() ctx: Context,
  ): Promise<BookingConnectionType> {
    if (ctx.caller.kind !== 'partner') throw new Error('partnerBookings ran without a partner caller');
    if (!Number.isInteger(first) || first < 1 || first > PAGE_SIZE.max) {
      throw toGraphQLError(domainError('BAD_USER_INPUT', `first is 1 to ${PAGE_SIZE.max}`, 'first'));
    }
    const position = orThrow(decodeCursor(after));
    const page = await listPartnerBookings(ctx.em, ctx.caller.partnerId, { first, after: position });
    const edges = page.bookings.map((b) => ({
      cursor: encodeCursor(b.position),
      node: toBookingType(b, ctx.settings, 'partner'),
    }));
    return Object.assign(new BookingConnectionType(), {
      edges,
      pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: page.hasMore },
    });
  }
}
