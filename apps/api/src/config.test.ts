import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const KEY = Buffer.alloc(32, 7).toString('base64');

describe('loadConfig', () => {
  it('has defaults for a demo on the embedded database', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: undefined,
      operator: { locale: 'en-AU', currency: 'AUD', timeZone: 'Australia/Sydney' },
    });
    expect(config.dataDir).toMatch(/\.data$/);
  });

  it('reads PORT, DATABASE_URL and DATA_DIR', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://u@db:5432/mm', DATA_DIR: '/tmp/x' });
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgres://u@db:5432/mm', dataDir: '/tmp/x' });
  });

  it('reads the email and webhook settings', () => {
    expect(loadConfig({}).messages).toMatchObject({
      smtpUrl: undefined,
      from: { name: 'Medical massage bookings', address: 'bookings@localhost' },
      consoleUrl: 'http://127.0.0.1:5173',
      reminderHours: 24,
      worker: true,
      allowLoopback: false,
    });
    const config = loadConfig({
      SMTP_URL: 'smtp://user:pass@mail.example.com:587',
      MAIL_FROM: 'Harbour Massage <bookings@massage.example>',
      CONSOLE_URL: 'https://console.massage.example/',
      REMINDER_HOURS: '48',
      OUTBOX_WORKER: 'false',
    });
    expect(config.messages).toMatchObject({
      smtpUrl: 'smtp://user:pass@mail.example.com:587',
      from: { name: 'Harbour Massage', address: 'bookings@massage.example' },
      consoleUrl: 'https://console.massage.example',
      reminderHours: 48,
      worker: false,
    });
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.com' })).toThrow(/^SMTP_URL must be an smtp:\/\//);
    expect(() => loadConfig({ MAIL_FROM: 'not an address' })).toThrow(/^MAIL_FROM must be an address/);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', HEALTH_DATA_KEYS: `k:${KEY}`, WEBHOOK_ALLOW_LOOPBACK: 'true' }),
    ).toThrow('WEBHOOK_ALLOW_LOOPBACK is for development and tests: not allowed in production');
  });

  it('reads the health-data keys, the current one first', () => {
    const config = loadConfig({ HEALTH_DATA_KEYS: `new:${KEY}, old:${KEY}`, HEALTH_RETENTION_DAYS: '365' });
    expect(config.healthKeys?.map((k) => [k.id, k.key.length])).toEqual([
      ['new', 32],
      ['old', 32],
    ]);
    expect(config.healthRetentionDays).toBe(365);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number from 0 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535 (got "70000")'],
    [{ PORT: '80.5' }, 'PORT must be a whole number from 0 to 65535 (got "80.5")'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must be a postgres:// or postgresql:// URL (got "mysql://x")'],
    [{ OPERATOR_TIME_ZONE: 'Mars/Olympus' }, 'OPERATOR_TIME_ZONE must be an IANA time zone such as Australia/Sydney'],
    [{ OPERATOR_TIME_ZONE: '+10:00' }, 'OPERATOR_TIME_ZONE must be an IANA time zone such as Australia/Sydney'],
    [{ OPERATOR_ORIGINS: 'https://a.example/path' }, 'OPERATOR_ORIGINS must be comma-separated origins'],
    [{ RATE_LIMIT_IP: '600' }, 'RATE_LIMIT_IP must be "points/seconds", e.g. 600/60'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL must be a redis:// or rediss:// URL'],
    [{ OPERATOR_CURRENCY: 'dollars' }, 'OPERATOR_CURRENCY must be an ISO-4217 code such as AUD'],
    [{ HEALTH_DATA_KEYS: 'k1:c2hvcnQ=' }, 'HEALTH_DATA_KEYS must be comma-separated id:key pairs, each key 32 bytes'],
    [{ HEALTH_DATA_KEYS: `a:${KEY},a:${KEY}` }, 'HEALTH_DATA_KEYS must not repeat a key id'],
    [{ NODE_ENV: 'production' }, 'HEALTH_DATA_KEYS is required in production'],
  ])('rejects %o with one clear line', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
