import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express from 'express';
import { loadTokenSecret } from './bookings/manage-token.js';
import type { Config } from './config.js';
import { type Database, openDatabase } from './database/database.js';
import type { BookingSettings, Context } from './graphql/context.js';
import { formatError } from './graphql/errors.js';
import { buildApiSchema } from './graphql/schema.js';
import { createLogger, type Logger } from './logger.js';

export interface RunningApi {
  /** Base URL, e.g. http://127.0.0.1:4000 ; GraphQL is at `${url}/graphql`. */
  readonly url: string;
  readonly database: Database;
  readonly logger: Logger;
  close(): Promise<void>;
}

/** Opens the database and serves /graphql, /healthz and /readyz until `close()`. */
export async function startApi(config: Config): Promise<RunningApi> {
  const logger = createLogger(config);
  const database = await openDatabase(config, (line) => logger.info(line));
  const settings: BookingSettings = {
    operator: config.operator,
    policy: config.policy,
    tokenSecret: await loadTokenSecret(database.orm.em.fork(), config.tokenSecret),
  };
  const httpServer: Server = createServer();
  const apollo = new ApolloServer<Context>({
    schema: await buildApiSchema(config.operator.timeZone),
    formatError: (formatted, error) => {
      const shaped = formatError(formatted);
      if (shaped.extensions?.code === 'INTERNAL_SERVER_ERROR') logger.error({ err: error }, 'unexpected GraphQL error');
      return shaped;
    },
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const up = await database.ping();
    res.status(up ? 200 : 503).json({ status: up ? 'ok' : 'database unreachable', database: database.kind });
  });
  app.use(
    '/graphql',
    // Partner pages call from their own origins; which origins a key may use is checked per key.
    cors({ origin: true, maxAge: 600 }),
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        em: database.orm.em.fork(),
        settings,
        partnerKey: req.header('x-partner-key')?.trim() || undefined,
      }),
    }),
  );
  httpServer.on('request', app);

  await new Promise<void>((resolveListen, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolveListen());
  }).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  const { port } = httpServer.address() as AddressInfo; // listening on TCP, so an AddressInfo
  return {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    database,
    logger,
    async close() {
      await apollo.stop();
      await database.close();
    },
  };
}
