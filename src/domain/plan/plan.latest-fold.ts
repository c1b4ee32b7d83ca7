import { selectEventsAt } from '../time/temporal-selection.js';
import { extendValidTimeEnd, validTimeEndOf, type ValidTimeEnd } from '../time/valid-time-end.js';
import type { PlanEvent } from './plan.events.js';
import { evolvePlan, foldPlan } from './plan.evolve.js';
import type { PlanState } from './plan.state.js';

/** A plan stream folded whole: every counting event, at any valid time, as known now. Pure data. */
export interface PlanLatestFold extends ValidTimeEnd {
  state: PlanState | null;
}

export function latestPlanFold(events: readonly PlanEvent[]): PlanLatestFold {
  const counting = selectEventsAt(events);
  return { state: foldPlan(counting), ...validTimeEndOf(counting) };
}

/**
 * `fold` with `newer` (the events recorded after those it covers) applied when they come last in valid time and
 * retract nothing; null otherwise (fold the whole stream then). A plan step copies what it changes, so `fold`
 * stays as it was.
 */
export function carryPlanFoldForward(
  fold: PlanLatestFold,
  newer: readonly PlanEvent[],
): PlanLatestFold | null {
  const end = extendValidTimeEnd(fold, newer);
  if (end === null) return null;
  if (newer.length === 0) return fold;
  return { state: newer.reduce<PlanState | null>(evolvePlan, fold.state), ...end };
}
