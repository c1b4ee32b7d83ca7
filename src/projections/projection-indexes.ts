import {
  evolvePlan,
  evolveTiltak,
  instantMillis,
  parsePlanEvent,
  parseStreamId,
  parseTiltakEvent,
  retractionTarget,
  StoredEventError,
  type PlanEvent,
  type PlanState,
  type TiltakEvent,
  type TiltakState,
} from '../domain/index.js';
import type { RecordedEvent } from '../store/event-store.js';
import { AuditIndex } from './audit-index.js';
import { EntityHistory, type IndexedEvent, type ProjectedRecord } from './entity-history.js';
import { PlanStateKeys } from './plan-state-keys.js';

export type PlanHistory = EntityHistory<PlanState, PlanEvent>;
export type TiltakHistory = EntityHistory<TiltakState, TiltakEvent>;

/**
 * Every index the read side answers from, fed one stored event at a time in position order. Only this class
 * mutates them; the read model only reads. An event the domain cannot read is reported and left out, so one bad
 * row never stops the projections. Every index refers to the one IndexedEvent of each event: no copies.
 */
export class ProjectionIndexes {
  readonly plans = new Map<string, PlanHistory>();
  readonly tiltak = new Map<string, TiltakHistory>();
  /** Tiltak ids per plan, in order of creation. */
  readonly tiltakOfPlan = new Map<string, string[]>();
  /** Every event by id (locateEvent). */
  readonly byEventId = new Map<string, IndexedEvent<PlanEvent | TiltakEvent>>();
  readonly audit = new AuditIndex();
  /** Per plan, the times its answers change at (planStateKey). */
  readonly planStateKeys = new PlanStateKeys();
  #position: bigint | null = null;
  readonly #checkpointEvery: number | undefined;

  /** checkpointEvery: the valid-time index keeps a state after every n-th event (tests vary it). */
  constructor(options: { checkpointEvery?: number | undefined } = {}) {
    this.#checkpointEvery = options.checkpointEvery;
  }

  get position(): bigint | null {
    return this.#position;
  }

  /** Applies one event; throws (after advancing the position) when the domain cannot read it. */
  apply(stored: RecordedEvent): void {
    this.#position = stored.position;
    const recorded = withoutHashChain(stored);
    // The domain's parsers per aggregate (what parseDomainEvent dispatches to), without its envelope copy.
    const stream = parseStreamId(recorded.streamId);
    if (stream === null) {
      throw new StoredEventError(
        'EVENT.UNKNOWN_TYPE',
        `${recorded.streamId} is not a plan or tiltak stream`,
        {
          streamId: recorded.streamId,
          type: recorded.type,
        },
      );
    }
    const effectiveMs = instantMillis(recorded.effectiveAt);
    const recordedMs = instantMillis(recorded.recordedAt);
    let indexed: IndexedEvent<PlanEvent | TiltakEvent>;
    if (stream.kind === 'plan') {
      const event = parsePlanEvent(recorded);
      const planIndexed: IndexedEvent<PlanEvent> = {
        recorded,
        event,
        effectiveMs,
        recordedMs,
        retracts: retractionTarget(event),
        planId: stream.id,
        tiltakId: null,
      };
      this.#planHistory(stream.id).add(planIndexed);
      indexed = planIndexed;
    } else {
      const tiltakId = stream.id;
      const event = parseTiltakEvent(recorded);
      if (event.type === 'TiltakCreated' && !this.tiltak.has(tiltakId)) {
        const list = this.tiltakOfPlan.get(event.data.planId) ?? [];
        list.push(tiltakId);
        this.tiltakOfPlan.set(event.data.planId, list);
      }
      const history = this.#tiltakHistory(tiltakId);
      const tiltakIndexed: IndexedEvent<TiltakEvent> = {
        recorded,
        event,
        effectiveMs,
        recordedMs,
        retracts: retractionTarget(event),
        planId: planIdOf(history) ?? (event.type === 'TiltakCreated' ? event.data.planId : null),
        tiltakId,
      };
      history.add(tiltakIndexed);
      indexed = tiltakIndexed;
    }
    this.byEventId.set(recorded.eventId, indexed);
    this.audit.add(indexed);
    if (indexed.planId !== null) {
      this.planStateKeys.add(indexed.planId, recorded.position, recordedMs, effectiveMs);
    }
  }

  #planHistory(planId: string): PlanHistory {
    let history = this.plans.get(planId);
    if (history === undefined) {
      history = new EntityHistory<PlanState, PlanEvent>(evolvePlan, this.#checkpointEvery);
      this.plans.set(planId, history);
    }
    return history;
  }

  #tiltakHistory(tiltakId: string): TiltakHistory {
    let history = this.tiltak.get(tiltakId);
    if (history === undefined) {
      history = new EntityHistory<TiltakState, TiltakEvent>(evolveTiltak, this.#checkpointEvery);
      this.tiltak.set(tiltakId, history);
    }
    return history;
  }
}

/** The plan a tiltak belongs to: named by its creation, the stream's first event. */
export function planIdOf(history: TiltakHistory): string | null {
  const first = history.events[0]?.event;
  return first?.type === 'TiltakCreated' ? first.data.planId : null;
}

/** The envelope without its two 64-character hashes: a sixth of what an event costs in memory. */
function withoutHashChain(stored: RecordedEvent): ProjectedRecord {
  return {
    eventId: stored.eventId,
    type: stored.type,
    schemaVersion: stored.schemaVersion,
    streamId: stored.streamId,
    revision: stored.revision,
    position: stored.position,
    recordedAt: stored.recordedAt,
    effectiveAt: stored.effectiveAt,
    actor: stored.actor,
    reason: stored.reason,
    correlationId: stored.correlationId,
    causationId: stored.causationId,
    source: stored.source,
    data: stored.data,
  };
}
