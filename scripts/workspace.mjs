#!/usr/bin/env node
// Entry point of every root script: makes sure the pinned pnpm and the locked
// dependencies are installed, so that `npm start` / `npm test` work on a
// machine that has only Node.js. Then runs the requested task.
//
//   node scripts/workspace.mjs start            build, then run API, admin and partner page
//   node scripts/workspace.mjs turbo run test   any turbo task
//   node scripts/workspace.mjs biome check .    the linter/formatter
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (!probe.error && probe.stdout.trim() === pinned) return ['pnpm', []];
  return ['npx', ['--yes', `pnpm@${pinned}`]];
}

function installIfNeeded([cmd, pre]) {
  const marker = join(root, 'node_modules', '.modules.yaml');
  const lock = join(root, 'pnpm-lock.yaml');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  const status = run(cmd, [...pre, 'install', '--frozen-lockfile']);
  if (status !== 0) process.exit(status);
}

const [task, ...rest] = process.argv.slice(2);
const pnpm = pnpmCommand();
installIfNeeded(pnpm);
const [cmd, pre] = pnpm;
const exec = (args) => run(cmd, [...pre, 'exec', ...args]);

switch (task) {
  case 'start': {
    const built = exec(['turbo', 'run', 'build', '--output-logs=errors-only']);
    if (built !== 0) process.exit(built);
    process.exit(run(process.execPath, [join(root, 'scripts', 'start.mjs'), ...rest]));
    break;
  }
  default:
    process.exit(exec([task, ...rest]));
}
