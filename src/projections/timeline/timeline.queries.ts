import type { EntityIndexes } from '../engine/entity-indexes.js';
import type { PointMs } from '../engine/entity-history.js';
import { pointOf } from '../engine/point.js';
import type { PlanAtQueries } from '../plan-at/index.js';
import type { ChangesPage, ChangesQuery, ReadModel, Timeline, TimelineOptions } from '../read-model.js';
import { buildTimeline, listChanges } from './timeline.js';
import type { TimelineEvent } from './timeline-event.js';

export type TimelineQueries = Pick<ReadModel, 'timeline' | 'changes'>;

/** A plan's timeline, and the changes of a range page by page, from the events its histories hold. */
export function timelineQueries(
  indexes: EntityIndexes,
  plans: Pick<PlanAtQueries, 'planAt'>,
): TimelineQueries {
  /** The plan's counting events as known at knownAt (any valid time), as the domain parsed them. */
  const countingEvents = (planId: string, knownAt: string | undefined): TimelineEvent[] => {
    const point: PointMs = { validMs: Number.POSITIVE_INFINITY, knownMs: pointOf({ knownAt }).knownMs };
    const events: TimelineEvent[] = [];
    for (const indexed of indexes.plans.get(planId)?.countingAt(point) ?? []) {
      events.push({ aggregate: 'plan', tiltakId: null, event: indexed.event });
    }
    for (const tiltakId of indexes.tiltakOfPlan.get(planId) ?? []) {
      for (const indexed of indexes.tiltak.get(tiltakId)?.countingAt(point) ?? []) {
        events.push({ aggregate: 'tiltak', tiltakId, event: indexed.event });
      }
    }
    return events;
  };

  return {
    timeline(planId: string, options: TimelineOptions): Timeline | null {
      if (!indexes.plans.has(planId)) return null;
      const { knownAt } = options;
      return buildTimeline({
        planId,
        from: options.from,
        to: options.to,
        interval: options.interval,
        knownAt: knownAt ?? null,
        planAt: (validAt) => plans.planAt(planId, { validAt, knownAt }),
        events: countingEvents(planId, knownAt),
      });
    },

    changes(planId: string, query: ChangesQuery): ChangesPage | null {
      if (!indexes.plans.has(planId)) return null;
      const { knownAt } = query;
      return listChanges({
        planId,
        from: query.from,
        to: query.to,
        knownAt: knownAt ?? null,
        planAt: (validAt) => plans.planAt(planId, { validAt, knownAt }),
        events: countingEvents(planId, knownAt),
        offset: query.offset,
        limit: query.limit,
      });
    },
  };
}
