import { parseStoredEvent, readTrustedStoredEvent } from '../shared/event-registry.js';
import type { StoredEvent } from '../shared/stored-event.js';
import { selectEventsAt, type TemporalPoint } from '../time/temporal-selection.js';
import { tiltakEventSpecs, type TiltakEvent } from './tiltak.events.js';
import { foldTiltak } from './tiltak.evolve.js';
import type { TiltakState } from './tiltak.state.js';

/** A stored tiltak-stream event, its data upcast to the current version and checked. */
export function parseTiltakEvent(stored: StoredEvent): TiltakEvent {
  return parseStoredEvent<TiltakEvent>(stored, tiltakEventSpecs, 'tiltak');
}

/** A stored tiltak-stream event as a replay of the log reads it: current-version data as stored. */
export function readTrustedTiltakEvent(stored: StoredEvent): TiltakEvent {
  return readTrustedStoredEvent<TiltakEvent>(stored, tiltakEventSpecs, 'tiltak');
}

/** The tiltak at (validAt, knownAt) from its stream's stored events; null if it did not exist then. */
export function tiltakAt(events: readonly StoredEvent[], at: TemporalPoint = {}): TiltakState | null {
  return foldTiltak(selectEventsAt(events.map(parseTiltakEvent), at));
}
