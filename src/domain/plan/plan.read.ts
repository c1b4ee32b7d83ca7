import { parseStoredEvent, readTrustedStoredEvent } from '../shared/event-registry.js';
import type { StoredEvent } from '../shared/stored-event.js';
import { selectEventsAt, type TemporalPoint } from '../time/temporal-selection.js';
import { planEventSpecs, type PlanEvent } from './plan.events.js';
import { foldPlan } from './plan.evolve.js';
import type { PlanState } from './plan.state.js';

/** A stored plan-stream event, its data upcast to the current version and checked. */
export function parsePlanEvent(stored: StoredEvent): PlanEvent {
  return parseStoredEvent<PlanEvent>(stored, planEventSpecs, 'plan');
}

/** A stored plan-stream event as a replay of the log reads it: current-version data as stored. */
export function readTrustedPlanEvent(stored: StoredEvent): PlanEvent {
  return readTrustedStoredEvent<PlanEvent>(stored, planEventSpecs, 'plan');
}

/** The plan at (validAt, knownAt) from its stream's stored events; null if it did not exist then. */
export function planAt(events: readonly StoredEvent[], at: TemporalPoint = {}): PlanState | null {
  return foldPlan(selectEventsAt(events.map(parsePlanEvent), at));
}
