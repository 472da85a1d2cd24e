import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printApiSchema } from './schema.js';

const apiRoot = resolve(import.meta.dirname, '../..');
const schemaFile = resolve(apiRoot, 'schema.graphql');
const checker = resolve(apiRoot, '../../../shared/tools/check-contract.mjs');

describe('printed schema', () => {
  it('is committed up to date (run `pnpm --filter ./apps/api schema:print`)', async () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(await printApiSchema());
  });
});

// Parts of the contract this API does not serve yet: only plain absences are
// tolerated, and each is listed. Any other break (a changed type, a renamed
// value, a new required argument) fails.
const MISSING = /^(TYPE_REMOVED|FIELD_REMOVED): /;

describe.skipIf(!existsSync(checker) && !process.env.CI)('public contract', () => {
  it('keeps every part of the contract it serves', () => {
    const run = spawnSync(process.execPath, [checker, schemaFile], { encoding: 'utf8' });
    expect(run.status, run.stderr).not.toBe(2);
    const breaks = run.stdout.split('\n').filter((line) => /^[A-Z_]+: /.test(line));
    const missing = breaks.filter((line) => MISSING.test(line));
    if (missing.length > 0) console.info(`contract parts not served yet:\n  ${missing.join('\n  ')}`);
    expect(breaks.filter((line) => !MISSING.test(line))).toEqual([]);
  });
});
