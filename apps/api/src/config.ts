import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BookingPolicy } from '@mm/domain/booking-rules';
import { isOrigin } from '@mm/domain/partners';
import { isValidTimeZone } from '@mm/domain/zoned-time';
import { z } from 'zod';
import { isAddressOrRange } from './http/metrics-access.js';

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

const timeZone = z
  .string()
  .refine((value) => isValidTimeZone(value), { message: 'must be an IANA time zone such as Australia/Sydney' });

const redisUrl = z.string().refine(
  (value) => {
    try {
      return ['redis:', 'rediss:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  },
  { message: 'must be a redis:// or rediss:// URL' },
);

const origins = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((o) => o.trim())
      .filter((o) => o !== ''),
  )
  .refine((list) => list.every(isOrigin), {
    message: 'must be comma-separated origins such as https://book.example.com (scheme, host, port; no path)',
  });

/** "points/seconds": at most `points` requests in a window of `seconds`. */
const rateLimit = z
  .string()
  .regex(/^\d{1,9}\/\d{1,7}$/, 'must be "points/seconds", e.g. 600/60')
  .transform((value) => {
    const [points, seconds] = value.split('/').map(Number);
    return { points: points ?? 0, seconds: seconds ?? 0 };
  })
  .refine((limit) => limit.points > 0 && limit.seconds > 0, { message: 'must have points and seconds above 0' });

/** "id:base64,…": AES-256 keys for health data; the first seals, every one opens (see health/cipher.ts). */
const healthKeys = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '')
      .map((entry) => {
        const [id = '', key = ''] = entry.split(':');
        return { id, key: Buffer.from(key, 'base64') };
      }),
  )
  .refine((keys) => keys.length > 0 && keys.every((k) => /^[\w-]{1,40}$/.test(k.id) && k.key.length === 32), {
    message: 'must be comma-separated id:key pairs, each key 32 bytes in base64 (openssl rand -base64 32)',
  })
  .refine((keys) => new Set(keys.map((k) => k.id)).size === keys.length, { message: 'must not repeat a key id' });

const smtpUrl = z.string().refine(
  (value) => {
    try {
      return ['smtp:', 'smtps:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  },
  { message: 'must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example.com:587' },
);

/** "Name <address>" or a bare address. */
const mailFrom = z
  .string()
  .regex(/^(?:[^<>\r\n]{1,100} <[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/, {
    message: 'must be an address, or "Name <address>"',
  })
  .transform((value) => {
    const named = /^(.*) <(.+)>$/.exec(value);
    return named ? { name: (named[1] ?? '').trim(), address: named[2] ?? '' } : { name: 'Bookings', address: value };
  });

/** "address or CIDR,…": who may read /metrics (see http/metrics-access.ts). */
const addressRanges = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
  )
  .refine((list) => list.every(isAddressOrRange), {
    message: 'must be comma-separated addresses or CIDR ranges, e.g. 127.0.0.1,10.0.0.0/8',
  });

const onOff = z.enum(['true', 'false']).transform((value) => value === 'true');

const optionalString = <T extends z.ZodType>(type: T) => z.preprocess((v) => (v === '' ? undefined : v), type);

const schema = z.object({
  NODE_ENV: z.enum(['production', 'development', 'test']).default('development'),
  PORT: optionalString(port.default(4000)),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: optionalString(postgresUrl.optional()),
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
  TOKEN_SECRET: optionalString(z.string().min(32, 'must be at least 32 characters').optional()),
  OPERATOR_ORIGINS: origins.default(['http://127.0.0.1:5173', 'http://localhost:5173']),
  DEMO_PARTNER_ORIGINS: origins.default(['http://127.0.0.1:5174', 'http://localhost:5174']),
  TRUST_PROXY: z
    .string()
    .regex(/^(false|loopback|uniquelocal|linklocal|\d{1,2}|[0-9a-f.:/]+(,[0-9a-f.:/]+)*)$/i, {
      message: 'must be false, loopback, a number of proxies, or comma-separated addresses/CIDRs',
    })
    .default('false'),
  SESSION_IDLE_MINUTES: wholeNumber(1, 24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: wholeNumber(1, 30 * 24).default(12),
  REDIS_URL: optionalString(redisUrl.optional()),
  HEALTH_DATA_KEYS: optionalString(healthKeys.optional()),
  HEALTH_RETENTION_DAYS: wholeNumber(30, 100 * 365).default(2557),
  DOCUMENT_DIR: optionalString(z.string().min(1).optional()),
  PUBLIC_URL: optionalString(z.url({ protocol: /^https?$/ }).optional()),
  WIDGET_DIR: z
    .string()
    .min(1)
    .default(resolve(repoRoot, 'packages', 'widget', 'dist')),
  SMTP_URL: optionalString(smtpUrl.optional()),
  MAIL_FROM: mailFrom.default({ name: 'Medical massage bookings', address: 'bookings@localhost' }),
  CONSOLE_URL: optionalString(z.url({ protocol: /^https?$/ }).optional()),
  REMINDER_HOURS: wholeNumber(1, 14 * 24).default(24),
  FOLLOW_UP_HOURS: wholeNumber(0, 14 * 24).default(2),
  DIGEST_HOUR: wholeNumber(0, 23).default(18),
  OUTBOX_WORKER: onOff.default(true),
  OUTBOX_POLL_MS: wholeNumber(10, 60_000).default(1000),
  OUTBOX_LEASE_SECONDS: wholeNumber(1, 3600).default(120),
  OUTBOX_MAX_ATTEMPTS: wholeNumber(1, 50).default(8),
  OUTBOX_RETRY_BASE_MS: wholeNumber(1, 3_600_000).default(30_000),
  WEBHOOK_TIMEOUT_MS: wholeNumber(100, 60_000).default(10_000),
  WEBHOOK_ALLOW_LOOPBACK: onOff.default(false),
  DB_POOL_SIZE: wholeNumber(1, 500).default(20),
  DB_ACQUIRE_TIMEOUT_MS: wholeNumber(100, 120_000).default(3000),
  DB_STATEMENT_TIMEOUT_MS: wholeNumber(100, 3_600_000).default(10_000),
  SHUTDOWN_GRACE_MS: wholeNumber(0, 600_000).default(10_000),
  METRICS_ALLOW: addressRanges.default(['127.0.0.1', '::1']),
  RATE_LIMIT_IP: rateLimit.default({ points: 600, seconds: 60 }),
  RATE_LIMIT_KEY: rateLimit.default({ points: 6000, seconds: 60 }),
  RATE_LIMIT_SESSION: rateLimit.default({ points: 600, seconds: 60 }),
  RATE_LIMIT_REFERRAL: rateLimit.default({ points: 20, seconds: 600 }),
  RATE_LIMIT_REFERRAL_CODE: rateLimit.default({ points: 5, seconds: 3600 }),
  RATE_LIMIT_MANAGE: rateLimit.default({ points: 30, seconds: 600 }),
  RATE_LIMIT_LOGIN_IP: rateLimit.default({ points: 50, seconds: 900 }),
  RATE_LIMIT_LOGIN_ACCOUNT: rateLimit.default({ points: 10, seconds: 900 }),
});

export interface RateLimit {
  readonly points: number;
  readonly seconds: number;
}

/** The shared rate limits: per caller, and tighter ones for guessable secrets. */
export interface RateLimits {
  /** Every request, per client address. */
  readonly ip: RateLimit;
  /** Every request made with a partner key, per key. */
  readonly key: RateLimit;
  /** Every request of a staff session, per session. */
  readonly session: RateLimit;
  /** Referral code lookups, per client address. */
  readonly referral: RateLimit;
  /** Failed holder checks of one referral code, whoever makes them: a code's holder cannot be guessed from many addresses. */
  readonly referralCode: RateLimit;
  /** Operations that take a manage token, per client address. */
  readonly manage: RateLimit;
  readonly loginIp: RateLimit;
  /** Sign-in attempts per account name, whether the account exists or not. */
  readonly loginAccount: RateLimit;
}

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
  /** NODE_ENV=production: no introspection, no schema hints in errors, no demo accounts. */
  readonly production: boolean;
  /** The operator's own sites (the console among them): calls without a key are accepted from these. */
  readonly operatorOrigins: readonly string[];
  /** Where the seeded demo partner's page is served. */
  readonly demoPartnerOrigins: readonly string[];
  /** Express's `trust proxy`: which proxies' X-Forwarded-For / -Proto to believe. */
  readonly trustProxy: boolean | number | string;
  readonly session: { readonly idleMinutes: number; readonly absoluteHours: number };
  /** Rate-limit counters live here when set, else in PostgreSQL. */
  readonly redisUrl: string | undefined;
  readonly rateLimits: RateLimits;
  /** Where partner sites reach the API: the base of the embed snippet's URLs. */
  readonly publicUrl: string;
  /** Keys sealing health data, the current one first; absent outside production: a key file in `dataDir`. */
  readonly healthKeys: readonly { readonly id: string; readonly key: Buffer }[] | undefined;
  /** Days referrals and intake notes are kept after their last session (`health:purge`). */
  readonly healthRetentionDays: number;
  /** Referral documents are kept here, sealed, when set; else in the database. */
  readonly documentDir: string | undefined;
  /** The built widget, served at /widget/ for partner pages to load. */
  readonly widgetDir: string;
  readonly messages: MessagesConfig;
  /** The server's pool and timeouts (the embedded database, one connection in this process, has none). */
  readonly database: {
    readonly poolSize: number;
    readonly acquireTimeoutMs: number;
    readonly statementTimeoutMs: number;
  };
  /** On SIGTERM, how long requests under way may take before the instance closes anyway. */
  readonly shutdownGraceMs: number;
  /** Addresses and CIDR ranges allowed to read /metrics. */
  readonly metricsAllow: readonly string[];
}

/** Email and webhooks (see messages/). */
export interface MessagesConfig {
  /** Emails go out over this server; without it they are only kept (the console's Messages page). */
  readonly smtpUrl: string | undefined;
  readonly from: { readonly name: string; readonly address: string };
  /** The staff console, for links in staff and therapist emails. */
  readonly consoleUrl: string;
  readonly reminderHours: number;
  readonly followUpHours: number;
  readonly digestHour: number;
  /** Whether this instance delivers (every instance may: they share the work). */
  readonly worker: boolean;
  readonly pollMs: number;
  readonly leaseSeconds: number;
  readonly maxAttempts: number;
  readonly retryBaseMs: number;
  readonly webhookTimeoutMs: number;
  /** Webhook endpoints on this machine (loopback) are allowed: development and tests only. */
  readonly allowLoopback: boolean;
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
  if (c.NODE_ENV === 'production' && !c.HEALTH_DATA_KEYS) {
    throw new ConfigError('HEALTH_DATA_KEYS is required in production: health data is sealed with it');
  }
  if (c.NODE_ENV === 'production' && c.WEBHOOK_ALLOW_LOOPBACK) {
    throw new ConfigError('WEBHOOK_ALLOW_LOOPBACK is for development and tests: not allowed in production');
  }
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
    production: c.NODE_ENV === 'production',
    operatorOrigins: c.OPERATOR_ORIGINS,
    demoPartnerOrigins: c.DEMO_PARTNER_ORIGINS,
    trustProxy: c.TRUST_PROXY === 'false' ? false : /^\d+$/.test(c.TRUST_PROXY) ? Number(c.TRUST_PROXY) : c.TRUST_PROXY,
    session: { idleMinutes: c.SESSION_IDLE_MINUTES, absoluteHours: c.SESSION_ABSOLUTE_HOURS },
    redisUrl: c.REDIS_URL,
    rateLimits: {
      ip: c.RATE_LIMIT_IP,
      key: c.RATE_LIMIT_KEY,
      session: c.RATE_LIMIT_SESSION,
      referral: c.RATE_LIMIT_REFERRAL,
      referralCode: c.RATE_LIMIT_REFERRAL_CODE,
      manage: c.RATE_LIMIT_MANAGE,
      loginIp: c.RATE_LIMIT_LOGIN_IP,
      loginAccount: c.RATE_LIMIT_LOGIN_ACCOUNT,
    },
    publicUrl: (c.PUBLIC_URL ?? `http://127.0.0.1:${c.PORT}`).replace(/\/+$/, ''),
    widgetDir: resolve(c.WIDGET_DIR),
    healthKeys: c.HEALTH_DATA_KEYS,
    healthRetentionDays: c.HEALTH_RETENTION_DAYS,
    documentDir: c.DOCUMENT_DIR === undefined ? undefined : resolve(c.DOCUMENT_DIR),
    messages: {
      smtpUrl: c.SMTP_URL,
      from: c.MAIL_FROM,
      consoleUrl: (c.CONSOLE_URL ?? c.OPERATOR_ORIGINS[0] ?? 'http://127.0.0.1:5173').replace(/\/+$/, ''),
      reminderHours: c.REMINDER_HOURS,
      followUpHours: c.FOLLOW_UP_HOURS,
      digestHour: c.DIGEST_HOUR,
      worker: c.OUTBOX_WORKER,
      pollMs: c.OUTBOX_POLL_MS,
      leaseSeconds: c.OUTBOX_LEASE_SECONDS,
      maxAttempts: c.OUTBOX_MAX_ATTEMPTS,
      retryBaseMs: c.OUTBOX_RETRY_BASE_MS,
      webhookTimeoutMs: c.WEBHOOK_TIMEOUT_MS,
      allowLoopback: c.WEBHOOK_ALLOW_LOOPBACK,
    },
    database: {
      poolSize: c.DB_POOL_SIZE,
      acquireTimeoutMs: c.DB_ACQUIRE_TIMEOUT_MS,
      statementTimeoutMs: c.DB_STATEMENT_TIMEOUT_MS,
    },
    shutdownGraceMs: c.SHUTDOWN_GRACE_MS,
    metricsAllow: c.METRICS_ALLOW,
  };
}
