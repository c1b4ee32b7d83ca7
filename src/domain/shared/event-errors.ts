import { DomainError } from './domain-error.js';

export type StoredEventErrorCode = 'EVENT.UNKNOWN_TYPE' | 'EVENT.UNSUPPORTED_VERSION' | 'EVENT.INVALID_DATA';

/** A stored event this code cannot read: never a user's mistake, always a bug or a store written by newer code. */
export class StoredEventError extends DomainError<StoredEventErrorCode> {
  constructor(
    readonly code: StoredEventErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, details);
  }
}
