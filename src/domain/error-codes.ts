import type { PartyErrorCode } from './party/party.errors.js';
import type { PlanErrorCode } from './plan/plan.errors.js';
import type { RetractionErrorCode } from './retraction/retraction.errors.js';
import type { CommandErrorCode } from './shared/command-errors.js';
import type { StoredEventErrorCode } from './shared/event-errors.js';
import type { FundingErrorCode, TiltakErrorCode } from './tiltak/tiltak.errors.js';

export type DomainErrorCode =
  | CommandErrorCode
  | PlanErrorCode
  | TiltakErrorCode
  | FundingErrorCode
  | PartyErrorCode
  | RetractionErrorCode
  | StoredEventErrorCode;

/**
 * What kind of refusal each code is, for whoever maps codes to a protocol: `invalid` (the input itself is wrong),
 * `not-found` (the command names a plan, tiltak, area, grant or event that does not exist), `rule` (a domain rule
 * refuses it in the current state), `internal` (stored data this code cannot read). Complete by construction.
 */
export const DOMAIN_ERROR_KINDS: Readonly<
  Record<DomainErrorCode, 'invalid' | 'not-found' | 'rule' | 'internal'>
> = {
  'COMMAND.INVALID': 'invalid',
  'COMMAND.UNKNOWN_TYPE': 'invalid',
  'COMMAND.EFFECTIVE_IN_FUTURE': 'invalid',
  'COMMAND.EMPTY': 'invalid',
  'PARTY.NAME_NOT_IDENTIFYING': 'invalid',
  'PARTY.KOMMUNENUMMER_MISMATCH': 'invalid',
  'PARTY.KOMMUNENUMMER_NOT_APPLICABLE': 'invalid',
  'PLAN.NOT_FOUND': 'not-found',
  'PLAN.GOAL_NOT_FOUND': 'not-found',
  'PLAN.SATSNINGSOMRADE_NOT_FOUND': 'not-found',
  'PLAN.TILTAKSOMRADE_NOT_FOUND': 'not-found',
  'PLAN.ALREADY_EXISTS': 'rule',
  'PLAN.BEFORE_CREATION': 'rule',
  'PLAN.NO_CHANGE': 'rule',
  'PLAN.ALREADY_PUBLISHED': 'rule',
  'PLAN.GOAL_EXISTS': 'rule',
  'PLAN.SATSNINGSOMRADE_EXISTS': 'rule',
  'PLAN.SATSNINGSOMRADE_NUMBER_TAKEN': 'rule',
  'PLAN.TILTAKSOMRADE_EXISTS': 'rule',
  'TILTAK.NOT_FOUND': 'not-found',
  'TILTAK.TILTAKSOMRADE_NOT_FOUND': 'not-found',
  'TILTAK.ALREADY_EXISTS': 'rule',
  'TILTAK.BEFORE_CREATION': 'rule',
  'TILTAK.BEFORE_PLAN_CREATION': 'rule',
  'TILTAK.NO_CHANGE': 'rule',
  'TILTAK.TRANSITION_NOT_ALLOWED': 'rule',
  'TILTAK.REOPEN_NEEDS_REASON': 'rule',
  'TILTAK.CONFLICTS_WITH_LATER_STATUS': 'rule',
  'TILTAK.REPEATS_LATER_STATUS': 'rule',
  'FUNDING.GRANT_NOT_FOUND': 'not-found',
  'FUNDING.YEAR_OUTSIDE_PLAN_PERIOD': 'rule',
  'FUNDING.GRANT_EXISTS': 'rule',
  'FUNDING.BEFORE_GRANT': 'rule',
  'FUNDING.ALREADY_WITHDRAWN': 'rule',
  'RETRACTION.EVENT_NOT_IN_STREAM': 'not-found',
  'RETRACTION.ALREADY_RETRACTED': 'rule',
  'RETRACTION.CANNOT_RETRACT_RETRACTION': 'rule',
  'RETRACTION.CREATION_NOT_RETRACTABLE': 'rule',
  'RETRACTION.EVENT_HAS_DEPENDENTS': 'rule',
  'RETRACTION.REPLACEMENT_TYPE_MISMATCH': 'rule',
  'RETRACTION.CORRECTION_CHANGES_NOTHING': 'rule',
  'EVENT.UNKNOWN_TYPE': 'internal',
  'EVENT.UNSUPPORTED_VERSION': 'internal',
  'EVENT.INVALID_DATA': 'internal',
};
