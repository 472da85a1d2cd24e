// The load run: `pnpm --filter ./tests load` (60 s, 3 instances, every fault), or with
// --seconds N --rate N --instances N --no-faults. Needs PostgreSQL's server programs
// (it runs a server of its own, to stop and freeze it). Exits non-zero when an invariant fails.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runLoad } from './harness.js';
import { brokenInvariants, formatReport } from './report.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    rate: { type: 'string', default: '40' },
    instances: { type: 'string', default: '3' },
    'no-faults': { type: 'boolean', default: false },
    'log-dir': { type: 'string', default: join(import.meta.dirname, '..', '.load') },
  },
});
const report = await runLoad({
  seconds: Number(values.seconds),
  rate: Number(values.rate),
  instances: Number(values.instances),
  faults: !values['no-faults'],
  logDir: values['log-dir'],
});
console.log(formatReport(report));
writeFileSync(join(values['log-dir'], 'report.json'), JSON.stringify(report, null, 2));
const broken = brokenInvariants(report);
console.log(broken.length === 0 ? '\nevery invariant holds' : `\nBROKEN: ${broken.join('; ')}`);
process.exit(broken.length === 0 ? 0 : 1);
