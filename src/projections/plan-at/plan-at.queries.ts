import type { EntityIndexes } from '../engine/entity-indexes.js';
import { eventSummary } from '../engine/event-summary.js';
import { pointOf } from '../engine/point.js';
import type { PlanSummary, PlanView, ReadModel, TemporalQuery, TiltakView } from '../read-model.js';
import { assemblePlanView } from './plan-view.assemble.js';
import { tiltakViewAt } from './tiltak-view.js';

/** What the plan-at read model answers; the other read models that need a plan tree take `planAt` from it. */
export type PlanAtQueries = Pick<ReadModel, 'listPlans' | 'planAt' | 'hasPlan'>;

/**
 * The plan tree at a point: the plan's state there and each of its tiltak's, assembled (plan-view.assemble.ts).
 * A read folds only the plan's own entities, so its cost follows the plan asked about, not the log.
 */
export function planAtQueries(indexes: EntityIndexes): PlanAtQueries {
  function planAt(planId: string, at: TemporalQuery = {}): PlanView | null {
    const point = pointOf(at);
    const plan = indexes.plans.get(planId)?.stateAt(point);
    if (plan === undefined || plan === null) return null;
    const tiltak: TiltakView[] = [];
    for (const tiltakId of indexes.tiltakOfPlan.get(planId) ?? []) {
      const view = tiltakViewAt(indexes, tiltakId, point);
      if (view !== null) tiltak.push(view);
    }
    return assemblePlanView(
      plan.state,
      { revision: plan.revision, lastChange: eventSummary(plan.lastChange) },
      tiltak,
    );
  }

  function listPlans(at: TemporalQuery = {}): PlanSummary[] {
    const summaries: PlanSummary[] = [];
    for (const planId of indexes.plans.keys()) {
      const view = planAt(planId, at);
      if (view === null) continue;
      summaries.push({
        planId: view.planId,
        title: view.title,
        period: view.period,
        owner: view.owner,
        publishedAt: view.publishedAt,
        tiltakCount: countTiltak(view),
      });
    }
    return summaries.sort((a, b) => a.title.localeCompare(b.title, 'nb') || (a.planId < b.planId ? -1 : 1));
  }

  return { planAt, listPlans, hasPlan: (planId) => indexes.plans.has(planId) };
}

function countTiltak(view: PlanView): number {
  let count = 0;
  for (const area of view.satsningsomrader)
    for (const inner of area.tiltaksomrader) count += inner.tiltak.length;
  return count;
}
