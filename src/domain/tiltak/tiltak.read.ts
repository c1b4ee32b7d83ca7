import { StoredEventError } from '../shared/event-errors.js';
import { readEventData } from '../shared/event-registry.js';
import type { StoredEvent } from '../shared/stored-event.js';
import { selectEventsAt, type TemporalPoint } from '../time/temporal-selection.js';
import { isTiltakEventType, tiltakEventSpecs, type TiltakEvent } from './tiltak.events.js';
import { foldTiltak } from './tiltak.evolve.js';
import type { TiltakState } from './tiltak.state.js';

/** A stored tiltak-stream event, its data upcast to the current version and checked. */
export function parseTiltakEvent(stored: StoredEvent): TiltakEvent {
  const { type } = stored;
  if (!isTiltakEventType(type)) {
    throw new StoredEventError('EVENT.UNKNOWN_TYPE', `${type} is not a tiltak event`, {
      type,
      streamId: stored.streamId,
    });
  }
  const data = readEventData<unknown>(tiltakEventSpecs[type], type, stored.schemaVersion, stored.data);
  // readEventData parsed `data` with the schema of `type`, so the pair is one member of the TiltakEvent union.
  return {
    eventId: stored.eventId,
    type,
    streamId: stored.streamId,
    revision: stored.revision,
    position: stored.position,
    recordedAt: stored.recordedAt,
    effectiveAt: stored.effectiveAt,
    reason: stored.reason,
    data,
  } as TiltakEvent;
}

/** The tiltak at (validAt, knownAt) from its stream's stored events; null if it did not exist then. */
export function tiltakAt(events: readonly StoredEvent[], at: TemporalPoint = {}): TiltakState | null {
  return foldTiltak(selectEventsAt(events.map(parseTiltakEvent), at));
}
