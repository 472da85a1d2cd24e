// The JavaScript a browser downloads to show the sign-in page (the entry module and the
// modules index.html preloads with it; every other page is a chunk loaded when visited),
// minified and gzipped, against its budget. Exits non-zero above it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 250 * 1000;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [
  ...html.matchAll(/<script type="module"[^>]*\ssrc="([^"]+)"/g),
  ...html.matchAll(/<link rel="modulepreload"[^>]*\shref="([^"]+)"/g),
].map((m) => m[1]);
if (scripts.length === 0) {
  console.error('size: dist/index.html loads no module; build the console first');
  process.exit(1);
}
let total = 0;
for (const src of scripts) {
  const bytes = gzipSync(readFileSync(join(dist, src)), { level: 9 }).length;
  total += bytes;
  console.log(`  ${src.padEnd(48)} ${(bytes / 1000).toFixed(1).padStart(7)} kB`);
}
const verdict = total <= BUDGET_BYTES ? 'ok' : 'OVER BUDGET';
console.log(
  `sign-in page JavaScript, gzip -9: ${(total / 1000).toFixed(1)} kB of ${BUDGET_BYTES / 1000} kB  ${verdict}`,
);
process.exit(total <= BUDGET_BYTES ? 0 : 1);
