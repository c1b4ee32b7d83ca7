import { carryPlanFoldForward, latestPlanFold, type PlanLatestFold } from '../plan/plan.latest-fold.js';
import { parsePlanEvent } from '../plan/plan.read.js';
import { parseStreamId } from '../shared/ids.js';
import type { StoredEvent } from '../shared/stored-event.js';
import { carryTiltakFoldForward, latestTiltakFold, type LatestFold } from '../tiltak/tiltak.latest-fold.js';
import { parseTiltakEvent } from '../tiltak/tiltak.read.js';

/**
 * What the command side needs of one stream, summed up from its events: the state at any valid time, where its
 * fold order ends, and the revision of the last event it covers. Pure data, built and grown by the functions
 * below; the application keeps one per stream between commands (its state cache), so a command folds only the
 * events recorded since, on any adapter.
 */
export type CommandFold = TiltakCommandFold | PlanCommandFold;

interface FoldEnvelope {
  streamId: string;
  /** Revision of the last event covered; -1n when the stream has none. */
  revision: bigint;
}

export interface TiltakCommandFold extends FoldEnvelope {
  kind: 'tiltak';
  latest: LatestFold;
  /** The plan named by the stream's first event when it is a TiltakCreated (its plan for good). */
  planId: string | null;
}

export interface PlanCommandFold extends FoldEnvelope {
  kind: 'plan';
  latest: PlanLatestFold;
}

/** The fold of a stream's whole history, `events` from revision 0 on. */
export function foldStream(streamId: string, events: readonly StoredEvent[]): CommandFold {
  const revision = events.at(-1)?.revision ?? -1n;
  if (streamKind(streamId) === 'plan') {
    return { kind: 'plan', streamId, revision, latest: latestPlanFold(events.map(parsePlanEvent)) };
  }
  const parsed = events.map(parseTiltakEvent);
  return {
    kind: 'tiltak',
    streamId,
    revision,
    latest: latestTiltakFold(parsed),
    planId: planIdOf(parsed[0]),
  };
}

/**
 * `fold` with `events`, the stream's events from fold.revision + 1 on, applied; null when they cannot be carried
 * forward (they do not follow on, or one is back-dated or a retraction): fold the whole stream then. `fold` is
 * given up (see carryTiltakFoldForward): keep the result in its place. A bad event throws before anything grows.
 */
export function foldForward(fold: CommandFold, events: readonly StoredEvent[]): CommandFold | null {
  const first = events[0];
  if (first === undefined) return fold;
  if (first.revision !== fold.revision + 1n) return null;
  const revision = (events.at(-1) as StoredEvent).revision;
  if (fold.kind === 'plan') {
    const latest = carryPlanFoldForward(fold.latest, events.map(parsePlanEvent));
    return latest === null ? null : { ...fold, revision, latest };
  }
  const parsed = events.map(parseTiltakEvent);
  const latest = carryTiltakFoldForward(fold.latest, parsed);
  if (latest === null) return null;
  return { ...fold, revision, latest, planId: fold.revision === -1n ? planIdOf(parsed[0]) : fold.planId };
}

function planIdOf(first: ReturnType<typeof parseTiltakEvent> | undefined): string | null {
  return first?.type === 'TiltakCreated' ? first.data.planId : null;
}

function streamKind(streamId: string): 'plan' | 'tiltak' {
  const parsed = parseStreamId(streamId);
  if (parsed === null) throw new TypeError(`${streamId} is neither a plan nor a tiltak stream`);
  return parsed.kind;
}
