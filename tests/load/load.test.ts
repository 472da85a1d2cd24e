import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { postgresBinaries } from '../support/private-postgres.js';
import { runLoad } from './harness.js';
import { brokenInvariants, formatReport } from './report.js';

// The load run, short: the long one is `pnpm --filter ./tests load` (see README). It runs a
// PostgreSQL server of its own, so it needs PostgreSQL's server programs; it runs in the
// server half of CI (DATABASE_URL set), where they are, and not on the embedded database.
const runnable = Boolean(process.env.DATABASE_URL) && postgresBinaries() !== undefined;

describe('under load, with instances killed and PostgreSQL stopped and frozen', () => {
  it.skipIf(!runnable)(
    'every invariant holds (short run: 3 instances, 24 s, every fault)',
    async () => {
      const report = await runLoad({
        seconds: 24,
        rate: 15,
        instances: 3,
        faults: true,
        logDir: join(import.meta.dirname, '..', '.load', 'ci'),
      });
      console.log(formatReport(report));
      expect(brokenInvariants(report)).toEqual([]);
      expect(report.invariants.acknowledged).toBeGreaterThan(0);
      expect(report.faults).toHaveLength(4);
    },
    300_000,
  );
});
