import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { connectServer, DatabaseUnavailableError, openDatabase } from './database.js';
import { migrationsList } from './migrations/index.js';
import { preparedSql } from './prepared-sql.js';
import { CONSTRAINTS } from './sql-errors.js';

const serverUrl = process.env.DATABASE_URL || undefined;
const quiet = () => undefined;

describe('embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'mm-embedded-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const config = loadConfig({ DATA_DIR: dataDir });

  it('migrates and seeds on first start, with btree_gist, and keeps its data across restarts', async () => {
    const lines: string[] = [];
    const first = await openDatabase({ ...config, databaseUrl: undefined }, (line) => lines.push(line));
    expect(first.kind).toBe('embedded');
    expect(lines.join('\n')).toMatch(new RegExp(`applied ${migrationsList.length} migration`));
    expect(lines.join('\n')).toMatch(/seeded 6 treatments, 4 price tiers \(AUD\), 12 therapists and 6 bookings/);
    expect(lines.join('\n')).toMatch(/referral code RX-DEMO-BACK/);
    expect(lines.join('\n')).toMatch(/demo partner Harbourside Physio: publishable key pk_demo_harbourside/);
    expect(lines.join('\n')).toMatch(/console account ADMIN: admin@demo\.example \/ demo-admin-password/);
    const conn = first.orm.em.getConnection();
    expect(await conn.execute("select extname from pg_extension where extname = 'btree_gist'")).toHaveLength(1);
    await conn.execute("update treatment set name = 'Remedial medical massage' where slug = 'medical-massage'");
    await first.close();

    const again: string[] = [];
    const second = await openDatabase({ ...config, databaseUrl: undefined }, (line) => again.push(line));
    expect(again).toEqual([]);
    const rows = await second.orm.em.getConnection().execute('select name from treatment order by position');
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({ name: 'Remedial medical massage' });
    await second.close();
  });

  // The pool closes a connection idle for 30 s; the next one shares PGlite's one session, where
  // the first one's prepared statements still are.
  it('still runs prepared statements after half a minute idle', { timeout: 60_000 }, async () => {
    const db = await openDatabase({ ...config, databaseUrl: undefined }, quiet);
    try {
      const probe = preparedSql('database_test_idle_probe', 'select 1 as one');
      expect(await probe.run(db.orm.em.fork(), {})).toEqual([{ one: 1 }]);
      await new Promise((resolve) => setTimeout(resolve, 32_000));
      expect(await probe.run(db.orm.em.fork(), {})).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  });

  it('has every constraint the code tells apart by name', async () => {
    const db = await openDatabase({ ...config, databaseUrl: undefined }, quiet);
    const rows = await db.orm.em
      .getConnection()
      .execute<{ conname: string }[]>("select conname from pg_constraint where connamespace = 'public'::regnamespace");
    const names = new Set(rows.map((r) => r.conname));
    for (const name of Object.values(CONSTRAINTS)) expect(names, name).toContain(name);
    await db.close();
  });

  it('enforces the migrations constraints as a server would', async () => {
    const db = await openDatabase({ ...config, databaseUrl: undefined }, quiet);
    const conn = db.orm.em.getConnection();
    await expect(
      conn.execute(
        "insert into price_tier (id, duration_minutes, amount_minor, currency, effective_from) values (gen_random_uuid(), 45, 0, 'AUD', current_date)",
      ),
    ).rejects.toThrow(/check constraint/);
    await expect(
      conn.execute(
        "insert into price_tier (id, duration_minutes, amount_minor, currency, effective_from) values (gen_random_uuid(), 60, 100, 'AUD', current_date)",
      ),
    ).rejects.toThrow(/price_tier_one_price_a_day/);
    await db.close();
  });
});

describe.skipIf(!serverUrl)('PostgreSQL server (DATABASE_URL)', () => {
  it('refuses to serve a database that is not migrated, naming the command to run', async () => {
    const base = serverUrl ?? '';
    const name = `mm_test_${randomBytes(6).toString('hex')}`;
    const admin = await connectServer(base);
    await admin.em.getConnection().execute(`create database ${name}`);
    try {
      const url = new URL(base);
      url.pathname = `/${name}`;
      const config = loadConfig({ DATABASE_URL: url.toString() });
      const attempt = openDatabase(config, quiet);
      await expect(attempt).rejects.toThrow(DatabaseUnavailableError);
      await expect(attempt).rejects.toThrow(
        /pending migration\(s\): run `pnpm --filter \.\/apps\/api db:migrate` first/,
      );
    } finally {
      await admin.em.getConnection().execute(`drop database if exists ${name} with (force)`);
      await admin.close(true);
    }
  });

  it("reports a connection the server ended through the API's log, then serves on a new one", async () => {
    const lines: string[] = [];
    const orm = await connectServer(serverUrl ?? '', { max: 1 }, { warn: (line) => lines.push(line) });
    const admin = await connectServer(serverUrl ?? '');
    try {
      const backendPid = async () =>
        (await orm.em.getConnection().execute<[{ pid: number }]>('select pg_backend_pid() as pid'))[0].pid;
      const pid = await backendPid();
      await admin.em.getConnection().execute('select pg_terminate_backend(?, 5000)', [pid]);
      // the pool finds the connection dead (and says so) when it next hands it out, once the closed
      // socket has reached the driver: until then a query may still meet the dead connection
      await expect.poll(() => backendPid().catch(() => pid), { timeout: 20_000 }).not.toBe(pid);
      expect(lines).toEqual([expect.stringMatching(/^Connection Error: /)]);
    } finally {
      await admin.close(true);
      await orm.close(true);
    }
  });
});
