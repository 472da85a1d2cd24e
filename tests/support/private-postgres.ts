import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from '../../scripts/stack.mjs';

/** The folder of PostgreSQL's server programs (initdb, postgres), or undefined on a machine without them. */
export function postgresBinaries(): string | undefined {
  try {
    const dir = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    return existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'postgres')) ? dir : undefined;
  } catch {
    return undefined;
  }
}

/** A PostgreSQL server of a test's own, to stop, start and freeze without touching anyone else's. */
export interface PrivatePostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  readonly url: string;
  /** A fast shutdown (SIGINT: sessions are ended, what is committed stays); resolves once it has exited. */
  stop(): Promise<void>;
  /** Starts it again on the same data and port; resolves once it accepts connections. */
  start(): Promise<void>;
  /** Freezes every process of the server (SIGSTOP), as a stalled machine would. */
  freeze(): void;
  thaw(): void;
  /** Stops it and removes its data. */
  remove(): Promise<void>;
}

/**
 * The server's processes: the postmaster and its children. Each backend starts a
 * session of its own (setsid), so a signal to the postmaster's group misses them.
 * Read from /proc (Linux).
 */
function serverProcesses(postmaster: number): number[] {
  const children = readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        // /proc/<pid>/stat: "pid (name) state ppid …"; the name may hold spaces, so read after its ")"
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === postmaster;
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

/** initdb and postgres refuse to run as root: as root, run them as the machine's postgres account. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
  return { uid, gid };
}

async function accepting(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      await client.query('select 1');
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/**
 * Makes and starts a throwaway PostgreSQL cluster (trust auth, fsync off: a test's
 * data) on a free loopback port. Needs PostgreSQL's server programs (`postgresBinaries`).
 */
export async function startPrivatePostgres(options: { maxConnections?: number } = {}): Promise<PrivatePostgres> {
  const bin = postgresBinaries();
  if (!bin) throw new Error('PostgreSQL server programs not found (pg_config --bindir)');
  const user = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'mm-pg-'));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, 'data');
  execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8'], {
    stdio: 'pipe',
    ...(user ?? {}),
  });
  const port = await freePort();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  let server: ChildProcess | undefined;
  let exited: Promise<void> = Promise.resolve();
  const start = async () => {
    server = spawn(
      join(bin, 'postgres'),
      [
        '-D',
        data,
        '-p',
        String(port),
        '-k',
        dir,
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'fsync=off',
        '-c',
        `max_connections=${options.maxConnections ?? 200}`,
      ],
      { stdio: 'ignore', ...(user ?? {}) },
    );
    const child = server;
    exited = new Promise((resolve) => child.once('exit', () => resolve()));
    await accepting(url, 30_000);
  };
  const signalAll = (signal: NodeJS.Signals) => {
    if (!server?.pid || server.exitCode !== null) return;
    for (const pid of serverProcesses(server.pid)) {
      try {
        process.kill(pid, signal);
      } catch {
        // a backend that has just exited
      }
    }
  };
  const stop = async () => {
    signalAll('SIGCONT');
    if (server?.exitCode === null) server.kill('SIGINT');
    await exited;
  };
  await start();
  return {
    url,
    stop,
    start,
    freeze: () => signalAll('SIGSTOP'),
    thaw: () => signalAll('SIGCONT'),
    async remove() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
