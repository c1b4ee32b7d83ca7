import { pointOf } from '../engine/point.js';
import type { TemporalQuery } from '../read-model.js';
import type { PlanStateKey, PlanStateKeys } from './plan-state-keys.js';

/**
 * Names the state planAt answers with at a point: equal keys (same version, same counts) give equal answers,
 * whatever the dates asked; a new event of the plan or its tiltak changes the version. For caching whole answers:
 * only the HTTP response cache asks, so it is not part of the ReadModel the routes read.
 */
export interface PlanStateKeySource {
  /** null for an unknown plan. */
  planStateKey(planId: string, at?: TemporalQuery): PlanStateKey | null;
}

export function planStateKeySource(keys: PlanStateKeys): PlanStateKeySource {
  return { planStateKey: (planId, at = {}) => keys.keyOf(planId, pointOf(at)) };
}
