import type { DomainError } from '@mm/domain/errors';
import { err, ok, type Result } from '@mm/domain/result';

/** Ends a transaction early with an expected failure: thrown inside, it rolls back everything. */
export class Refusal extends Error {
  constructor(readonly reason: DomainError) {
    super(reason.message);
  }
}

/** The work's value, or the Refusal it ended with as an error Result; other errors pass through. */
export async function refusalsAsResults<T>(work: () => Promise<T>): Promise<Result<T, DomainError>> {
  try {
    return ok(await work());
  } catch (error) {
    if (error instanceof Refusal) return err(error.reason);
    throw error;
  }
}
