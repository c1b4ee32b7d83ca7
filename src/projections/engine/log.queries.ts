import type { EventLocation, ReadModel } from '../read-model.js';
import type { ProjectionIndexes } from './projection-indexes.js';
import type { ProjectionRunner } from './projection-runner.js';

export type LogQueries = Pick<
  ReadModel,
  'locateEvent' | 'planOfTiltak' | 'position' | 'isCaughtUp' | 'waitForPosition'
> & {
  /** Whether the subscription follows the store now (readiness asks). */
  isSubscribed(): boolean;
  stop(): Promise<void>;
};

/** Where the projections are in the log, and where in it an event or a tiltak lives. */
export function logQueries(indexes: ProjectionIndexes, runner: ProjectionRunner): LogQueries {
  return {
    locateEvent(eventId: string): EventLocation | null {
      const indexed = indexes.eventIds.get(eventId);
      if (indexed === undefined) return null;
      const { recorded, planId, tiltakId } = indexed;
      const [aggregate, aggregateId] =
        tiltakId === null ? (['plan', planId] as const) : (['tiltak', tiltakId] as const);
      if (aggregateId === null) return null;
      return { eventId, streamId: recorded.streamId, aggregate, aggregateId, type: recorded.type };
    },
    planOfTiltak: (tiltakId) => indexes.tiltak.get(tiltakId)?.events[0]?.planId ?? null,
    position: () => indexes.position,
    isCaughtUp: () => runner.caughtUp,
    isSubscribed: () => runner.subscribed,
    waitForPosition: (position, timeoutMs) => runner.waitForPosition(position, timeoutMs),
    stop: () => runner.stop(),
  };
}
