import { StoredEventError } from '../shared/event-errors.js';
import { readEventData } from '../shared/event-registry.js';
import type { StoredEvent } from '../shared/stored-event.js';
import { selectEventsAt, type TemporalPoint } from '../time/temporal-selection.js';
import { isPlanEventType, planEventSpecs, type PlanEvent } from './plan.events.js';
import { foldPlan } from './plan.evolve.js';
import type { PlanState } from './plan.state.js';

/** A stored plan-stream event, its data upcast to the current version and checked. */
export function parsePlanEvent(stored: StoredEvent): PlanEvent {
  const { type } = stored;
  if (!isPlanEventType(type)) {
    throw new StoredEventError('EVENT.UNKNOWN_TYPE', `${type} is not a plan event`, {
      type,
      streamId: stored.streamId,
    });
  }
  const data = readEventData<unknown>(planEventSpecs[type], type, stored.schemaVersion, stored.data);
  // readEventData parsed `data` with the schema of `type`, so the pair is one member of the PlanEvent union.
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
  } as PlanEvent;
}

/** The plan at (validAt, knownAt) from its stream's stored events; null if it did not exist then. */
export function planAt(events: readonly StoredEvent[], at: TemporalPoint = {}): PlanState | null {
  return foldPlan(selectEventsAt(events.map(parsePlanEvent), at));
}
