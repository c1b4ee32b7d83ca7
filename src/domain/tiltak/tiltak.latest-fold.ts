import { selectEventsAt } from '../time/temporal-selection.js';
import { extendValidTimeEnd, validTimeEndOf, type ValidTimeEnd } from '../time/valid-time-end.js';
import type { TiltakEvent } from './tiltak.events.js';
import { foldTiltak, growTiltak, tiltakWithLengths } from './tiltak.evolve.js';
import type { TiltakState } from './tiltak.state.js';

/**
 * A tiltak stream folded whole: every counting event, at any valid time, as known now. Pure data; whoever keeps
 * folds between commands (the application's state cache) keeps these, keyed by stream and revision.
 */
export interface LatestFold extends ValidTimeEnd {
  state: TiltakState | null;
  /**
   * How many entries of state.statusHistory and state.notes belong to this fold. A fold carried forward grows
   * those arrays in place (growTiltak), so a fold that has been carried forward may see entries past these.
   */
  reports: number;
  notes: number;
}

/** The stream's state at any valid time, as known now: what `foldTiltak(selectEventsAt(events))` gives. */
export function latestTiltakFold(events: readonly TiltakEvent[]): LatestFold {
  const counting = selectEventsAt(events);
  const state = foldTiltak(counting);
  return {
    state,
    ...validTimeEndOf(counting),
    reports: state?.statusHistory.length ?? 0,
    notes: state?.notes.length ?? 0,
  };
}

/**
 * `fold` with `newer` (the events recorded after those it covers) applied, when they come last in valid time and
 * retract nothing (a status report today, say): the cost is that of the new events alone, whatever the length of
 * the history. Null otherwise (a back-dated event, a retraction): fold the whole stream with latestTiltakFold.
 * `fold` is given up: its status history and notes arrays may grow in place, so read it again only through
 * latestTiltakState, which cuts them back to its own lengths.
 */
export function carryTiltakFoldForward(fold: LatestFold, newer: readonly TiltakEvent[]): LatestFold | null {
  const end = extendValidTimeEnd(fold, newer);
  if (end === null) return null;
  if (newer.length === 0) return fold;
  const grown = growTiltak(fold.state, { reports: fold.reports, notes: fold.notes }, newer);
  return { state: grown.state, ...end, reports: grown.reports, notes: grown.notes };
}

/** The fold's state with exactly its own reports and notes (a copy only when a later fold grew the arrays). */
export function latestTiltakState(fold: LatestFold): TiltakState | null {
  return fold.state === null ? null : tiltakWithLengths(fold.state, fold.reports, fold.notes);
}
