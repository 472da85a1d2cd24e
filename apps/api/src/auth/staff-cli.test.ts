import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { startApi } from '../server.js';
import { freshServerDatabase } from '../test-support/test-api.js';

const tsx = join(import.meta.dirname, '../../node_modules/.bin/tsx');
const serverUrl = process.env.DATABASE_URL || undefined;

/** A database the command can use: a fresh migrated one on the server, or an empty embedded folder. */
async function freshDatabase(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  if (serverUrl) {
    const db = await freshServerDatabase(serverUrl);
    return { env: { DATABASE_URL: db.url }, drop: db.drop };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'mm-staff-cli-'));
  return { env: { DATA_DIR: dataDir }, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
}

function staffCreate(env: Record<string, string>, ...args: string[]) {
  const run = spawnSync(tsx, [join(import.meta.dirname, 'staff-cli.ts'), '--', ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, out: run.stdout.trim().split('\n'), err: run.stderr.trim() };
}

describe('staff:create', () => {
  const dropped: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const drop of dropped) await drop();
  });

  it('creates the first admin, who can then sign in', async () => {
    const db = await freshDatabase();
    dropped.push(db.drop);
    const given = staffCreate(
      { ...db.env, STAFF_PASSWORD: 'first admin password' },
      '--email',
      'Owner@Clinic.Example',
      '--name',
      'Olive Owner',
    );
    expect(given).toMatchObject({ status: 0, out: ['created ADMIN account owner@clinic.example'] });
    const drawn = staffCreate(db.env, '--email', 'coord@clinic.example', '--name', 'Cy', '--role', 'COORDINATOR');
    expect(drawn.status).toBe(0);
    const password = drawn.out[1]?.match(/^password \(shown only now\): (\S{20,})$/)?.[1];
    expect(password).toBeDefined();
    expect(staffCreate(db.env, '--email', 'owner@clinic.example', '--name', 'Again')).toMatchObject({
      status: 1,
      err: 'cannot create the account: email: An account with this email exists',
    });
    expect(staffCreate(db.env, '--name', 'No Email').err).toMatch(/^cannot create the account: usage: staff:create/);

    const api = await startApi(
      loadConfig({
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        NODE_ENV: 'production',
        HEALTH_DATA_KEYS: `k1:${randomBytes(32).toString('base64')}`,
        ...db.env,
      }),
    );
    try {
      const signIn = async (email: string, secret: string) => {
        const response = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: 'mutation ($i: SignInInput!) { signIn(input: $i) { role } }',
            variables: { i: { email, password: secret } },
          }),
        });
        return response.json();
      };
      expect(await signIn('owner@clinic.example', 'first admin password')).toEqual({
        data: { signIn: { role: 'ADMIN' } },
      });
      expect(await signIn('coord@clinic.example', password ?? '')).toEqual({
        data: { signIn: { role: 'COORDINATOR' } },
      });
      // in production the seed adds no demo accounts
      expect((await signIn('admin@demo.example', 'demo-admin-password')) as object).toMatchObject({
        errors: [{ extensions: { code: 'UNAUTHENTICATED' } }],
      });
    } finally {
      await api.close();
    }
    // Four runs of the command, each starting its own database connection (embedded: its own PostgreSQL).
  }, 150_000);
});
