import type { AggregateDecider, AggregateFolds, FoldEnvelope } from '../command/decider.js';
import type { PlanCommandFold } from '../plan/plan.decider.js';
import { planStreamId, tiltakStreamId } from '../shared/ids.js';
import { tiltakCommandSchemas, type TiltakCommand } from './tiltak.commands.js';
import {
  decideTiltak,
  loadTiltakDecisionState,
  tiltakDecisionStateFromFolds,
  tiltakNeedsHistory,
  type TiltakCommandFolds,
  type TiltakDecisionState,
} from './tiltak.decide.js';
import { tiltakEventSpecs, type TiltakEvent } from './tiltak.events.js';
import { evolveTiltak, foldTiltakFrom } from './tiltak.evolve.js';
import { carryTiltakFoldForward, latestTiltakFold, type LatestFold } from './tiltak.latest-fold.js';
import { parseTiltakEvent, readTrustedTiltakEvent, tiltakAt } from './tiltak.read.js';
import type { TiltakState } from './tiltak.state.js';

/** The command side's fold of a tiltak stream: its latest state, and the plan its creation named. */
export interface TiltakCommandFold extends FoldEnvelope<'tiltak'> {
  latest: LatestFold;
  /** The plan named by the stream's first event when it is a TiltakCreated (its plan for good). */
  planId: string | null;
}

function tiltakCommandFold(
  streamId: string,
  revision: bigint,
  latest: LatestFold,
  planId: string | null,
): TiltakCommandFold {
  return { kind: 'tiltak', streamId, revision, latest, planId };
}

/**
 * The tiltak aggregate. A tiltak command reads its plan's stream beside its own (the context), and the usual one,
 * a change made today, is decided on the two folds alone.
 */
export const tiltakDecider: AggregateDecider<
  TiltakCommand,
  TiltakEvent,
  TiltakState | null,
  TiltakDecisionState,
  TiltakCommandFold,
  PlanCommandFold
> = {
  kind: 'tiltak',
  contextKind: 'plan',
  commandTypes: Object.keys(tiltakCommandSchemas) as TiltakCommand['type'][],
  eventSpecs: tiltakEventSpecs,
  initialState: () => null,
  evolve: evolveTiltak,
  decide: decideTiltak,
  readEvent: parseTiltakEvent,
  readTrustedEvent: readTrustedTiltakEvent,
  fold: foldTiltakFrom,
  stateAt: tiltakAt,
  targetStream: (command) => tiltakStreamId(command.data.tiltakId),
  contextStream: (command, target) => {
    if (command.type === 'CreateTiltak') return planStreamId(command.data.planId);
    return target.planId === null ? null : planStreamId(target.planId);
  },
  foldStream: (streamId, events) => {
    const parsed = events.map(parseTiltakEvent);
    const revision = events.at(-1)?.revision ?? -1n;
    return tiltakCommandFold(streamId, revision, latestTiltakFold(parsed), planIdOf(parsed[0]));
  },
  foldForward: (fold, events) => {
    const parsed = events.map(parseTiltakEvent);
    const latest = carryTiltakFoldForward(fold.latest, parsed);
    const last = events.at(-1);
    if (latest === null) return null;
    if (last === undefined) return fold;
    const planId = fold.revision === -1n ? planIdOf(parsed[0]) : fold.planId;
    return tiltakCommandFold(fold.streamId, last.revision, latest, planId);
  },
  needsHistory: (command, folds) => tiltakNeedsHistory(command, tiltakFolds(folds)),
  stateFromFolds: (command, folds) => tiltakDecisionStateFromFolds(command, tiltakFolds(folds)),
  stateFromStreams: (command, streams) => loadTiltakDecisionState(command, streams.target, streams.context),
};

function tiltakFolds(folds: AggregateFolds<TiltakCommandFold, PlanCommandFold>): TiltakCommandFolds {
  const { target, context } = folds;
  return { tiltak: target.latest, tiltakStreamExists: target.revision >= 0n, plan: context?.latest ?? null };
}

function planIdOf(first: TiltakEvent | undefined): string | null {
  return first?.type === 'TiltakCreated' ? first.data.planId : null;
}
