import { DomainError } from '../domain/index.js';

/** A refusal by the domain (bad input or a broken rule), as opposed to a failure of the store or a bug. */
export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
