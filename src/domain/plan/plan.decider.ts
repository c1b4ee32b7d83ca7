import type { AggregateDecider, FoldEnvelope } from '../command/decider.js';
import { planStreamId } from '../shared/ids.js';
import { planCommandSchemas, type PlanCommand } from './plan.commands.js';
import { decidePlan, loadPlanDecisionState, type PlanDecisionState } from './plan.decide.js';
import { planEventSpecs, type PlanEvent } from './plan.events.js';
import { evolvePlan, foldPlanFrom } from './plan.evolve.js';
import { carryPlanFoldForward, latestPlanFold, type PlanLatestFold } from './plan.latest-fold.js';
import { parsePlanEvent, planAt, readTrustedPlanEvent } from './plan.read.js';
import type { PlanState } from './plan.state.js';

/** The command side's fold of a plan stream: its latest state and where its valid-time order ends. */
export interface PlanCommandFold extends FoldEnvelope<'plan'> {
  latest: PlanLatestFold;
}

function planCommandFold(streamId: string, revision: bigint, latest: PlanLatestFold): PlanCommandFold {
  return { kind: 'plan', streamId, revision, latest };
}

/**
 * The plan aggregate. Plan commands are rare and their streams short: they are always decided on the whole
 * stream (needsHistory), so its folds serve the tiltak commands that read a plan beside their own stream.
 */
export const planDecider: AggregateDecider<
  PlanCommand,
  PlanEvent,
  PlanState | null,
  PlanDecisionState,
  PlanCommandFold
> = {
  kind: 'plan',
  contextKind: null,
  commandTypes: Object.keys(planCommandSchemas) as PlanCommand['type'][],
  eventSpecs: planEventSpecs,
  initialState: () => null,
  evolve: evolvePlan,
  decide: decidePlan,
  readEvent: parsePlanEvent,
  readTrustedEvent: readTrustedPlanEvent,
  fold: foldPlanFrom,
  stateAt: planAt,
  targetStream: (command) => planStreamId(command.data.planId),
  contextStream: () => null,
  foldStream: (streamId, events) =>
    planCommandFold(streamId, events.at(-1)?.revision ?? -1n, latestPlanFold(events.map(parsePlanEvent))),
  foldForward: (fold, events) => {
    const latest = carryPlanFoldForward(fold.latest, events.map(parsePlanEvent));
    const last = events.at(-1);
    if (latest === null) return null;
    return last === undefined ? fold : planCommandFold(fold.streamId, last.revision, latest);
  },
  needsHistory: () => true,
  stateFromFolds: (command) => {
    throw new TypeError(`${command.type} is decided on the whole history`);
  },
  stateFromStreams: (command, streams) => loadPlanDecisionState(command, streams.target),
};
