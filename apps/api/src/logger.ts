import { pino } from 'pino';
import type { Config } from './config.js';

export type Logger = pino.Logger;

/**
 * Log lines carry ids, names and codes only: never a request body, SQL, or
 * anything a caller typed. Written to stdout in 4 KB batches (a write per
 * request line would cost every request a system call); pino flushes what is
 * left when the process exits, and close() flushes too.
 */
export const createLogger = (config: Pick<Config, 'logLevel'>): Logger =>
  pino(
    { level: config.logLevel, base: { service: 'api' } },
    pino.destination({ dest: 1, sync: false, minLength: 4096 }),
  );
