import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const tsx = join(import.meta.dirname, '../node_modules/.bin/tsx');

function start(env: Record<string, string>) {
  const result = spawnSync(tsx, [join(import.meta.dirname, 'main.ts')], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, lines: result.stderr.trim().split('\n') };
}

describe('start-up with bad configuration', () => {
  it('stops on a malformed port with one line', () => {
    const { status, lines } = start({ PORT: 'eighty' });
    expect(status).toBe(1);
    expect(lines).toEqual(['cannot start the API: PORT must be a whole number from 0 to 65535 (got "eighty")']);
  });

  it('stops on an unreachable DATABASE_URL with one line', () => {
    const { status, lines } = start({ PORT: '0', DATABASE_URL: 'postgres://postgres@127.0.0.1:1/mm' });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^cannot start the API: DATABASE_URL: cannot use PostgreSQL at 127\.0\.0\.1:1\/mm: .*ECONNREFUSED/,
    );
  });

  it('stops on an unreachable REDIS_URL with one line', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'mm-main-'));
    const { status, lines } = start({ PORT: '0', DATA_DIR: dataDir, REDIS_URL: 'redis://127.0.0.1:1' });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^cannot start the API: REDIS_URL: cannot use Redis at 127\.0\.0\.1:1: /);
  });

  it('stops on a DATA_DIR it cannot write with one line', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'mm-main-')), 'not-a-dir');
    spawnSync('touch', [file]);
    const { status, lines } = start({ PORT: '0', DATA_DIR: join(file, 'db') });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^cannot start the API: DATA_DIR: cannot open the embedded database in /);
  });
});
