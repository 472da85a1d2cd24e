// What partner pages download and its budgets, gzip -9 of the built files: dist/mm-booking.js, and each
// locale chunk it loads lazily (dist/locales/*.js). Read by scripts/size.mjs and by the bench.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
/** Bytes of gzip -9 of the minified bundle. */
export const BUNDLE_BUDGET = 22 * 1024;
/** Bytes of gzip -9 of one locale chunk. */
export const LOCALE_BUDGET = 4 * 1024;

/**
 * @typedef {object} FileSize
 * @property {string} file path from the package, e.g. `dist/locales/fr.js`
 * @property {number} minified bytes on disk
 * @property {number} gzip bytes of gzip -9
 * @property {number} budget most bytes of gzip -9 allowed
 */

/**
 * @param {unknown} error
 * @returns {boolean} whether it says that a file or folder does not exist
 */
const isMissing = (error) => error instanceof Error && 'code' in error && error.code === 'ENOENT';

/**
 * @param {string} dist
 * @param {string} name path in dist
 * @param {number} budget
 * @returns {Promise<FileSize>}
 */
async function measure(dist, name, budget) {
  const bytes = await readFile(join(dist, name));
  return { file: `dist/${name}`, minified: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, budget };
}

/**
 * Sizes of the bundle and of each locale chunk (none when there are none), in file name order.
 * Throws when the bundle is not built.
 * @param {string} [dist]
 * @returns {Promise<{ bundle: FileSize, locales: FileSize[] }>}
 */
export async function measureBundle(dist = DIST) {
  const bundle = await measure(dist, 'mm-booking.js', BUNDLE_BUDGET).catch((error) => {
    if (!isMissing(error)) throw error;
    throw new Error(`${join(dist, 'mm-booking.js')} not found: run \`pnpm --filter @mm/widget build\` first.`);
  });
  /** @type {string[]} */
  let names = [];
  try {
    names = (await readdir(join(dist, 'locales'))).filter((name) => name.endsWith('.js')).sort();
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
  const locales = await Promise.all(names.map((name) => measure(dist, `locales/${name}`, LOCALE_BUDGET)));
  return { bundle, locales };
}

/**
 * @param {FileSize} size
 * @returns {boolean}
 */
export const withinBudget = (size) => size.gzip <= size.budget;

/**
 * @param {number} bytes
 * @returns {string} e.g. `  21302 B    20.8 KiB`
 */
export const formatBytes = (bytes) => `${String(bytes).padStart(7)} B  ${(bytes / 1024).toFixed(1).padStart(6)} KiB`;
