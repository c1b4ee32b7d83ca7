import { DomainError } from '../shared/domain-error.js';

export type TiltakErrorCode =
  | 'TILTAK.NOT_FOUND'
  | 'TILTAK.ALREADY_EXISTS'
  | 'TILTAK.BEFORE_CREATION'
  | 'TILTAK.BEFORE_PLAN_CREATION'
  | 'TILTAK.TILTAKSOMRADE_NOT_FOUND'
  | 'TILTAK.NO_CHANGE'
  | 'TILTAK.TRANSITION_NOT_ALLOWED'
  | 'TILTAK.REOPEN_NEEDS_REASON'
  | 'TILTAK.CONFLICTS_WITH_LATER_STATUS'
  | 'TILTAK.REPEATS_LATER_STATUS';

export class TiltakError extends DomainError<TiltakErrorCode> {
  constructor(
    readonly code: TiltakErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, details);
  }
}

export type FundingErrorCode =
  | 'FUNDING.YEAR_OUTSIDE_PLAN_PERIOD'
  | 'FUNDING.GRANT_EXISTS'
  | 'FUNDING.GRANT_NOT_FOUND'
  | 'FUNDING.BEFORE_GRANT'
  | 'FUNDING.ALREADY_WITHDRAWN';

export class FundingError extends DomainError<FundingErrorCode> {
  constructor(
    readonly code: FundingErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, details);
  }
}
