import { domainError } from '@mm/domain/errors';
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { Allow } from '../auth/authorization.js';
import type { Context } from '../graphql/context.js';
import { orThrow, toGraphQLError } from '../graphql/errors.js';
import { checkPageSize, decodeCursor, PAGE_SIZE, pageOf } from '../graphql/pagination.js';
import { checkId } from '../ids.js';
import { COST } from '../limits/query-limits.js';
import { type DeliveryView, findDelivery, listDeliveries, resendDelivery } from './deliveries.queries.js';
import {
  DeliveryConnectionType,
  DeliveryStatusEnum,
  DeliveryType,
  IssuedWebhookSecretType,
  WebhookEndpointInput,
  WebhookEndpointType,
} from './messages.types.js';
import type { OutboxStatus } from './topics.js';
import {
  addWebhookEndpoint,
  listWebhookEndpoints,
  removeWebhookEndpoint,
  rotateWebhookSecret,
  type WebhookEndpointView,
} from './webhook-endpoints.service.js';

// Instants read with raw SQL come as text: the DateTime scalar writes Dates.
const toDelivery = ({ position: _position, ...view }: DeliveryView) =>
  Object.assign(new DeliveryType(), {
    ...view,
    dueAt: new Date(view.dueAt),
    sentAt: view.sentAt && new Date(view.sentAt),
    createdAt: new Date(view.createdAt),
  });
const toEndpoint = (view: WebhookEndpointView) =>
  Object.assign(new WebhookEndpointType(), {
    ...view,
    createdAt: new Date(view.createdAt),
    previousSecretValidUntil: view.previousSecretValidUntil && new Date(view.previousSecretValidUntil),
  });

async function page(
  ctx: Context,
  filter: Parameters<typeof listDeliveries>[1],
  first: number,
  after: string | null,
): Promise<DeliveryConnectionType> {
  orThrow(checkPageSize(first));
  const position = orThrow(decodeCursor(after));
  const rows = await listDeliveries(ctx.em, filter, { first, after: position });
  return Object.assign(new DeliveryConnectionType(), pageOf(rows, first, toDelivery));
}

@Resolver()
export class MessagesResolver {
  @Allow('ADMIN', 'COORDINATOR')
  @Query(() => DeliveryConnectionType, {
    description: 'Emails to clients, therapists and staff, newest first: sent, kept, waiting, or dead.',
    complexity: COST.page,
  })
  async messages(
    @Arg('status', () => DeliveryStatusEnum, { nullable: true }) status: OutboxStatus | null,
    @Arg('first', () => Int, { defaultValue: PAGE_SIZE.default, description: `at most ${PAGE_SIZE.max}` })
    first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<DeliveryConnectionType> {
    return page(ctx, { channel: 'EMAIL', status }, first, after);
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Query(() => DeliveryType, { description: 'One email, rendered, with its invite.' })
  async message(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<DeliveryType> {
    const found = await findDelivery(ctx.em, id);
    if (found?.channel !== 'EMAIL') throw toGraphQLError(domainError('NOT_FOUND', 'No such message', 'id'));
    return toDelivery(found);
  }

  @Allow('ADMIN')
  @Query(() => DeliveryConnectionType, {
    description: "A partner's webhook delivery log, newest first.",
    complexity: COST.page,
  })
  async webhookDeliveries(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('status', () => DeliveryStatusEnum, { nullable: true }) status: OutboxStatus | null,
    @Arg('first', () => Int, { defaultValue: PAGE_SIZE.default, description: `at most ${PAGE_SIZE.max}` })
    first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<DeliveryConnectionType> {
    orThrow(checkId(partnerId, 'partnerId', 'partner'));
    return page(ctx, { channel: 'WEBHOOK', partnerId, status }, first, after);
  }

  @Allow('ADMIN', 'COORDINATOR')
  @Mutation(() => DeliveryType, {
    description: 'Sends a dead email again (admins: also a webhook call, dead or delivered).',
  })
  async resendDelivery(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<DeliveryType> {
    const channels =
      ctx.caller.kind === 'staff' && ctx.caller.role === 'ADMIN'
        ? (['EMAIL', 'WEBHOOK'] as const)
        : (['EMAIL'] as const);
    return toDelivery(orThrow(await resendDelivery(ctx.em, id, channels)));
  }

  @Allow('ADMIN')
  @Query(() => [WebhookEndpointType])
  async webhookEndpoints(
    @Arg('partnerId', () => ID) partnerId: string,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointType[]> {
    return (await listWebhookEndpoints(ctx.em, partnerId)).map(toEndpoint);
  }

  @Allow('ADMIN')
  @Mutation(() => IssuedWebhookSecretType, { description: 'A new endpoint; its signing secret is shown only here.' })
  async addWebhookEndpoint(
    @Arg('input', () => WebhookEndpointInput) input: WebhookEndpointInput,
    @Ctx() ctx: Context,
  ): Promise<IssuedWebhookSecretType> {
    const added = orThrow(await addWebhookEndpoint(ctx.em, ctx.settings.keys, ctx.settings.messages.endpoints, input));
    return Object.assign(new IssuedWebhookSecretType(), { endpoint: toEndpoint(added.endpoint), secret: added.secret });
  }

  @Allow('ADMIN')
  @Mutation(() => IssuedWebhookSecretType, {
    description: 'A new signing secret, shown only here; the previous one also signs for graceHours (default 24).',
  })
  async rotateWebhookSecret(
    @Arg('id', () => ID) id: string,
    @Arg('graceHours', () => Int, { defaultValue: 24 }) graceHours: number,
    @Ctx() ctx: Context,
  ): Promise<IssuedWebhookSecretType> {
    const rotated = orThrow(await rotateWebhookSecret(ctx.em, ctx.settings.keys, id, graceHours));
    return Object.assign(new IssuedWebhookSecretType(), {
      endpoint: toEndpoint(rotated.endpoint),
      secret: rotated.secret,
    });
  }

  @Allow('ADMIN')
  @Mutation(() => WebhookEndpointType, { description: 'Stops calling the endpoint.' })
  async removeWebhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WebhookEndpointType> {
    return toEndpoint(orThrow(await removeWebhookEndpoint(ctx.em, id)));
  }
}
