import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type RequestHandler } from 'express';
import { roleRuleCheck } from './auth/authorization.js';
import { loadTokenSecret } from './bookings/manage-token.js';
import { CatalogCache } from './catalog/catalog-cache.js';
import type { Config } from './config.js';
import { type Database, openDatabase } from './database/database.js';
import { executionWithCompiledQueries } from './graphql/compiled-execution.js';
import { type Context, RequestContext } from './graphql/context.js';
import { formatError } from './graphql/errors.js';
import { observabilityPlugin } from './graphql/observability.plugin.js';
import { operationChecksPlugin } from './graphql/operation-checks.js';
import { buildApiSchema } from './graphql/schema.js';
import { logResponses } from './http/access-log.js';
import { resolveCaller } from './http/caller.js';
import { chain } from './http/chain.js';
import { compressPublicAnswers } from './http/compress.js';
import { corsFor } from './http/cors.js';
import { drainable } from './http/drain.js';
import { metricsRoute } from './http/metrics-access.js';
import { errorHandler, MAX_BODY, requireGraphQLBody, requireJsonPost } from './http/request-guards.js';
import { requestState, startRequestState } from './http/request-state.js';
import { sessionCookie } from './http/session-cookie.js';
import { widgetAssets } from './http/widget-assets.js';
import { variableTextCheck } from './limits/input-safety.js';
import { costLimitCheck, QUERY_LIMITS, validationRules } from './limits/query-limits.js';
import { openRateLimiters } from './limits/rate-limits.js';
import { clientAddressKey, requestLimits } from './limits/request-limits.js';
import { createLogger, type Logger } from './logger.js';
import { smtpTransport } from './messages/mail-transport.js';
import { messagePages } from './messages/message-pages.js';
import { outboxStats } from './messages/outbox-row.js';
import { OutboxWorker } from './messages/worker.js';
import { Metrics } from './metrics/metrics.js';
import { PartnerDirectory } from './partners/partner-directory.js';
import { referralDocumentRoutes } from './referrals/referral-document.js';
import type { BookingSettings } from './settings.js';

export interface RunningApi {
  /** Base URL, e.g. http://127.0.0.1:4000 ; GraphQL is at `${url}/graphql`. */
  readonly url: string;
  readonly database: Database;
  readonly logger: Logger;
  /** Delivers the outbox (running unless OUTBOX_WORKER=false). */
  readonly outbox: OutboxWorker;
  close(): Promise<void>;
}

/** Opens the database and serves /graphql, /healthz and /readyz until `close()`. */
export async function startApi(config: Config): Promise<RunningApi> {
  const logger = createLogger(config);
  const database = await openDatabase(
    config,
    (line) => logger.info(line),
    (line) => logger.warn(line),
  );
  const em = () => database.orm.em.fork();
  const settings: BookingSettings = {
    operator: config.operator,
    policy: config.policy,
    tokenSecret: await loadTokenSecret(em(), config.tokenSecret),
    publicUrl: config.publicUrl,
    keys: database.keys,
    messages: {
      timings: { reminderHours: config.messages.reminderHours, followUpHours: config.messages.followUpHours },
      endpoints: { httpsOnly: config.production, allowLoopback: config.messages.allowLoopback },
    },
  };
  const limiters = await openRateLimiters(
    config.rateLimits,
    config.redisUrl
      ? { kind: 'redis', url: config.redisUrl, namespace: database.name }
      : config.databaseUrl
        ? { kind: 'postgres', url: config.databaseUrl }
        : { kind: 'memory' },
  ).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  // The API's own pages (`/book`, which emails link to) call it from its own origin.
  const directory = new PartnerDirectory(em, database.changes, [
    ...config.operatorOrigins,
    new URL(config.publicUrl).origin,
  ]);
  const mail = config.messages.smtpUrl ? smtpTransport(config.messages.smtpUrl, 30_000) : undefined;
  const outbox = new OutboxWorker(
    em,
    {
      email: {
        publicUrl: config.publicUrl,
        consoleUrl: config.messages.consoleUrl,
        tokenSecret: settings.tokenSecret,
        timeZone: config.operator.timeZone,
        moneyLocale: config.operator.locale,
        from: config.messages.from,
      },
      mail,
      webhooks: { ...settings.messages.endpoints, timeoutMs: config.messages.webhookTimeoutMs },
      keys: database.keys,
      worker: {
        pollMs: config.messages.pollMs,
        batchSize: 20,
        leaseSeconds: config.messages.leaseSeconds,
        maxAttempts: config.messages.maxAttempts,
        retryBaseMs: config.messages.retryBaseMs,
        digestHour: config.messages.digestHour,
      },
    },
    logger,
  );
  const catalog = new CatalogCache(em, database.changes);
  const lifetime = config.session;
  const schema = await buildApiSchema(config.operator.timeZone);

  const httpServer: Server = createServer();
  const shutdown = drainable(httpServer);
  const apollo = new ApolloServer<Context>({
    gateway: executionWithCompiledQueries(schema),
    // main.ts owns SIGTERM and SIGINT: Apollo's own handler stops it, then raises the signal again,
    // which kills the process before requests under way, the outbox worker and the pool are done
    stopOnTerminationSignals: false,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: !config.production,
    // no "did you mean …" that would spell out the schema to whoever guesses
    hideSchemaDetailsFromClientErrors: config.production,
    // an in-memory query cache anyone could fill; the widget and the console send whole queries
    persistedQueries: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    validationRules,
    plugins: [
      // No answer is cached (each is for its caller; startRequest says no-store), so no cache hints
      // are worked out: the hints plugin wraps every field's resolver, on every request.
      ApolloServerPluginCacheControlDisabled(),
      // who may ask, then what was sent, then what it would cost
      operationChecksPlugin([roleRuleCheck(schema), variableTextCheck, costLimitCheck(schema)]),
      observabilityPlugin(logger),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // answers are per caller and never cached
  app.set('trust proxy', config.trustProxy);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (shutdown.draining) {
      res.status(503).json({ status: 'shutting down', database: database.kind });
      return;
    }
    const up = await database.ping();
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'database unreachable', database: database.kind });
  });
  const metrics = new Metrics({ pool: () => database.poolUsage(), outbox: () => outboxStats(em()) });
  app.get('/metrics', metricsRoute(metrics, config.metricsAllow));
  const startRequest: RequestHandler = (req, res, next) => {
    // req.ip weighs X-Forwarded-For; without proxies to trust, the socket's address is the answer
    const address = config.trustProxy === false ? req.socket.remoteAddress : req.ip;
    const state = startRequestState(req, randomUUID(), clientAddressKey(address));
    res.setHeader('X-Request-Id', state.requestId);
    res.setHeader('Cache-Control', 'no-store');
    next();
  };
  app.use(
    '/graphql',
    chain(
      startRequest,
      compressPublicAnswers(),
      // Browsers may call from the operator's sites and from partners' (each key is then checked for its own).
      corsFor((origin) => directory.isKnownOrigin(origin)),
      requireJsonPost,
      express.json({ limit: MAX_BODY }),
      requireGraphQLBody,
      resolveCaller({ em, directory, limiters, session: lifetime }),
    ),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const state = requestState(req);
        return new RequestContext(
          {
            settings,
            caller: state.caller,
            requestId: state.requestId,
            limits: requestLimits(limiters, state.address),
            catalog,
            partners: directory,
            session: {
              lifetime,
              // made when signing in or out only
              get cookie() {
                return sessionCookie(req, res, lifetime.absoluteHours * 3600);
              },
            },
            request: state,
          },
          em,
        );
      },
    }),
  );
  app.use(
    '/documents',
    chain(startRequest, resolveCaller({ em, directory, limiters, session: lifetime })),
    referralDocumentRoutes(em, { keys: database.keys, dir: config.documentDir }),
  );
  app.use('/widget', compressPublicAnswers(), widgetAssets(config.widgetDir));
  app.use(
    express.urlencoded({ extended: false, limit: '1kb' }),
    messagePages(em, config.publicUrl, settings.tokenSecret),
  );
  app.use((_req, res) => {
    res.status(404).json({ error: 'Not found: GraphQL is at /graphql' });
  });
  app.use(errorHandler(logger));
  httpServer.on('request', app);
  const stopLogging = logResponses(httpServer, logger, metrics);

  await new Promise<void>((resolveListen, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolveListen());
  }).catch(async (error: unknown) => {
    stopLogging();
    await limiters.close();
    await database.close();
    throw error;
  });
  const { port } = httpServer.address() as AddressInfo; // listening on TCP, so an AddressInfo
  if (config.messages.worker) outbox.start();
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    database,
    logger,
    outbox,
    async close() {
      // stop taking connections and let requests under way finish (readiness fails meanwhile)
      await shutdown.drain(config.shutdownGraceMs);
      await apollo.stop();
      await outbox.stop();
      mail?.close();
      stopLogging();
      await limiters.close();
      await database.close();
      logger.flush();
    },
  };
}
