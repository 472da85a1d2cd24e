#!/usr/bin/env node
// Prints the size of what partners load, beside its budget, and exits non-zero over a budget: the bundle
// raw (same build, unminified), minified (the file in dist) and gzip -9 of the minified file (what
// travels over the wire; budgeted), then gzip -9 of each lazily loaded locale chunk (each budgeted).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { formatBytes, measureBundle, withinBudget } from './bundle-size.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
// Bundle comments name modules by path relative to the cwd; pin it so "raw" is stable.
process.chdir(root);

let sizes;
try {
  sizes = await measureBundle();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const { bundle, locales } = sizes;

// Rebuild in memory without minification so "raw" describes the same bundle, not the sources.
const result = await build({
  root,
  logLevel: 'silent',
  build: { write: false, rolldownOptions: { output: { minify: false } } },
});
const output = Array.isArray(result) ? result[0] : result;
const chunk = output.output.find((file) => file.type === 'chunk' && file.isEntry);
const raw = Buffer.byteLength(chunk.code);

/** @param {import('./bundle-size.mjs').FileSize} size */
const verdict = (size) =>
  `budget ${formatBytes(size.budget)}  ${withinBudget(size) ? 'ok' : `OVER by ${size.gzip - size.budget} B`}`;

console.log(bundle.file);
console.log(`  ${'raw'.padEnd(9)} ${formatBytes(raw)}`);
console.log(`  ${'minified'.padEnd(9)} ${formatBytes(bundle.minified)}`);
console.log(`  ${'gzip -9'.padEnd(9)} ${formatBytes(bundle.gzip)}  ${verdict(bundle)}`);
console.log('dist/locales/*.js, gzip -9');
if (locales.length === 0) console.log('  none');
const width = Math.max(0, ...locales.map((locale) => locale.file.length));
for (const locale of locales)
  console.log(`  ${locale.file.padEnd(width)} ${formatBytes(locale.gzip)}  ${verdict(locale)}`);

const over = [bundle, ...locales].filter((size) => !withinBudget(size));
if (over.length > 0) {
  console.error(`over budget: ${over.map((size) => size.file).join(', ')}`);
  process.exitCode = 1;
}
