import { type DomainError, domainError } from '@mm/domain/errors';
import { err, ok, type Result } from '@mm/domain/result';
import { Field, ObjectType } from 'type-graphql';
import { isUuid } from '../ids.js';

@ObjectType('PageInfo')
export class PageInfoType {
  @Field(() => String, { nullable: true })
  endCursor?: string | null;

  @Field(() => Boolean)
  hasNextPage!: boolean;
}

export const PAGE_SIZE = { default: 20, max: 100 } as const;

/**
 * Where a keyset-paginated list stopped: the last row's sort key (an instant,
 * as PostgreSQL prints it in UTC to the microsecond) and its id, the tie-breaker.
 */
export interface KeysetPosition {
  readonly key: string;
  readonly id: string;
}

/** The SQL that prints a timestamptz column as a position's key. */
export const keysetKey = (column: string): string =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export const encodeCursor = (p: KeysetPosition): string =>
  Buffer.from(JSON.stringify([p.key, p.id])).toString('base64url');

/**
 * An instant as keysetKey prints one, and one that exists: a forged cursor's
 * 2026-02-30 or 99:99 would otherwise fail in PostgreSQL rather than here.
 */
function isInstant(key: unknown): key is string {
  if (typeof key !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/.test(key)) return false;
  const date = new Date(key);
  return (
    !key.startsWith('0000') && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 19) === key.slice(0, 19)
  );
}

export function decodeCursor(cursor: string | null | undefined): Result<KeysetPosition | undefined, DomainError> {
  if (!cursor) return ok(undefined);
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (isInstant(key) && typeof id === 'string' && isUuid(id)) return ok({ key, id });
  } catch {
    // not one of ours: answered below
  }
  return err(domainError('BAD_USER_INPUT', 'This cursor is not one this API gave out', 'after'));
}

export function checkPageSize(first: number): Result<number, DomainError> {
  return Number.isInteger(first) && first >= 1 && first <= PAGE_SIZE.max
    ? ok(first)
    : err(domainError('BAD_USER_INPUT', `first is 1 to ${PAGE_SIZE.max}`, 'first'));
}

/** A page's edges and page info from its rows, fetched one beyond the page to tell whether another follows. */
export function pageOf<Row extends { position: KeysetPosition }, Node>(
  rows: readonly Row[],
  first: number,
  toNode: (row: Row) => Node,
): { edges: { cursor: string; node: Node }[]; pageInfo: PageInfoType } {
  const edges = rows.slice(0, first).map((row) => ({ cursor: encodeCursor(row.position), node: toNode(row) }));
  return { edges, pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > first } };
}
