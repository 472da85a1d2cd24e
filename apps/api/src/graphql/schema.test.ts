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

describe.skipIf(!existsSync(checker) && !process.env.CI)('public contract', () => {
  it('keeps every type, field, argument and operation of design/contract.graphql', () => {
    const run = spawnSync(process.execPath, [checker, schemaFile], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).toContain('contract: compatible');
    expect(run.status).toBe(0);
  });
});
