import { type DomainError, domainError } from '@mm/domain/errors';
import { err, ok, type Result } from '@mm/domain/result';
import type { PartnerScope } from '../auth/roles.js';

/** A partner sells only the treatments the operator enabled for it. */
export function checkPartnerSells(scope: PartnerScope | undefined, treatmentId: string): Result<void, DomainError> {
  return !scope || scope.treatmentIds.has(treatmentId.toLowerCase())
    ? ok(undefined)
    : err(domainError('FORBIDDEN', 'This treatment cannot be booked on this site', 'treatmentId'));
}
