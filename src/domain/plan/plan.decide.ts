import { requireSomethingNamed } from '../shared/command-errors.js';
import { resolveParty } from '../party/party.identity.js';
import {
  decideCorrection,
  decideRetraction,
  type RetractableStream,
} from '../retraction/retraction.decide.js';
import { buildLedger, type StreamLedger } from '../retraction/stream-ledger.js';
import { deepEqual } from '../shared/deep-equal.js';
import { commandEffectiveAt, explicitEffectiveAt, requireNotInFuture } from '../time/effective-time.js';
import type { EventDraft, StoredEvent } from '../shared/stored-event.js';
import { normalizeInstant } from '../time/instants.js';
import { selectEventsAt } from '../time/temporal-selection.js';
import type { PlanChangeCommand, PlanCommand, PlanCommandOf } from './plan.commands.js';
import { PlanError } from './plan.errors.js';
import { planEventDraft, type PlanEventData, type PlanEventDraft } from './plan.events.js';
import { foldPlan } from './plan.evolve.js';
import { parsePlanEvent } from './plan.read.js';
import { planEventReferences } from './plan.references.js';
import { findGoal, findSatsningsomrade, findTiltaksomrade, type PlanState } from './plan.state.js';

/** What a plan command is decided against (DESIGN.md §3: the state at the command's own effectiveAt). */
export interface PlanDecisionState {
  /** The valid time the command is checked at and its events take effect. */
  effectiveAt: string;
  /** The plan at effectiveAt, as known now (null: it did not exist yet). */
  atEffective: PlanState | null;
  /** The plan with everything read, at any valid time: ids and numbers must be unique across all of it. */
  latest: PlanState | null;
  /** Every event of the stream, for retractions. */
  ledger: StreamLedger;
}

/** Folds the plan stream into what `decidePlan` needs; a correction's target is left out as if retracted. */
export function loadPlanDecisionState(
  command: PlanCommand,
  stored: readonly StoredEvent[],
): PlanDecisionState {
  const events = stored.map(parsePlanEvent);
  const ledger = buildLedger(events, planEventReferences);
  const alsoRetracted = command.type === 'CorrectPlanEvent' ? new Set([command.data.eventId]) : undefined;
  const effectiveAt = planCommandEffectiveAt(command, ledger);
  return {
    effectiveAt,
    atEffective: foldPlan(selectEventsAt(events, { validAt: effectiveAt }, { alsoRetracted })),
    latest: foldPlan(selectEventsAt(events, {}, { alsoRetracted })),
    ledger,
  };
}

function planCommandEffectiveAt(command: PlanCommand, ledger: StreamLedger): string {
  if (command.type === 'RetractPlanEvent') return normalizeInstant(command.metadata.now);
  if (command.type === 'CorrectPlanEvent') {
    const explicit = command.data.replacement.data.effectiveAt;
    if (explicit !== undefined) return normalizeInstant(explicit);
    return ledger.get(command.data.eventId)?.event.effectiveAt ?? normalizeInstant(command.metadata.now);
  }
  return commandEffectiveAt(command.data, command.metadata);
}

/** decide(command, state) -> events for the plan aggregate. Throws a DomainError when a rule is broken. */
export function decidePlan(command: PlanCommand, state: PlanDecisionState): PlanEventDraft[] {
  requireNotInFuture(state.effectiveAt, command.metadata);
  if (command.type === 'CreatePlan') return decideCreatePlan(command, state);
  if (command.type === 'RetractPlanEvent') return decideRetractPlanEvent(command, state);
  if (command.type === 'CorrectPlanEvent') return decideCorrectPlanEvent(command, state);
  return decidePlanChange(command, state);
}

function decidePlanChange(command: PlanChangeCommand, state: PlanDecisionState): PlanEventDraft[] {
  switch (command.type) {
    case 'RevisePlan':
      return decideRevisePlan(command, state);
    case 'AddGoal':
      return decideAddGoal(command, state);
    case 'ReviseGoal':
      return decideReviseGoal(command, state);
    case 'AddSatsningsomrade':
      return decideAddSatsningsomrade(command, state);
    case 'ReviseSatsningsomrade':
      return decideReviseSatsningsomrade(command, state);
    case 'AddTiltaksomrade':
      return decideAddTiltaksomrade(command, state);
    case 'ReviseTiltaksomrade':
      return decideReviseTiltaksomrade(command, state);
    case 'PublishPlan':
      return decidePublishPlan(command, state);
    default: {
      const unknownCommand: never = command;
      throw new TypeError(`unknown plan command ${JSON.stringify(unknownCommand)}`);
    }
  }
}

function decideCreatePlan(command: PlanCommandOf<'CreatePlan'>, state: PlanDecisionState): PlanEventDraft[] {
  const { planId, title, period, owner } = command.data;
  if (state.ledger.size > 0) {
    throw new PlanError('PLAN.ALREADY_EXISTS', `plan ${planId} already exists`, { planId });
  }
  return [
    planEventDraft(
      'PlanCreated',
      { planId, title, period, owner: resolveParty(owner) },
      explicitEffectiveAt(command.data),
      command.data.reason ?? null,
    ),
  ];
}

function decideRevisePlan(command: PlanCommandOf<'RevisePlan'>, state: PlanDecisionState): PlanEventDraft[] {
  const { title, period } = command.data;
  requireSomethingNamed(command.type, { title, period });
  const plan = planAtEffective(command.data.planId, state);
  const changes = {
    ...(title !== undefined && title !== plan.title ? { title } : {}),
    ...(period !== undefined && !deepEqual(period, plan.period) ? { period } : {}),
  };
  if (Object.keys(changes).length === 0) throw noChange(plan.planId, 'title and period are as given');
  return [draft(command, 'PlanRevised', { planId: plan.planId, ...changes })];
}

function decideAddGoal(command: PlanCommandOf<'AddGoal'>, state: PlanDecisionState): PlanEventDraft[] {
  const plan = planAtEffective(command.data.planId, state);
  const { goalId, kind, text } = command.data;
  if (state.latest !== null && findGoal(state.latest, goalId) !== undefined) {
    throw new PlanError('PLAN.GOAL_EXISTS', `goal ${goalId} already exists`, { goalId });
  }
  return [draft(command, 'GoalAdded', { planId: plan.planId, goalId, kind, text })];
}

function decideReviseGoal(command: PlanCommandOf<'ReviseGoal'>, state: PlanDecisionState): PlanEventDraft[] {
  const plan = planAtEffective(command.data.planId, state);
  const { goalId, text } = command.data;
  const goal = findGoal(plan, goalId);
  if (goal === undefined) {
    throw new PlanError('PLAN.GOAL_NOT_FOUND', `no goal ${goalId} at ${state.effectiveAt}`, { goalId });
  }
  if (goal.text === text) throw noChange(plan.planId, 'the goal already reads so');
  return [draft(command, 'GoalRevised', { planId: plan.planId, goalId, text })];
}

function decideAddSatsningsomrade(
  command: PlanCommandOf<'AddSatsningsomrade'>,
  state: PlanDecisionState,
): PlanEventDraft[] {
  const plan = planAtEffective(command.data.planId, state);
  const { satsningsomradeId, number, title } = command.data;
  if (state.latest !== null && findSatsningsomrade(state.latest, satsningsomradeId) !== undefined) {
    throw new PlanError(
      'PLAN.SATSNINGSOMRADE_EXISTS',
      `satsningsområde ${satsningsomradeId} already exists`,
      {
        satsningsomradeId,
      },
    );
  }
  requireNumberFree(state, satsningsomradeId, number);
  return [draft(command, 'SatsningsomradeAdded', { planId: plan.planId, satsningsomradeId, number, title })];
}

function decideReviseSatsningsomrade(
  command: PlanCommandOf<'ReviseSatsningsomrade'>,
  state: PlanDecisionState,
): PlanEventDraft[] {
  const plan = planAtEffective(command.data.planId, state);
  const { satsningsomradeId, number, title } = command.data;
  const area = findSatsningsomrade(plan, satsningsomradeId);
  if (area === undefined) throw satsningsomradeNotFound(satsningsomradeId, state);
  const changes = {
    ...(number !== undefined && number !== area.number ? { number } : {}),
    ...(title !== undefined && title !== area.title ? { title } : {}),
  };
  if (Object.keys(changes).length === 0) throw noChange(plan.planId, 'number and title are as given');
  if (changes.number !== undefined) requireNumberFree(state, satsningsomradeId, changes.number);
  return [draft(command, 'SatsningsomradeRevised', { planId: plan.planId, satsningsomradeId, ...changes })];
}

function decideAddTiltaksomrade(
  command: PlanCommandOf<'AddTiltaksomrade'>,
  state: PlanDecisionState,
): PlanEventDraft[] {
  const plan = planAtEffective(command.data.planId, state);
  const { tiltaksomradeId, satsningsomradeId, title } = command.data;
  if (state.latest !== null && findTiltaksomrade(state.latest, tiltaksomradeId) !== undefined) {
    throw new PlanError('PLAN.TILTAKSOMRADE_EXISTS', `tiltaksområde ${tiltaksomradeId} already exists`, {
      tiltaksomradeId,
    });
  }
  if (findSatsningsomrade(plan, satsningsomradeId) === undefined) {
    throw satsningsomradeNotFound(satsningsomradeId, state);
  }
  return [
    draft(command, 'TiltaksomradeAdded', { planId: plan.planId, tiltaksomradeId, satsningsomradeId, title }),
  ];
}

function decideReviseTiltaksomrade(
  command: PlanCommandOf<'ReviseTiltaksomrade'>,
  state: PlanDecisionState,
): PlanEventDraft[] {
  const plan = planAtEffective(command.data.planId, state);
  const { tiltaksomradeId, title } = command.data;
  const area = findTiltaksomrade(plan, tiltaksomradeId);
  if (area === undefined) {
    throw new PlanError('PLAN.TILTAKSOMRADE_NOT_FOUND', `no tiltaksområde ${tiltaksomradeId}`, {
      tiltaksomradeId,
      effectiveAt: state.effectiveAt,
    });
  }
  if (area.title === title) throw noChange(plan.planId, 'the tiltaksområde already has this title');
  return [draft(command, 'TiltaksomradeRevised', { planId: plan.planId, tiltaksomradeId, title })];
}

function decidePublishPlan(
  command: PlanCommandOf<'PublishPlan'>,
  state: PlanDecisionState,
): PlanEventDraft[] {
  const plan = planAtEffective(command.data.planId, state);
  const publishedAt = state.latest?.publishedAt ?? null;
  if (publishedAt !== null) {
    throw new PlanError('PLAN.ALREADY_PUBLISHED', `plan ${plan.planId} was published ${publishedAt}`, {
      publishedAt,
    });
  }
  return [draft(command, 'PlanPublished', { planId: plan.planId })];
}

function decideRetractPlanEvent(
  command: PlanCommandOf<'RetractPlanEvent'>,
  state: PlanDecisionState,
): PlanEventDraft[] {
  planAtEffective(command.data.planId, state);
  return decideRetraction(PLAN_STREAM, state.ledger, command.data);
}

function decideCorrectPlanEvent(
  command: PlanCommandOf<'CorrectPlanEvent'>,
  state: PlanDecisionState,
): PlanEventDraft[] {
  const { planId, eventId, reason, replacement } = command.data;
  // Checked on the ledger: the folded state leaves the event out already, so a retracted creation looks like none.
  if (state.ledger.size === 0) throw planNotFound(planId);
  // The replacement is decided against the plan without the retracted event, at its own valid time.
  const replacementCommand = {
    type: replacement.type,
    data: {
      ...replacement.data,
      planId,
      effectiveAt: state.effectiveAt,
      reason: replacement.data.reason ?? reason,
    },
    metadata: command.metadata,
  } as PlanChangeCommand;
  return decideCorrection(PLAN_STREAM, state.ledger, { eventId, reason }, () =>
    decidePlanChange(replacementCommand, state),
  );
}

const PLAN_STREAM: RetractableStream<PlanEventDraft> = {
  creationType: 'PlanCreated',
  introducedBy: (decided) => planEventReferences(decided).introduces,
};

function draft<T extends PlanEventDraft['type']>(
  command: PlanChangeCommand,
  type: T,
  data: PlanEventData<T>,
): EventDraft<T, PlanEventData<T>> {
  return planEventDraft(type, data, explicitEffectiveAt(command.data), command.data.reason ?? null);
}

/** The plan at the command's valid time: it must exist by then. */
function planAtEffective(planId: string, state: PlanDecisionState): PlanState {
  if (state.latest === null) throw planNotFound(planId);
  if (state.atEffective === null) {
    throw new PlanError('PLAN.BEFORE_CREATION', `plan ${planId} did not exist at ${state.effectiveAt}`, {
      planId,
      effectiveAt: state.effectiveAt,
      createdAt: state.latest.createdAt,
    });
  }
  return state.atEffective;
}

/** Satsningsområde numbers are unique within a plan, both at the command's valid time and in the latest state. */
function requireNumberFree(state: PlanDecisionState, satsningsomradeId: string, number: number): void {
  for (const plan of [state.atEffective, state.latest]) {
    const holder = plan?.satsningsomrader.find(
      (area) => area.number === number && area.satsningsomradeId !== satsningsomradeId,
    );
    if (holder !== undefined) {
      throw new PlanError('PLAN.SATSNINGSOMRADE_NUMBER_TAKEN', `satsningsområde ${number} already exists`, {
        number,
        satsningsomradeId: holder.satsningsomradeId,
      });
    }
  }
}

export function planNotFound(planId: string): PlanError {
  return new PlanError('PLAN.NOT_FOUND', `no plan ${planId}`, { planId });
}

function satsningsomradeNotFound(satsningsomradeId: string, state: PlanDecisionState): PlanError {
  return new PlanError('PLAN.SATSNINGSOMRADE_NOT_FOUND', `no satsningsområde ${satsningsomradeId}`, {
    satsningsomradeId,
    effectiveAt: state.effectiveAt,
  });
}

function noChange(planId: string, what: string): PlanError {
  return new PlanError('PLAN.NO_CHANGE', `plan ${planId}: ${what}; nothing to record`, { planId });
}
