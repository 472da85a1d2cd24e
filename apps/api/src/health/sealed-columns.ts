import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type KeyRing, placeOf } from './cipher.js';

/**
 * Every sealed column, with the key of its row (the place a value is bound to): health data, and
 * the webhook signing secrets, which must be read back to sign and so cannot be hashed.
 */
export const SEALED_COLUMNS = [
  { table: 'referral', column: 'diagnosis', key: 'id' },
  { table: 'referral', column: 'diagnosis_code', key: 'id' },
  { table: 'referral', column: 'precautions', key: 'id' },
  { table: 'referral', column: 'provider_notes', key: 'id' },
  { table: 'booking', column: 'intake_notes', key: 'id' },
  { table: 'referral_document', column: 'content', key: 'referral_id' },
  { table: 'webhook_endpoint', column: 'secret', key: 'id' },
  { table: 'webhook_endpoint', column: 'previous_secret', key: 'id' },
] as const;

const BATCH = 200;

export interface ResealCount {
  readonly place: string;
  readonly resealed: number;
}

/**
 * Seals again, with the ring's current key, what is not sealed with it: values
 * kept from before sealing began (`unsealed`), or after a new key was put first
 * (`rotate`). Each batch is one transaction; a stopped run is simply run again.
 */
export async function resealHealthData(
  em: EntityManager,
  ring: KeyRing,
  which: 'unsealed' | 'rotate',
  documentDir: string | undefined,
): Promise<ResealCount[]> {
  const counts: ResealCount[] = [];
  const stale =
    which === 'unsealed'
      ? (column: string) => `get_byte(${column}, 0) = 0`
      : (column: string) => `substring(${column} from 1 for ${ring.currentHeader.length}) <> ?::bytea`;
  for (const { table, column, key } of SEALED_COLUMNS) {
    let resealed = 0;
    for (;;) {
      const done = await em.transactional(async (tx) => {
        const rows = await tx.execute<{ id: string; value: Buffer }[]>(
          `select ${key} as id, ${column} as value from ${table}
            where ${column} is not null and ${stale(column)}
            order by ${key} limit ${BATCH} for update`,
          which === 'unsealed' ? [] : [ring.currentHeader],
        );
        for (const row of rows) {
          const place = placeOf(table, column, row.id);
          await tx.execute(`update ${table} set ${column} = ? where ${key} = ?`, [
            ring.seal(ring.open(row.value, place), place),
            row.id,
          ]);
        }
        return rows.length;
      });
      resealed += done;
      if (done < BATCH) break;
    }
    counts.push({ place: `${table}.${column}`, resealed });
  }
  if (documentDir) counts.push({ place: 'document files', resealed: await resealFiles(em, ring, which, documentDir) });
  return counts;
}

/** Document files: each written beside itself and renamed over, so a file is always whole. */
async function resealFiles(
  em: EntityManager,
  ring: KeyRing,
  which: 'unsealed' | 'rotate',
  documentDir: string,
): Promise<number> {
  const rows = await em.execute<{ id: string; file: string }[]>(
    'select referral_id as id, stored_file as file from referral_document where stored_file is not null',
  );
  let resealed = 0;
  for (const row of rows) {
    const path = join(documentDir, row.file);
    const sealed = await readFile(path);
    const current = sealed.subarray(0, ring.currentHeader.length).equals(ring.currentHeader);
    if (which === 'unsealed' ? sealed[0] !== 0 : current) continue;
    const place = placeOf('referral_document', 'content', row.id);
    await writeFile(`${path}.new`, ring.seal(ring.open(sealed, place), place), { mode: 0o600 });
    await rename(`${path}.new`, path);
    resealed += 1;
  }
  return resealed;
}
