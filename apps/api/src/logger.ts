import { pino } from 'pino';
import type { Config } from './config.js';

export type Logger = pino.Logger;

/** Log lines carry ids, names and codes only: never a request body, SQL, or anything a caller typed. */
export const createLogger = (config: Pick<Config, 'logLevel'>): Logger =>
  pino({ level: config.logLevel, base: { service: 'api' } });
