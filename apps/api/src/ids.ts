import { createHash } from 'node:crypto';
import { type DomainError, domainError } from '@mm/domain/errors';
import { err, ok, type Result } from '@mm/domain/result';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: string): boolean => UUID.test(value);

/** An id field that is not even a UUID names nothing: say so before asking the database. */
export function checkId(value: string | null | undefined, field: string, what: string): Result<void, DomainError> {
  return value == null || isUuid(value) ? ok(undefined) : err(domainError('BAD_USER_INPUT', `Unknown ${what}`, field));
}

/** SHA-256 in hex: how tokens, keys and long limit keys are kept without keeping them. */
export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');
