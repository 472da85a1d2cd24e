// Health-data housekeeping, on the configured database (DATABASE_URL, or the
// embedded one in DATA_DIR while no API runs on it):
//   pnpm --filter ./apps/api health:rotate-key   seal every value with the current key (see the README)
//   pnpm --filter ./apps/api health:purge        remove what is past HEALTH_RETENTION_DAYS
import { ConfigError, loadConfig } from '../config.js';
import { DatabaseUnavailableError, openDatabase } from '../database/database.js';
import { SYSTEM_ACTOR } from './audit.js';
import { newHealthKey } from './cipher.js';
import { loadKeyRing, writeKeyFile } from './key-ring.js';
import { purgeExpiredHealthData } from './retention.js';
import { resealHealthData } from './sealed-columns.js';

const quiet = () => undefined;

async function main(command: string | undefined): Promise<string[]> {
  const config = loadConfig(process.env);
  if (command !== 'rotate-key' && command !== 'purge') throw new ConfigError('usage: health-cli rotate-key | purge');
  // Without HEALTH_DATA_KEYS the demo's key file is rotated here: the new key first, the old still there to open.
  const fileKeys = !config.healthKeys && command === 'rotate-key' ? loadKeyRing(config).keys : undefined;
  const fresh = newHealthKey();
  if (fileKeys) writeKeyFile(config.dataDir, [fresh, ...fileKeys]);
  const database = await openDatabase(config, quiet, quiet, { seed: false });
  try {
    const em = database.orm.em.fork();
    if (command === 'purge') {
      const purged = await purgeExpiredHealthData(em, config.healthRetentionDays, config.documentDir, {
        actor: SYSTEM_ACTOR,
        requestId: null,
      });
      return [
        `purged health data older than ${config.healthRetentionDays} days after the last session:`,
        `${purged.referrals} referral(s), ${purged.documents} document(s), intake notes of ${purged.intakeNotes} booking(s)`,
      ];
    }
    const counts = await resealHealthData(em, database.keys, 'rotate', config.documentDir);
    const lines = counts.map((c) => `${c.place}: ${c.resealed} sealed again`);
    if (fileKeys) {
      writeKeyFile(config.dataDir, [fresh]);
      return [...lines, `key file ${config.dataDir}: now only key ${fresh.id}`];
    }
    return [
      ...lines,
      `every value is sealed with key ${database.keys.current.id}: the other keys can be removed from HEALTH_DATA_KEYS`,
    ];
  } finally {
    await database.close();
  }
}

main(process.argv[2]).then(
  (lines) => {
    for (const line of lines) console.log(line);
  },
  (error: unknown) => {
    const known = error instanceof ConfigError || error instanceof DatabaseUnavailableError;
    console.error(known ? error.message : error);
    process.exit(1);
  },
);
