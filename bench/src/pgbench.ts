import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

const PGBENCH = process.env.PGBENCH ?? '/usr/bin/pgbench';
const TPS = /^tps = ([\d.]+) \(without initial connection time\)$/m;

/**
 * PostgreSQL's own yardstick on the same server in the same run: pgbench's
 * TPC-B-like transactions (scale 10; 20 clients on 2 threads; prepared
 * statements) for `seconds`, in a scratch database created for it and dropped
 * after. Its transactions per second, without the initial connection time.
 */
export async function pgbenchTps(baseUrl: string, seconds: number): Promise<number> {
  const name = `mm_pgbench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  try {
    await run(PGBENCH, ['-i', '-s', '10', '-q', url.toString()]);
    const { stdout } = await run(PGBENCH, [
      '-c',
      '20',
      '-j',
      '2',
      '-T',
      String(seconds),
      '-M',
      'prepared',
      url.toString(),
    ]);
    const tps = TPS.exec(stdout)?.[1];
    if (tps === undefined) throw new Error(`pgbench printed no tps line:\n${stdout}`);
    return Number(tps);
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
