import { parseClientContact } from '@mm/domain/booking-rules';
import { domainError } from '@mm/domain/errors';
import { parseSearch } from '@mm/domain/search';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import { ClientInput } from '../bookings/booking.types.js';
import { brokenConstraint, CONSTRAINTS, sqlState, UNIQUE_VIOLATION } from '../database/sql-errors.js';
import type { Context } from '../graphql/context.js';
import { orThrow, toGraphQLError } from '../graphql/errors.js';
import { checkPageSize, decodeCursor, PAGE_SIZE, pageOf } from '../graphql/pagination.js';
import { isUuid } from '../ids.js';
import { COST } from '../limits/query-limits.js';
import { type ClientRow, findClient, listClients, updateClientContact } from './client.queries.js';
import { ClientConnectionType, ClientType } from './client.types.js';

const toClientType = (row: ClientRow) =>
  Object.assign(new ClientType(), {
    ...row,
    // the driver may hand timestamptz values over as text
    createdAt: new Date(row.createdAt),
    lastBookingStart: row.lastBookingStart && new Date(row.lastBookingStart),
  });

@Resolver()
export class ClientResolver {
  @Allow('ADMIN', 'COORDINATOR')
  @Query(() => ClientConnectionType, {
    description: 'Clients, newest first; search by name, email or phone.',
    complexity: COST.page,
  })
  async clients(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('first', () => Int, { defaultValue: PAGE_SIZE.default, description: `at most ${PAGE_SIZE.max}` })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the page before' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<ClientConnectionType> {
    orThrow(checkPageSize(first));
    const text = orThrow(parseSearch(search, 'search'));
    const rows = await listClients(ctx.em, text, { first, after: orThrow(decodeCursor(after)) });
    return Object.assign(new ClientConnectionType(), pageOf(rows, first, toClientType));
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Query(() => ClientType, { nullable: true })
  async client(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<ClientType | null> {
    const row = isUuid(id) ? await findClient(ctx.em, id) : undefined;
    return row ? toClientType(row) : null;
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => ClientType, {
    description: "Changes a client's contact details, and those of their bookings still to come. Staff only.",
  })
  async updateClientContact(
    @Arg('id', () => ID) id: string,
    @Arg('client', () => ClientInput) client: ClientInput,
    @Ctx() ctx: Context,
  ): Promise<ClientType> {
    const notFound = toGraphQLError(domainError('NOT_FOUND', 'No such client', 'id'));
    if (!isUuid(id) || !(await findClient(ctx.em, id))) throw notFound;
    const contact = orThrow(parseClientContact(client));
    try {
      await updateClientContact(ctx.em, id, contact, new Date());
    } catch (error) {
      if (sqlState(error) === UNIQUE_VIOLATION && brokenConstraint(error) === CONSTRAINTS.clientEmail) {
        throw toGraphQLError(domainError('BAD_USER_INPUT', 'Another client has this email', 'client.email'));
      }
      throw error;
    }
    const row = await findClient(ctx.em, id);
    if (!row) throw notFound;
    return toClientType(row);
  }
}
