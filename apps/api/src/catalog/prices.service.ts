import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type DomainError, domainError } from '@mm/domain/errors';
import { checkPriceChange } from '@mm/domain/pricing';
import { err, ok, type Result } from '@mm/domain/result';
import { instantToLocalDate } from '@mm/domain/zoned-time';
import { Refusal, refusalsAsResults } from '../database/refusal.js';
import { EXCLUSION_VIOLATION, sqlState } from '../database/sql-errors.js';
import { checkId } from '../ids.js';
import type { BookingSettings } from '../settings.js';

/** A dated price tier with the name of whoever entered it. */
export interface PriceHistoryRow {
  readonly id: string;
  readonly durationMinutes: number;
  readonly amountMinor: number;
  readonly currency: string;
  readonly effectiveFrom: string;
  readonly effectiveUntil: string | null;
  readonly createdAt: Date;
  readonly createdBy: string | null;
}

const historySelect = `select p.id, p.duration_minutes as "durationMinutes", p.amount_minor as "amountMinor",
    p.currency, p.effective_from::text as "effectiveFrom", p.effective_until::text as "effectiveUntil",
    p.created_at as "createdAt", s.display_name as "createdBy"
  from price_tier p left join staff_account s on s.id = p.created_by`;

/** Every price, past, current and scheduled: by length, then by date. */
export async function priceHistory(em: EntityManager): Promise<PriceHistoryRow[]> {
  return em.execute<PriceHistoryRow[]>(`${historySelect} order by p.duration_minutes, p.effective_from`);
}

async function historyRow(em: EntityManager, id: string): Promise<PriceHistoryRow> {
  const [row] = await em.execute<PriceHistoryRow[]>(`${historySelect} where p.id = ?`, [id]);
  if (!row) throw new Error(`price tier ${id} vanished`);
  return row;
}

/** Changes of one length are made one at a time, whether or not a row exists yet to lock. */
const lockLength = (tx: EntityManager, durationMinutes: number) =>
  tx.execute("select pg_advisory_xact_lock(hashtextextended('price-tier:' || ?::text, 0))", [durationMinutes]);

/**
 * A new price for sessions of a length from a day on (today or later; a new length is
 * added the same way). The price before ends that day; bookings already sold keep theirs.
 * One change at a time per length: a later one already scheduled must be cancelled first.
 */
export async function schedulePriceChange(
  em: EntityManager,
  settings: BookingSettings,
  change: { durationMinutes: number; amountMinor: number; effectiveFrom: string },
  staffAccountId: string,
  now: number,
): Promise<Result<PriceHistoryRow, DomainError>> {
  const today = instantToLocalDate(now, settings.operator.timeZone);
  const price = { amountMinor: change.amountMinor, currency: settings.operator.currency };
  const checked = checkPriceChange({ ...change, price, today });
  if (!checked.ok) return checked;
  const id = randomUUID();
  try {
    const done = await refusalsAsResults(() =>
      em.transactional(async (tx) => {
        await lockLength(tx, change.durationMinutes);
        const rows = await tx.execute<{ id: string; from: string; until: string | null }[]>(
          `select id, effective_from::text as from, effective_until::text as until from price_tier
            where duration_minutes = ? order by effective_from`,
          [change.durationMinutes],
        );
        const later = rows.find((r) => r.from >= change.effectiveFrom);
        if (later) {
          throw new Refusal(
            domainError(
              'POLICY_VIOLATION',
              `A price for ${change.durationMinutes} minutes is already set from ${later.from}: cancel that change first`,
              'effectiveFrom',
            ),
          );
        }
        const current = rows.find((r) => r.until === null || r.until > change.effectiveFrom);
        if (current) {
          await tx.execute('update price_tier set effective_until = ?, updated_at = now() where id = ?', [
            change.effectiveFrom,
            current.id,
          ]);
        }
        await tx.execute(
          `insert into price_tier (id, duration_minutes, amount_minor, currency, effective_from, effective_until, created_by)
           values (?, ?, ?, ?, ?, ?, ?)`,
          [
            id,
            change.durationMinutes,
            price.amountMinor,
            price.currency,
            change.effectiveFrom,
            current?.until ?? null,
            staffAccountId,
          ],
        );
      }),
    );
    if (!done.ok) return done;
  } catch (error) {
    if (sqlState(error) === EXCLUSION_VIOLATION) {
      return err(domainError('POLICY_VIOLATION', 'The prices changed meanwhile: look again', 'effectiveFrom'));
    }
    throw error;
  }
  return ok(await historyRow(em, id));
}

/** Withdraws a change that has not begun: the price before it runs on as it did. */
export async function cancelPriceChange(
  em: EntityManager,
  settings: BookingSettings,
  id: string,
  now: number,
): Promise<Result<string, DomainError>> {
  const missing = domainError('NOT_FOUND', 'No such price change', 'id');
  if (!checkId(id, 'id', 'price change').ok) return err(missing);
  const today = instantToLocalDate(now, settings.operator.timeZone);
  const done = await refusalsAsResults(() =>
    em.transactional(async (tx) => {
      const [row] = await tx.execute<{ duration: number; from: string; until: string | null }[]>(
        'select duration_minutes as duration, effective_from::text as from, effective_until::text as until from price_tier where id = ?',
        [id],
      );
      if (!row) throw new Refusal(missing);
      await lockLength(tx, row.duration);
      if (row.from <= today) {
        throw new Refusal(
          domainError('POLICY_VIOLATION', 'This price is already on sale: schedule a new change', 'id'),
        );
      }
      await tx.execute('delete from price_tier where id = ?', [id]);
      await tx.execute(
        'update price_tier set effective_until = ?, updated_at = now() where duration_minutes = ? and effective_until = ?',
        [row.until, row.duration, row.from],
      );
    }),
  );
  if (!done.ok) return done;
  return ok(id);
}
