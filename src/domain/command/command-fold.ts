import type { StoredEvent } from '../shared/stored-event.js';
import { deciderOfStream, deciders, type CommandFold } from './decider-table.js';

/**
 * What the command side needs of one stream, summed up from its events: the state at any valid time, where its
 * fold order ends, and the revision of the last event it covers. Pure data, built and grown by the stream's
 * decider; the application keeps one per stream between commands (its state cache), so a command folds only the
 * events recorded since, on any adapter.
 */
export type { CommandFold };

/** The fold of a stream's whole history, `events` from revision 0 on. */
export function foldStream(streamId: string, events: readonly StoredEvent[]): CommandFold {
  return deciderOfStream(streamId).foldStream(streamId, events);
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
  return deciders[fold.kind].foldForward(fold, events);
}
