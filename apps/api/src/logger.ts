import { pino } from 'pino';
import type { Config } from './config.js';

export type Logger = pino.Logger;

const FLUSH_EVERY_MS = 1000;

/**
 * Log lines carry ids, names and codes only: never a request body, SQL, or
 * anything a caller typed. Written to stdout in 4 KB batches (a write per
 * request line would cost every request a system call), and at least every
 * second; pino flushes what is left when the process exits.
 */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: FLUSH_EVERY_MS });
  return pino({ level: config.logLevel, base: { service: 'api' } }, destination);
}
