import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TEXT_ARRAY, textArray } from '../database/text-array.js';
import { type AccessBy, auditHealth } from './audit.js';

export interface PurgeCount {
  readonly referrals: number;
  readonly documents: number;
  readonly intakeNotes: number;
}

/**
 * Removes what is past the retention period: from referrals whose last session
 * (or, unused, whose expiry) is more than `retentionDays` ago, their health
 * data, document and holder; from bookings that ended that long ago, their
 * intake notes. What remains (code, sessions, dates) keeps the bookings'
 * accounts whole. The audit log keeps only that it happened: a PURGE row per
 * record, with the fields removed. One transaction; document files go after it.
 */
export async function purgeExpiredHealthData(
  em: EntityManager,
  retentionDays: number,
  documentDir: string | undefined,
  by: AccessBy,
): Promise<PurgeCount> {
  const { referrals, files, notes } = await em.transactional(async (tx) => {
    const due = await tx.execute<{ id: string }[]>(
      `select r.id from referral r
        where r.purged_at is null
          and greatest(
                (select max(b.ends_at) from booking b where b.referral_id = r.id and b.status <> 'CANCELLED'),
                r.expires_on::timestamptz, r.created_at) < now() - make_interval(days => ?)
        for update`,
      [retentionDays],
    );
    const ids = due.map((r) => r.id);
    const documents =
      ids.length === 0
        ? []
        : await tx.execute<{ referral_id: string; stored_file: string | null }[]>(
            `delete from referral_document where referral_id in (select value::uuid from unnest(${TEXT_ARRAY}) as value)
              returning referral_id, stored_file`,
            [textArray(ids)],
          );
    if (ids.length > 0) {
      await tx.execute(
        `update referral set diagnosis = null, diagnosis_code = null, precautions = null, provider_notes = null,
           conditions = '{}', holder_family_name = null, holder_given_names = null, holder_birth_date = null,
           provider_contact = null, purged_at = now(), updated_at = now()
         where id in (select value::uuid from unnest(${TEXT_ARRAY}) as value)`,
        [textArray(ids)],
      );
      await tx.execute(
        `insert into referral_change (id, referral_id, action) select gen_random_uuid(), value::uuid, 'PURGED' from unnest(${TEXT_ARRAY}) as value`,
        [textArray(ids)],
      );
    }
    const purgedNotes = await tx.execute<{ id: string }[]>(
      `update booking set intake_notes = null, updated_at = now()
        where intake_notes is not null and ends_at < now() - make_interval(days => ?) returning id`,
      [retentionDays],
    );
    const fields = ['conditions', 'diagnosis', 'diagnosis_code', 'precautions', 'provider_notes', 'holder'];
    await auditHealth(tx, { ...by, action: 'PURGE', recordType: 'referral', recordIds: ids, fields });
    await auditHealth(tx, {
      ...by,
      action: 'PURGE',
      recordType: 'referral_document',
      recordIds: documents.map((d) => d.referral_id),
      fields: ['content'],
    });
    await auditHealth(tx, {
      ...by,
      action: 'PURGE',
      recordType: 'booking',
      recordIds: purgedNotes.map((b) => b.id),
      fields: ['intake_notes'],
    });
    return { referrals: ids.length, files: documents, notes: purgedNotes.length };
  });
  if (documentDir) {
    for (const d of files) if (d.stored_file) await rm(join(documentDir, d.stored_file), { force: true });
  }
  return { referrals, documents: files.length, intakeNotes: notes };
}
