import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshServerDatabase } from '../test-support/test-api.js';
import { BatchedLimiter } from './batched-limiter.js';

// The batched limiter keeps its totals in a PostgreSQL server's rate_limit table.
const serverUrl = process.env.DATABASE_URL || undefined;

describe.skipIf(!serverUrl)('the batched limiter (PostgreSQL server)', () => {
  let pool: pg.Pool;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const db = await freshServerDatabase(serverUrl ?? '');
    drop = db.drop;
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
    pool.on('error', () => undefined); // the database is dropped under the pool at the end
  });
  afterAll(async () => {
    await pool?.end();
    await drop?.();
  });

  it('is exact within an instance, and instances learn each other’s counts at each exchange', async () => {
    const limit = { points: 5, seconds: 60 };
    const a = new BatchedLimiter(pool, 'test', limit);
    const b = new BatchedLimiter(pool, 'test', limit);
    for (let i = 0; i < 3; i++) expect(a.consume('k').allowed).toBe(true);
    await a.flush();
    expect(b.consume('k').allowed).toBe(true);
    await b.flush(); // b now knows a's three and its own one
    expect(b.consume('k').allowed).toBe(true);
    const refused = b.consume('k');
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.retryAfterMs).toBeGreaterThan(55_000);
    await b.flush();
    // a still counts on its last total (3) until its next exchange, then knows the five
    expect(a.consume('k').allowed).toBe(true);
    await a.flush();
    expect(a.consume('k').allowed).toBe(false);
    const [row] = (await pool.query<{ points: number }>("select points from rate_limit where key = 'test:k'")).rows;
    expect(row?.points).toBe(6);
    // other keys are counted apart
    expect(a.consume('other').allowed).toBe(true);
    await a.flush();
  });

  it('starts a new window once the old one has ended, in the store too', async () => {
    const limit = { points: 2, seconds: 1 };
    const a = new BatchedLimiter(pool, 'short', limit);
    const start = Date.now();
    expect(a.consume('k', start).allowed).toBe(true);
    expect(a.consume('k', start).allowed).toBe(true);
    expect(a.consume('k', start).allowed).toBe(false);
    await a.flush();
    await new Promise((r) => setTimeout(r, 1100));
    expect(a.consume('k').allowed).toBe(true);
    await a.flush();
    const [row] = (await pool.query<{ points: number }>("select points from rate_limit where key = 'short:k'")).rows;
    expect(row?.points).toBe(1);
  });
});
