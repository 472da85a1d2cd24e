import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BookingPolicy } from '@mm/domain/booking-rules';
import { z } from 'zod';

/** The repository root: the default home of the embedded database's folder. */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const port = z.coerce
  .number({ error: 'must be a whole number from 0 to 65535' })
  .int('must be a whole number from 0 to 65535')
  .min(0, 'must be a whole number from 0 to 65535')
  .max(65535, 'must be a whole number from 0 to 65535');

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number()
    .int(`must be a whole number from ${min} to ${max}`)
    .min(min, `must be a whole number from ${min} to ${max}`)
    .max(max, `must be a whole number from ${min} to ${max}`);

const postgresUrl = z.string().refine(
  (value) => {
    try {
      return ['postgres:', 'postgresql:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  },
  { message: 'must be a postgres:// or postgresql:// URL' },
);

const timeZone = z.string().refine(
  (value) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'must be an IANA time zone such as Australia/Sydney' },
);

const schema = z.object({
  PORT: z.preprocess((v) => (v === '' ? undefined : v), port.default(4000)),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.preprocess((v) => (v === '' ? undefined : v), postgresUrl.optional()),
  DATA_DIR: z.string().min(1).default(resolve(repoRoot, '.data')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  OPERATOR_LOCALE: z.string().min(2).default('en-AU'),
  OPERATOR_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO-4217 code such as AUD')
    .default('AUD'),
  OPERATOR_TIME_ZONE: timeZone.default('Australia/Sydney'),
  OPERATOR_COUNTRY: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO-3166 alpha-2 code such as AU')
    .default('AU'),
  SLOT_STEP_MINUTES: wholeNumber(5, 60).default(15),
  MIN_NOTICE_MINUTES: wholeNumber(0, 7 * 24 * 60).default(180),
  HORIZON_DAYS: wholeNumber(1, 365).default(60),
  FREE_CANCELLATION_HOURS: wholeNumber(0, 14 * 24).default(24),
  TOKEN_SECRET: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.string().min(32, 'must be at least 32 characters').optional(),
  ),
});

export interface Config {
  readonly port: number;
  readonly host: string;
  /** A PostgreSQL server; when absent the API runs an embedded database in `dataDir`. */
  readonly databaseUrl: string | undefined;
  readonly dataDir: string;
  readonly logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  readonly operator: {
    readonly locale: string;
    readonly currency: string;
    readonly timeZone: string;
    /** Where visits take place (ISO-3166 alpha-2). */
    readonly country: string;
  };
  readonly policy: BookingPolicy;
  /** Key of the manage tokens' HMAC; when absent the database keeps one of its own. */
  readonly tokenSecret: string | undefined;
}

/** Bad configuration: its message is one line naming the variable and what is wrong. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The only reader of the environment: everything else receives a `Config`. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'configuration');
    const value = typeof issue?.path[0] === 'string' ? env[issue.path[0]] : undefined;
    throw new ConfigError(`${name} ${issue?.message ?? 'is invalid'}${value === undefined ? '' : ` (got "${value}")`}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    databaseUrl: c.DATABASE_URL,
    dataDir: resolve(c.DATA_DIR),
    logLevel: c.LOG_LEVEL,
    operator: {
      locale: c.OPERATOR_LOCALE,
      currency: c.OPERATOR_CURRENCY,
      timeZone: c.OPERATOR_TIME_ZONE,
      country: c.OPERATOR_COUNTRY,
    },
    policy: {
      slotStepMinutes: c.SLOT_STEP_MINUTES,
      minNoticeMinutes: c.MIN_NOTICE_MINUTES,
      horizonDays: c.HORIZON_DAYS,
      freeCancellationHours: c.FREE_CANCELLATION_HOURS,
    },
    tokenSecret: c.TOKEN_SECRET,
  };
}
