import { pino } from 'pino';
import type { Config } from './config.js';

export type Logger = pino.Logger;

export const createLogger = (config: Pick<Config, 'logLevel'>): Logger =>
  pino({ level: config.logLevel, base: { service: 'api' }, redact: ['req.headers.authorization'] });
