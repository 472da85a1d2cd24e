#!/usr/bin/env node
// Prints the size of the bundle partners load: raw (same build, unminified), minified (the
// file in dist) and gzip -9 of the minified file (what travels over the wire).
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// Bundle comments name modules by path relative to the cwd; pin it so "raw" is stable.
process.chdir(root);
const bundlePath = join(root, 'dist', 'mm-booking.js');

let minified;
try {
  minified = await readFile(bundlePath);
} catch {
  console.error(`${bundlePath} not found: run \`pnpm build\` first.`);
  process.exit(1);
}

// Rebuild in memory without minification so "raw" describes the same bundle, not the sources.
const result = await build({
  root,
  logLevel: 'silent',
  build: { write: false, rolldownOptions: { output: { minify: false } } },
});
const output = Array.isArray(result) ? result[0] : result;
const chunk = output.output.find((file) => file.type === 'chunk' && file.isEntry);
const raw = Buffer.byteLength(chunk.code);

const gzip = gzipSync(minified, { level: 9 }).length;
const rows = [
  ['raw', raw],
  ['minified', minified.length],
  ['gzip -9', gzip],
];
console.log('dist/mm-booking.js');
for (const [label, bytes] of rows) {
  console.log(`  ${label.padEnd(9)} ${String(bytes).padStart(7)} B  ${(bytes / 1024).toFixed(1).padStart(6)} KiB`);
}
