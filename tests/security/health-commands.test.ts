import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Config, loadConfig } from '@mm/api/config';
import { openDatabase } from '@mm/api/database';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshServerDatabase } from '../support/stack.js';

const cli = join(import.meta.dirname, '../../apps/api/dist/health/health-cli.js');
const serverUrl = process.env.DATABASE_URL || undefined;

/** The key ids in the demo's key file, in order. */
const keyIds = (dataDir: string) =>
  readFileSync(join(dataDir, 'health-data.keys'), 'utf8')
    .trim()
    .split(',')
    .map((entry) => entry.split(':')[0]);

let dataDir: string;
let env: Record<string, string>;
let config: Config;
let dropServerDatabase: (() => Promise<void>) | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'mm-health-cli-'));
  if (serverUrl) {
    // migrated and seeded by the API's own commands, which keep the key file in DATA_DIR
    const database = await freshServerDatabase(serverUrl, { DATA_DIR: dataDir });
    dropServerDatabase = database.drop;
    env = { DATA_DIR: dataDir, DATABASE_URL: database.url };
  } else {
    env = { DATA_DIR: dataDir, DATABASE_URL: '' };
  }
  config = loadConfig(env);
  // the embedded one migrates and seeds itself when first opened
  await (await openDatabase(config, () => undefined)).close();
});
afterAll(async () => {
  await dropServerDatabase?.();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The database opened as the API opens it (without seeding), for `work`, then closed. */
async function withDatabase<T>(work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const db = await openDatabase(
    config,
    () => undefined,
    () => undefined,
    { seed: false },
  );
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

const run = (command: string, extra: Record<string, string> = {}) =>
  execFileSync(process.execPath, [cli, command], { env: { ...process.env, ...env, ...extra }, encoding: 'utf8' });

describe('the health-data commands, as an operator runs them', () => {
  it('health:rotate-key seals every value with a new key, and the old one is gone', async () => {
    const [before] = keyIds(dataDir);
    const output = run('rotate-key');
    const after = keyIds(dataDir);
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before);
    expect(output).toMatch(/referral\.diagnosis: 3 sealed again/);
    expect(output).toMatch(/referral_document\.content: 1 sealed again/);
    expect(output).toContain(`now only key ${after[0]}`);

    await withDatabase(async (db) => {
      const [row] = await db.orm.em
        .getConnection()
        .execute<{ id: string; diagnosis: Buffer }[]>("select id, diagnosis from referral where code = 'RX-DEMO-BACK'");
      expect(db.keys.current.id).toBe(after[0]);
      expect(row?.diagnosis.subarray(0, db.keys.currentHeader.length).equals(db.keys.currentHeader)).toBe(true);
      expect(db.keys.openText(row?.diagnosis ?? null, `referral.diagnosis:${row?.id}`)).toBe(
        'Chronic non-specific low back pain, 8 months',
      );
    });
    // with the keys configured (as in production), a second run finds nothing under another key
    const configured = readFileSync(join(dataDir, 'health-data.keys'), 'utf8').trim();
    const again = run('rotate-key', { HEALTH_DATA_KEYS: configured });
    expect(again).toMatch(/referral\.diagnosis: 0 sealed again/);
    expect(again).toMatch(/the other keys can be removed from HEALTH_DATA_KEYS/);
  });

  it('health:purge removes what is past the retention period, and says how much', async () => {
    await withDatabase((db) =>
      db.orm.em.getConnection().execute(
        `update referral set created_at = now() - interval '400 days', issued_on = current_date - 400,
           expires_on = current_date - 300 where code = 'RX-DEMO-KNEE'`,
      ),
    );
    const output = run('purge', { HEALTH_RETENTION_DAYS: '30' });
    expect(output).toMatch(/1 referral\(s\), 0 document\(s\)/);
    expect(run('purge', { HEALTH_RETENTION_DAYS: '30' })).toMatch(/0 referral\(s\), 0 document\(s\)/);
  });
});
