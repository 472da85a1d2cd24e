// Starts the API: `pnpm --filter ./apps/api start` (PORT, DATABASE_URL, DATA_DIR).
import { ConfigError, loadConfig } from './config.js';
import { DatabaseUnavailableError } from './database/database.js';
import { startApi } from './server.js';

function portInUse(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
}

try {
  const config = loadConfig(process.env);
  const api = await startApi(config);
  api.logger.info(
    { database: api.database.kind, dataDir: api.database.kind === 'embedded' ? config.dataDir : undefined },
    `API ready at ${api.url}/graphql`,
  );
  // Requests under way get SHUTDOWN_GRACE_MS; closing the rest (worker, pool) a few seconds more, then the
  // process ends whatever is stuck (a database that no longer answers, say).
  const CLOSE_MS = 5000;
  const shutdown = async (signal: string) => {
    api.logger.info(`${signal}: shutting down`);
    setTimeout(() => {
      api.logger.error('shutdown took too long: exiting');
      api.logger.flush();
      process.exit(1);
    }, config.shutdownGraceMs + CLOSE_MS).unref();
    await api.close();
    api.logger.info('shut down');
    api.logger.flush();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    console.error(`cannot start the API: ${error.message}`);
  } else if (portInUse(error)) {
    console.error(`cannot start the API: PORT ${process.env.PORT ?? ''} is already in use`);
  } else {
    console.error('cannot start the API:', error);
  }
  process.exit(1);
}
