import { DomainError } from '../shared/domain-error.js';

export type PlanErrorCode =
  | 'PLAN.NOT_FOUND'
  | 'PLAN.ALREADY_EXISTS'
  | 'PLAN.BEFORE_CREATION'
  | 'PLAN.NO_CHANGE'
  | 'PLAN.ALREADY_PUBLISHED'
  | 'PLAN.GOAL_EXISTS'
  | 'PLAN.GOAL_NOT_FOUND'
  | 'PLAN.SATSNINGSOMRADE_EXISTS'
  | 'PLAN.SATSNINGSOMRADE_NOT_FOUND'
  | 'PLAN.SATSNINGSOMRADE_NUMBER_TAKEN'
  | 'PLAN.TILTAKSOMRADE_EXISTS'
  | 'PLAN.TILTAKSOMRADE_NOT_FOUND';

export class PlanError extends DomainError<PlanErrorCode> {
  constructor(
    readonly code: PlanErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, details);
  }
}
