import type { IndexedEvent, PointMs } from '../engine/entity-history.js';
import type { EntityIndexes } from '../engine/entity-indexes.js';
import { eventSummary } from '../engine/event-summary.js';
import { pointOf } from '../engine/point.js';
import type { PlanAtQueries } from '../plan-at/index.js';
import type { PlanDiff, ReadModel, TemporalQuery } from '../read-model.js';
import { diffPlans, type DiffExplainer, type EventsAtBothPoints } from './plan-diff.js';

export type DiffQueries = Pick<ReadModel, 'diff'>;

/** The plan at two points compared; the events that explain an entry are gathered only for the entries shown. */
export function diffQueries(indexes: EntityIndexes, plans: Pick<PlanAtQueries, 'planAt'>): DiffQueries {
  return {
    diff(planId: string, from: TemporalQuery, to: TemporalQuery): PlanDiff | null {
      const plan = indexes.plans.get(planId);
      if (plan === undefined) return null;
      const [fromPoint, toPoint] = [pointOf(from), pointOf(to)];
      const bothPoints = (history: { countingAt(point: PointMs): IndexedEvent<unknown>[] } | undefined) => {
        const at = (point: PointMs) => (history?.countingAt(point) ?? []).map(eventSummary);
        return { from: at(fromPoint), to: at(toPoint) } satisfies EventsAtBothPoints;
      };
      const explainer: DiffExplainer = {
        planId,
        from,
        to,
        planEvents: () => bothPoints(plan),
        tiltakEvents: (tiltakId) => bothPoints(indexes.tiltak.get(tiltakId)),
      };
      return diffPlans(plans.planAt(planId, from), plans.planAt(planId, to), explainer);
    },
  };
}
