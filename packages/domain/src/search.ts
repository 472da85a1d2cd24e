import { type DomainError, domainError } from './errors.js';
import { err, ok, type Result } from './result.js';

export const SEARCH_MAX_LENGTH = 100;

/** Text to search for, trimmed; undefined when blank. The same limit in the console's fields and the API. */
export function parseSearch(raw: string | null | undefined, field: string): Result<string | undefined, DomainError> {
  const text = raw?.trim() || undefined;
  if (text && [...text].length > SEARCH_MAX_LENGTH) {
    return err(domainError('BAD_USER_INPUT', `Search for at most ${SEARCH_MAX_LENGTH} characters`, field));
  }
  return ok(text);
}
