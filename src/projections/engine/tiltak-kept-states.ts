import {
  growTiltak,
  tiltakDecider,
  tiltakWithCopiedArrays,
  tiltakWithLengths,
  type TiltakEvent,
  type TiltakState,
} from '../../domain/index.js';
import type { KeptStates } from './entity-history.js';

/**
 * A tiltak as the valid-time index keeps it: the state and how many entries of its status history and notes are
 * its own. A short history is copied on write, as any fold does: each event that adds an entry makes a new array,
 * and no array is ever changed. A long one grows in place (growTiltak) and every checkpoint shares the latest
 * state's arrays, so an event at the end of valid time costs what the event costs, however many notes the
 * tiltak has.
 */
export interface KeptTiltak {
  state: TiltakState | null;
  reports: number;
  notes: number;
  /** The arrays grow in place: made by growth, shared with the checkpoints before, longer than theirs. */
  inPlace: boolean;
}

const NONE: KeptTiltak = { state: null, reports: 0, notes: 0, inPlace: false };

/**
 * Up to this many entries (status reports and notes together) a tiltak's arrays are copied on write: a copy that
 * short costs less than the cut a read of a shared one needs, and arrays nobody changes need no guard when read
 * (a plan read at a random date meets such tiltak almost only). Past it the copies of every step would grow with
 * the square of the history's length.
 */
const COPY_ON_WRITE_UP_TO_ENTRIES = 32;

/**
 * A state read out of the index is one a reader may keep (a view being built, an export awaiting a stream). A
 * state with arrays that grow in place is cut to its own lengths (a copy only when they grew past it), and one
 * that still has the growing arrays gets them frozen: the next growth then copies them once (growTiltak never
 * pushes onto a frozen array) instead of changing what the reader holds. A write after each read thus copies
 * what the read already walked; writes with no read between them copy nothing.
 */
function read(kept: KeptTiltak): TiltakState | null {
  const { state } = kept;
  if (state === null || !kept.inPlace) return state;
  const own = tiltakWithLengths(state, kept.reports, kept.notes);
  if (own === state) {
    Object.freeze(state.statusHistory);
    Object.freeze(state.notes);
  }
  return own;
}

function grow(kept: KeptTiltak, event: TiltakEvent): KeptTiltak {
  if (!kept.inPlace) {
    const state = tiltakDecider.fold(kept.state, [event]);
    const reports = state?.statusHistory.length ?? 0;
    const notes = state?.notes.length ?? 0;
    if (reports + notes <= COPY_ON_WRITE_UP_TO_ENTRIES) return { state, reports, notes, inPlace: false };
    // Past the bound: from here the arrays are new ones of the growth's own, shared with no state before.
    return { state: state === null ? null : tiltakWithCopiedArrays(state), reports, notes, inPlace: true };
  }
  const grown = growTiltak(kept.state, { reports: kept.reports, notes: kept.notes }, [event]);
  return { state: grown.state, reports: grown.reports, notes: grown.notes, inPlace: true };
}

export const TILTAK_KEPT_STATES: KeptStates<TiltakState, TiltakEvent, KeptTiltak> = {
  none: NONE,
  grow,
  read,
  readOnward(kept, events) {
    if (events.length === 0) return read(kept);
    const { state } = kept;
    // Arrays at the kept lengths: concatenated by the fold into new ones; longer (shared with later states): cut
    // back to a copy of its own first, onto which the events' entries are then pushed (one copy either way).
    if (state === null || (state.statusHistory.length === kept.reports && state.notes.length === kept.notes))
      return tiltakDecider.fold(state, events);
    const own = tiltakWithLengths(state, kept.reports, kept.notes);
    return growTiltak(own, { reports: kept.reports, notes: kept.notes }, events).state;
  },
};
