import { DomainError } from '../shared/domain-error.js';

export type RetractionErrorCode =
  | 'RETRACTION.EVENT_NOT_IN_STREAM'
  | 'RETRACTION.ALREADY_RETRACTED'
  | 'RETRACTION.CANNOT_RETRACT_RETRACTION'
  | 'RETRACTION.CREATION_NOT_RETRACTABLE'
  | 'RETRACTION.EVENT_HAS_DEPENDENTS'
  | 'RETRACTION.REPLACEMENT_TYPE_MISMATCH'
  | 'RETRACTION.CORRECTION_CHANGES_NOTHING';

export class RetractionError extends DomainError<RetractionErrorCode> {
  constructor(
    readonly code: RetractionErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, details);
  }
}
