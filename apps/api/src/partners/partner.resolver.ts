import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import type { PartnerKeyKind } from '../auth/roles.js';
import { listPartnerBookings } from '../bookings/booking.queries.js';
import { toBookingType } from '../bookings/booking.resolver.js';
import type { Context } from '../graphql/context.js';
import { orThrow } from '../graphql/errors.js';
import { checkPageSize, decodeCursor, PAGE_SIZE, pageOf } from '../graphql/pagination.js';
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
  EmbeddingType,
  IssuedPartnerKeyType,
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

@Resolver()
export class PartnerResolver {
  @Allow('ADMIN')
  @Query(() => [PartnerType])
  async partners(@Ctx() ctx: Context): Promise<PartnerType[]> {
    return (await listPartners(ctx.em)).map(toPartnerType);
  }

  @Allow('ADMIN')
  @Query(() => EmbeddingType, { description: "Where partner pages load the widget from, for the console's snippet." })
  embedding(@Ctx() ctx: Context): EmbeddingType {
    const base = ctx.settings.publicUrl;
    return Object.assign(new EmbeddingType(), { scriptUrl: `${base}/widget/mm-booking.js`, apiUrl: `${base}/graphql` });
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
    orThrow(checkPageSize(first));
    const position = orThrow(decodeCursor(after));
    const rows = await listPartnerBookings(ctx.em, ctx.caller.partnerId, { first, after: position });
    return Object.assign(
      new BookingConnectionType(),
      pageOf(rows, first, (b) => toBookingType(b, ctx.settings, 'partner')),
    );
  }
}
