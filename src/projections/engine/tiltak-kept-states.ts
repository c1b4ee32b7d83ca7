import {
  growTiltak,
  tiltakDecider,
  tiltakWithLengths,
  type TiltakEvent,
  type TiltakState,
} from '../../domain/index.js';
import type { KeptStates } from './entity-history.js';

/**
 * A tiltak as the valid-time index keeps it: the state and how many entries of its status history and notes are
 * its own. The latest state's arrays grow in place (growTiltak) and every checkpoint shares them, so an event at
 * the end of valid time costs what the event costs, however many notes the tiltak has.
 */
export interface KeptTiltak {
  state: TiltakState | null;
  reports: number;
  notes: number;
}

const NONE: KeptTiltak = { state: null, reports: 0, notes: 0 };

/**
 * A state read out of the index is one a reader may keep (a view being built, an export awaiting a stream), so an
 * array that is still the growing one is frozen: the next growth then copies it once (growTiltak never pushes onto
 * a frozen array) instead of changing what the reader holds. A write after each read thus copies what the read
 * already walked; writes with no read between them copy nothing.
 */
function read(kept: KeptTiltak): TiltakState | null {
  const { state } = kept;
  if (state === null) return null;
  const own = tiltakWithLengths(state, kept.reports, kept.notes);
  if (own === state) {
    Object.freeze(state.statusHistory);
    Object.freeze(state.notes);
  }
  return own;
}

export const TILTAK_KEPT_STATES: KeptStates<TiltakState, TiltakEvent, KeptTiltak> = {
  none: NONE,
  grow(kept, event) {
    const grown = growTiltak(kept.state, { reports: kept.reports, notes: kept.notes }, [event]);
    return { state: grown.state, reports: grown.reports, notes: grown.notes };
  },
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
