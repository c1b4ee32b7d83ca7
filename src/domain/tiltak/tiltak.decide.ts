import { requireSomethingNamed } from '../shared/command-errors.js';
import { resolveParties, samePartySet } from '../party/party.identity.js';
import { planNotFound } from '../plan/plan.decide.js';
import { foldPlan } from '../plan/plan.evolve.js';
import type { PlanLatestFold } from '../plan/plan.latest-fold.js';
import { parsePlanEvent } from '../plan/plan.read.js';
import { findTiltaksomrade, type PlanState } from '../plan/plan.state.js';
import {
  decideCorrection,
  decideRetraction,
  type RetractableStream,
} from '../retraction/retraction.decide.js';
import { buildLedger, type StreamLedger } from '../retraction/stream-ledger.js';
import { commandEffectiveAt, explicitEffectiveAt, requireNotInFuture } from '../time/effective-time.js';
import { slugify } from '../shared/slug.js';
import type { EventDraft, StoredEvent } from '../shared/stored-event.js';
import { instantMillis, normalizeInstant, yearOf } from '../time/instants.js';
import { selectEventsAt } from '../time/temporal-selection.js';
import type { TiltakChangeCommand, TiltakCommand, TiltakCommandOf } from './tiltak.commands.js';
import { FundingError, TiltakError } from './tiltak.errors.js';
import {
  tiltakEventDraft,
  type TiltakEventData,
  type TiltakEventDraft,
  type TiltakEventType,
} from './tiltak.events.js';
import { foldTiltak } from './tiltak.evolve.js';
import { latestTiltakFold, latestTiltakState, type LatestFold } from './tiltak.latest-fold.js';
import { parseTiltakEvent } from './tiltak.read.js';
import { tiltakEventReferences } from './tiltak.references.js';
import { findGrant, type StatusReport, type TiltakState } from './tiltak.state.js';
import { findStatusConflict, reportsAfter } from './tiltak.status-history.js';
import { nextStatusPosition, statusTransitionRule, type TiltakStatus } from './tiltak.status.js';

/** A funding year may lie this many years before or after the plan period (grants decided the year before). */
export const FUNDING_YEAR_MARGIN = 1;

/** What a tiltak command is decided against (DESIGN.md §3: the state at the command's own effectiveAt). */
export interface TiltakDecisionState {
  /** The valid time the command is checked at and its events take effect. */
  effectiveAt: string;
  /** The tiltak at effectiveAt, as known now (null: it did not exist yet). */
  atEffective: TiltakState | null;
  /** The tiltak with everything read, at any valid time: later reports, grant ids. */
  latest: TiltakState | null;
  /** Every event of the stream, for retractions. */
  ledger: StreamLedger;
  /** The tiltak's plan (for CreateTiltak: the plan it names), at effectiveAt and latest. */
  plan: { atEffective: PlanState | null; latest: PlanState | null };
}

/** The folds a tiltak command is decided on, kept between commands: the tiltak's, and its plan's (null: none). */
export interface TiltakCommandFolds {
  tiltak: LatestFold;
  /** Whether the tiltak's stream has any event (a retracted creation leaves no state, but the stream is there). */
  tiltakStreamExists: boolean;
  plan: PlanLatestFold | null;
}

/**
 * Whether the command needs the streams' whole history beside their folds: a creation of a tiltak that exists
 * (refused on its ledger), a retraction or a correction (the ledger, and a fold without the event), and any
 * command back-dated before the latest valid time of either stream (a fold at its own effectiveAt). The usual
 * command, a change made today, does not: it is checked against the folds alone.
 */
export function tiltakNeedsHistory(command: TiltakCommand, folds: TiltakCommandFolds): boolean {
  if (command.type === 'RetractTiltakEvent' || command.type === 'CorrectTiltakEvent') return true;
  if (command.type === 'CreateTiltak' && folds.tiltakStreamExists) return true;
  const effectiveMs = instantMillis(tiltakCommandEffectiveAt(command, noLedger(command)));
  return (
    effectiveMs < folds.tiltak.lastEffectiveMs ||
    (folds.plan !== null && effectiveMs < folds.plan.lastEffectiveMs)
  );
}

/**
 * What `decideTiltak` needs, from the folds alone: the command is at or after both streams' latest valid time
 * (tiltakNeedsHistory said no), so its state at effectiveAt is the latest state.
 */
export function tiltakDecisionStateFromFolds(
  command: TiltakCommand,
  folds: TiltakCommandFolds,
): TiltakDecisionState {
  if (tiltakNeedsHistory(command, folds)) {
    throw new TypeError(`${command.type} at this valid time is decided on the whole history`);
  }
  const latest = latestTiltakState(folds.tiltak);
  const plan = folds.plan?.state ?? null;
  return {
    effectiveAt: tiltakCommandEffectiveAt(command, noLedger(command)),
    atEffective: latest,
    latest,
    // A stream with no events has an empty ledger; any other is only read with the history.
    get ledger(): StreamLedger {
      return folds.tiltakStreamExists ? noLedger(command)() : EMPTY_LEDGER;
    },
    plan: { atEffective: plan, latest: plan },
  };
}

const EMPTY_LEDGER: StreamLedger = new Map();

// Only commands decided on the whole history read the ledger (tiltakNeedsHistory); asking without it is a bug.
function noLedger(command: TiltakCommand): () => StreamLedger {
  return () => {
    throw new TypeError(`${command.type} has no ledger without the history`);
  };
}

/** Folds the tiltak's and its plan's whole streams into what `decideTiltak` needs. */
export function loadTiltakDecisionState(
  command: TiltakCommand,
  tiltakStream: readonly StoredEvent[],
  planStream: readonly StoredEvent[],
): TiltakDecisionState {
  const events = tiltakStream.map(parseTiltakEvent);
  // Built on first use: only creation, retraction and correction look at it, and it costs a map of the stream.
  let ledger: StreamLedger | undefined;
  const ledgerOf = () => (ledger ??= buildLedger(events, tiltakEventReferences));
  const alsoRetracted = command.type === 'CorrectTiltakEvent' ? new Set([command.data.eventId]) : undefined;
  const effectiveAt = tiltakCommandEffectiveAt(command, ledgerOf);
  const planEvents = planStream.map(parsePlanEvent);
  // A correction treats one more event as retracted: that fold is its own. Otherwise a command at or after the
  // stream's latest valid time (the usual one) is checked against the whole stream's fold.
  const whole = alsoRetracted === undefined ? latestTiltakFold(events) : null;
  const latest = whole === null ? foldTiltak(selectEventsAt(events, {}, { alsoRetracted })) : whole.state;
  const atLatestValidTime = whole !== null && instantMillis(effectiveAt) >= whole.lastEffectiveMs;
  return {
    effectiveAt,
    atEffective: atLatestValidTime
      ? latest
      : foldTiltak(selectEventsAt(events, { validAt: effectiveAt }, { alsoRetracted })),
    latest,
    get ledger() {
      return ledgerOf();
    },
    plan: {
      atEffective: foldPlan(selectEventsAt(planEvents, { validAt: effectiveAt })),
      latest: foldPlan(selectEventsAt(planEvents)),
    },
  };
}

function tiltakCommandEffectiveAt(command: TiltakCommand, ledger: () => StreamLedger): string {
  if (command.type === 'RetractTiltakEvent') return normalizeInstant(command.metadata.now);
  if (command.type === 'CorrectTiltakEvent') {
    const explicit = command.data.replacement.data.effectiveAt;
    if (explicit !== undefined) return normalizeInstant(explicit);
    return ledger().get(command.data.eventId)?.event.effectiveAt ?? normalizeInstant(command.metadata.now);
  }
  return commandEffectiveAt(command.data, command.metadata);
}

/** decide(command, state) -> events for the tiltak aggregate. Throws a DomainError when a rule is broken. */
export function decideTiltak(command: TiltakCommand, state: TiltakDecisionState): TiltakEventDraft[] {
  requireNotInFuture(state.effectiveAt, command.metadata);
  if (command.type === 'CreateTiltak') return decideCreateTiltak(command, state);
  if (command.type === 'RetractTiltakEvent') return decideRetractTiltakEvent(command, state);
  if (command.type === 'CorrectTiltakEvent') return decideCorrectTiltakEvent(command, state);
  return decideTiltakChange(command, state);
}

function decideTiltakChange(command: TiltakChangeCommand, state: TiltakDecisionState): TiltakEventDraft[] {
  switch (command.type) {
    case 'ChangeTiltakStatus':
      return decideChangeTiltakStatus(command, state);
    case 'ReassignResponsibility':
      return decideReassignResponsibility(command, state);
    case 'ChangeParticipants':
      return decideChangeParticipants(command, state);
    case 'GrantFunding':
      return decideGrantFunding(command, state);
    case 'WithdrawFunding':
      return decideWithdrawFunding(command, state);
    case 'ReviseTiltak':
      return decideReviseTiltak(command, state);
    case 'MoveTiltak':
      return decideMoveTiltak(command, state);
    case 'NoteProgress':
      return decideNoteProgress(command, state);
    default: {
      const unknownCommand: never = command;
      throw new TypeError(`unknown tiltak command ${JSON.stringify(unknownCommand)}`);
    }
  }
}

function decideCreateTiltak(
  command: TiltakCommandOf<'CreateTiltak'>,
  state: TiltakDecisionState,
): TiltakEventDraft[] {
  const { data } = command;
  if (state.ledger.size > 0) {
    throw new TiltakError('TILTAK.ALREADY_EXISTS', `tiltak ${data.tiltakId} already exists`, {
      tiltakId: data.tiltakId,
    });
  }
  const plan = planAtEffective(data.planId, state);
  requireTiltaksomrade(plan, data.tiltaksomradeId, state);
  const alsoTiltaksomradeIds = [...new Set(data.alsoTiltaksomradeIds ?? [])].filter(
    (id) => id !== data.tiltaksomradeId,
  );
  for (const id of alsoTiltaksomradeIds) requireTiltaksomrade(plan, id, state);
  const status = data.status ?? null;
  return [
    tiltakEventDraft(
      'TiltakCreated',
      {
        tiltakId: data.tiltakId,
        planId: data.planId,
        tiltaksomradeId: data.tiltaksomradeId,
        number: data.number ?? null,
        title: data.title,
        description: data.description ?? null,
        status,
        responsible: resolveParties(data.responsible ?? []),
        participants: resolveParties(data.participants ?? []),
        responsibleAsWritten: data.responsibleAsWritten ?? null,
        alsoTiltaksomradeIds,
      },
      explicitEffectiveAt(data),
      data.reason ?? null,
    ),
  ];
}

/**
 * Checked against the status at the command's effectiveAt; then every report effective after it must still be an
 * allowed step once this one comes before it (a back-dated COMPLETED may not turn a later IN_PROGRESS into a
 * reopening that nobody gave a reason for).
 */
function decideChangeTiltakStatus(
  command: TiltakCommandOf<'ChangeTiltakStatus'>,
  state: TiltakDecisionState,
): TiltakEventDraft[] {
  const tiltak = tiltakAtEffective(command.data.tiltakId, state);
  const { status } = command.data;
  const reason = command.data.reason ?? null;
  const rule = statusTransitionRule(tiltak, status);
  switch (rule) {
    case 'same':
      throw noChange(tiltak.tiltakId, `the status is already ${status}`);
    case 'forbidden':
      throw new TiltakError(
        'TILTAK.TRANSITION_NOT_ALLOWED',
        `${String(tiltak.status)} -> ${status} is not allowed`,
        {
          from: tiltak.status,
          to: status,
        },
      );
    case 'reopen':
      if (reason === null) {
        throw new TiltakError(
          'TILTAK.REOPEN_NEEDS_REASON',
          `leaving ${String(tiltak.lastKnownStatus)} needs a reason`,
          {
            from: tiltak.status,
            lastKnownStatus: tiltak.lastKnownStatus,
            to: status,
          },
        );
      }
      break;
    case 'allowed':
      break;
    default: {
      const unknownRule: never = rule;
      throw new TypeError(`unknown transition rule ${String(unknownRule)}`);
    }
  }
  const later = reportsAfter(latestTiltak(state).statusHistory, state.effectiveAt);
  requireNotRepeatingNext(later, status);
  requireNoStatusConflict(later, nextStatusPosition(tiltak, status));
  return [draft(command, 'TiltakStatusChanged', { tiltakId: tiltak.tiltakId, status })];
}

function decideReassignResponsibility(
  command: TiltakCommandOf<'ReassignResponsibility'>,
  state: TiltakDecisionState,
): TiltakEventDraft[] {
  const tiltak = tiltakAtEffective(command.data.tiltakId, state);
  const responsible = resolveParties(command.data.responsible);
  if (samePartySet(responsible, tiltak.responsible)) {
    throw noChange(tiltak.tiltakId, 'the same parties are responsible already');
  }
  return [draft(command, 'ResponsibilityReassigned', { tiltakId: tiltak.tiltakId, responsible })];
}

function decideChangeParticipants(
  command: TiltakCommandOf<'ChangeParticipants'>,
  state: TiltakDecisionState,
): TiltakEventDraft[] {
  const tiltak = tiltakAtEffective(command.data.tiltakId, state);
  const participants = resolveParties(command.data.participants);
  if (samePartySet(participants, tiltak.participants)) {
    throw noChange(tiltak.tiltakId, 'the same parties take part already');
  }
  return [draft(command, 'ParticipantsChanged', { tiltakId: tiltak.tiltakId, participants })];
}

function decideGrantFunding(
  command: TiltakCommandOf<'GrantFunding'>,
  state: TiltakDecisionState,
): TiltakEventDraft[] {
  const tiltak = tiltakAtEffective(command.data.tiltakId, state);
  const { source, year } = command.data;
  const plan = planAtEffective(tiltak.planId, state);
  const earliest = yearOf(plan.period.from) - FUNDING_YEAR_MARGIN;
  const latest = yearOf(plan.period.to) + FUNDING_YEAR_MARGIN;
  if (year < earliest || year > latest) {
    throw new FundingError(
      'FUNDING.YEAR_OUTSIDE_PLAN_PERIOD',
      `${year} is not within ${earliest}..${latest}`,
      {
        year,
        earliest,
        latest,
        period: plan.period,
      },
    );
  }
  const grantId = command.data.grantId ?? defaultGrantId(source, year);
  if (findGrant(latestTiltak(state), grantId) !== undefined) {
    throw new FundingError('FUNDING.GRANT_EXISTS', `grant ${grantId} already exists`, { grantId });
  }
  return [
    draft(command, 'FundingGranted', {
      tiltakId: tiltak.tiltakId,
      grantId,
      source,
      year,
      amountNok: command.data.amountNok ?? null,
      decisionReference: command.data.decisionReference ?? null,
    }),
  ];
}

/** "Samhandlingsmidler", 2021 -> "samhandlingsmidler-2021". */
export function defaultGrantId(source: string, year: number): string {
  const slug = slugify(source, 90);
  return slug === '' ? `grant-${year}` : `${slug}-${year}`;
}

function decideWithdrawFunding(
  command: TiltakCommandOf<'WithdrawFunding'>,
  state: TiltakDecisionState,
): TiltakEventDraft[] {
  const tiltak = tiltakAtEffective(command.data.tiltakId, state);
  const { grantId } = command.data;
  const known = findGrant(latestTiltak(state), grantId);
  if (known === undefined) {
    throw new FundingError('FUNDING.GRANT_NOT_FOUND', `no grant ${grantId}`, { grantId });
  }
  if (known.withdrawnAt !== null) {
    throw new FundingError(
      'FUNDING.ALREADY_WITHDRAWN',
      `grant ${grantId} was withdrawn ${known.withdrawnAt}`,
      {
        grantId,
        withdrawnAt: known.withdrawnAt,
      },
    );
  }
  if (findGrant(tiltak, grantId) === undefined) {
    throw new FundingError(
      'FUNDING.BEFORE_GRANT',
      `grant ${grantId} was granted after ${state.effectiveAt}`,
      {
        grantId,
        grantedAt: known.grantedAt,
        effectiveAt: state.effectiveAt,
      },
    );
  }
  return [draft(command, 'FundingWithdrawn', { tiltakId: tiltak.tiltakId, grantId })];
}

function decideReviseTiltak(
  command: TiltakCommandOf<'ReviseTiltak'>,
  state: TiltakDecisionState,
): TiltakEventDraft[] {
  const { number, title, description } = command.data;
  requireSomethingNamed(command.type, { number, title, description });
  const tiltak = tiltakAtEffective(command.data.tiltakId, state);
  const changes = {
    ...(number !== undefined && number !== tiltak.number ? { number } : {}),
    ...(title !== undefined && title !== tiltak.title ? { title } : {}),
    ...(description !== undefined && description !== tiltak.description ? { description } : {}),
  };
  if (Object.keys(changes).length === 0)
    throw noChange(tiltak.tiltakId, 'number, title and description are as given');
  return [draft(command, 'TiltakRevised', { tiltakId: tiltak.tiltakId, ...changes })];
}

function decideMoveTiltak(
  command: TiltakCommandOf<'MoveTiltak'>,
  state: TiltakDecisionState,
): TiltakEventDraft[] {
  const tiltak = tiltakAtEffective(command.data.tiltakId, state);
  const { tiltaksomradeId } = command.data;
  if (tiltaksomradeId === tiltak.tiltaksomradeId) {
    throw noChange(tiltak.tiltakId, `the tiltak is in ${tiltaksomradeId} already`);
  }
  requireTiltaksomrade(planAtEffective(tiltak.planId, state), tiltaksomradeId, state);
  return [draft(command, 'TiltakMoved', { tiltakId: tiltak.tiltakId, tiltaksomradeId })];
}

function decideNoteProgress(
  command: TiltakCommandOf<'NoteProgress'>,
  state: TiltakDecisionState,
): TiltakEventDraft[] {
  const tiltak = tiltakAtEffective(command.data.tiltakId, state);
  return [draft(command, 'ProgressNoted', { tiltakId: tiltak.tiltakId, text: command.data.text })];
}

const TILTAK_STREAM: RetractableStream<TiltakEventDraft> = {
  creationType: 'TiltakCreated',
  introducedBy: (decided) => tiltakEventReferences(decided).introduces,
};

function decideRetractTiltakEvent(
  command: TiltakCommandOf<'RetractTiltakEvent'>,
  state: TiltakDecisionState,
): TiltakEventDraft[] {
  const tiltak = latestTiltak(state, command.data.tiltakId);
  return decideRetraction(TILTAK_STREAM, state.ledger, command.data, (entry) => {
    if (entry.event.type === 'TiltakStatusChanged') {
      // Without this report the one after it must still be an allowed step from the one before it.
      requireNoStatusConflict(
        tiltak.statusHistory.filter((report) => report.eventId !== entry.event.eventId),
      );
    }
  });
}

function decideCorrectTiltakEvent(
  command: TiltakCommandOf<'CorrectTiltakEvent'>,
  state: TiltakDecisionState,
): TiltakEventDraft[] {
  const { tiltakId, eventId, reason, replacement } = command.data;
  // Checked on the ledger: the folded state leaves the event out already, so a retracted creation looks like none.
  if (state.ledger.size === 0)
    throw new TiltakError('TILTAK.NOT_FOUND', `no tiltak ${tiltakId}`, { tiltakId });
  // The state was folded without the retracted event; the replacement is decided against it at its own time.
  const replacementCommand = {
    type: replacement.type,
    data: {
      ...replacement.data,
      tiltakId,
      effectiveAt: state.effectiveAt,
      reason: replacement.data.reason ?? reason,
    },
    metadata: command.metadata,
  } as TiltakChangeCommand;
  return decideCorrection(TILTAK_STREAM, state.ledger, { eventId, reason }, () =>
    decideTiltakChange(replacementCommand, state),
  );
}

function draft<T extends TiltakEventType>(
  command: TiltakChangeCommand,
  type: T,
  data: TiltakEventData<T>,
): EventDraft<T, TiltakEventData<T>> {
  return tiltakEventDraft(type, data, explicitEffectiveAt(command.data), command.data.reason ?? null);
}

/** The tiltak at the command's valid time: no command acts on a tiltak before it was created. */
function tiltakAtEffective(tiltakId: string, state: TiltakDecisionState): TiltakState {
  const latest = latestTiltak(state, tiltakId);
  if (state.atEffective === null) {
    throw new TiltakError(
      'TILTAK.BEFORE_CREATION',
      `tiltak ${tiltakId} did not exist at ${state.effectiveAt}`,
      {
        tiltakId,
        effectiveAt: state.effectiveAt,
        createdAt: latest.createdAt,
      },
    );
  }
  return state.atEffective;
}

function latestTiltak(state: TiltakDecisionState, tiltakId?: string): TiltakState {
  if (state.latest === null) {
    throw new TiltakError('TILTAK.NOT_FOUND', `no tiltak ${tiltakId ?? ''}`, { tiltakId });
  }
  return state.latest;
}

function planAtEffective(planId: string, state: TiltakDecisionState): PlanState {
  if (state.plan.latest === null) throw planNotFound(planId);
  if (state.plan.atEffective === null) {
    throw new TiltakError(
      'TILTAK.BEFORE_PLAN_CREATION',
      `plan ${planId} did not exist at ${state.effectiveAt}`,
      {
        planId,
        effectiveAt: state.effectiveAt,
        planCreatedAt: state.plan.latest.createdAt,
      },
    );
  }
  return state.plan.atEffective;
}

/** A tiltak belongs to a tiltaksområde its plan has at the command's valid time. */
function requireTiltaksomrade(plan: PlanState, tiltaksomradeId: string, state: TiltakDecisionState): void {
  if (findTiltaksomrade(plan, tiltaksomradeId) === undefined) {
    throw new TiltakError(
      'TILTAK.TILTAKSOMRADE_NOT_FOUND',
      `plan ${plan.planId} has no tiltaksområde ${tiltaksomradeId} at ${state.effectiveAt}`,
      { planId: plan.planId, tiltaksomradeId, effectiveAt: state.effectiveAt },
    );
  }
}

function requireNoStatusConflict(
  reports: readonly StatusReport[],
  start?: Parameters<typeof findStatusConflict>[1],
): void {
  const conflict = findStatusConflict(reports, start);
  if (conflict !== null) {
    throw new TiltakError(
      'TILTAK.CONFLICTS_WITH_LATER_STATUS',
      `the ${conflict.status} reported effective ${conflict.effectiveAt} would no longer be an allowed step`,
      { conflictingEventId: conflict.eventId, status: conflict.status, effectiveAt: conflict.effectiveAt },
    );
  }
}

/**
 * A back-dated report of the status the next report already gives would only repeat it: "completed in July" when
 * September says completed means the September report has the wrong date, which a correction of it fixes. Recorded
 * as a new report it would leave one completion counted twice.
 */
function requireNotRepeatingNext(later: readonly StatusReport[], status: TiltakStatus): void {
  const next = later[0];
  if (next === undefined || next.status !== status) return;
  throw new TiltakError(
    'TILTAK.REPEATS_LATER_STATUS',
    `${status} is reported already, effective ${next.effectiveAt}; correct that report to change its date`,
    { laterEventId: next.eventId, status, effectiveAt: next.effectiveAt },
  );
}

function noChange(tiltakId: string, what: string): TiltakError {
  return new TiltakError('TILTAK.NO_CHANGE', `tiltak ${tiltakId}: ${what}; nothing to record`, { tiltakId });
}
