import { DomainError } from '../shared/domain-error.js';

export type PartyErrorCode =
  'PARTY.NAME_NOT_IDENTIFYING' | 'PARTY.KOMMUNENUMMER_MISMATCH' | 'PARTY.KOMMUNENUMMER_NOT_APPLICABLE';

export class PartyError extends DomainError<PartyErrorCode> {
  constructor(
    readonly code: PartyErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, details);
  }
}
