import {
  evolvePlan,
  evolveTiltak,
  instantMillis,
  parseDomainEvent,
  retractionTarget,
  type PlanEvent,
  type PlanState,
  type TiltakEvent,
  type TiltakState,
} from '../domain/index.js';
import type { RecordedEvent } from '../store/event-store.js';
import { AuditIndex } from './audit-index.js';
import { EntityHistory } from './entity-history.js';
import type { EventLocation, EventSummary } from './read-model.js';

export type PlanHistory = EntityHistory<PlanState, PlanEvent>;
export type TiltakHistory = EntityHistory<TiltakState, TiltakEvent>;

/**
 * Every index the read side answers from, fed one stored event at a time in position order. Only this class
 * mutates them; the read model only reads. An event the domain cannot read is reported and left out, so one bad
 * row never stops the projections.
 */
export class ProjectionIndexes {
  readonly plans = new Map<string, PlanHistory>();
  readonly tiltak = new Map<string, TiltakHistory>();
  /** Tiltak ids per plan, in order of creation. */
  readonly tiltakOfPlan = new Map<string, string[]>();
  readonly locations = new Map<string, EventLocation>();
  readonly audit = new AuditIndex();
  #position: bigint | null = null;

  get position(): bigint | null {
    return this.#position;
  }

  /** Applies one event; throws (after advancing the position) when the domain cannot read it. */
  apply(recorded: RecordedEvent): void {
    this.#position = recorded.position;
    const parsed = parseDomainEvent(recorded);
    const summary = summarize(recorded);
    const base = {
      summary,
      effectiveMs: instantMillis(recorded.effectiveAt),
      recordedMs: instantMillis(recorded.recordedAt),
      retracts: retractionTarget(parsed),
    };
    this.locations.set(recorded.eventId, {
      eventId: recorded.eventId,
      streamId: recorded.streamId,
      aggregate: parsed.aggregate,
      aggregateId: parsed.aggregateId,
      type: recorded.type,
    });
    if (parsed.aggregate === 'plan') {
      const { aggregate: _aggregate, aggregateId: _aggregateId, ...event } = parsed;
      this.#planHistory(parsed.aggregateId).add({ ...base, event });
      this.audit.add(summary, recorded.data, { planId: parsed.aggregateId, tiltakId: null });
      return;
    }
    const { aggregate: _aggregate, aggregateId: tiltakId, ...event } = parsed;
    if (event.type === 'TiltakCreated' && !this.tiltak.has(tiltakId)) {
      const list = this.tiltakOfPlan.get(event.data.planId) ?? [];
      list.push(tiltakId);
      this.tiltakOfPlan.set(event.data.planId, list);
    }
    const history = this.#tiltakHistory(tiltakId);
    history.add({ ...base, event });
    this.audit.add(summary, recorded.data, { planId: planIdOf(history), tiltakId });
  }

  #planHistory(planId: string): PlanHistory {
    let history = this.plans.get(planId);
    if (history === undefined) {
      history = new EntityHistory<PlanState, PlanEvent>(evolvePlan);
      this.plans.set(planId, history);
    }
    return history;
  }

  #tiltakHistory(tiltakId: string): TiltakHistory {
    let history = this.tiltak.get(tiltakId);
    if (history === undefined) {
      history = new EntityHistory<TiltakState, TiltakEvent>(evolveTiltak);
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

function summarize(recorded: RecordedEvent): EventSummary {
  return {
    eventId: recorded.eventId,
    type: recorded.type,
    streamId: recorded.streamId,
    revision: recorded.revision,
    position: recorded.position,
    recordedAt: recorded.recordedAt,
    effectiveAt: recorded.effectiveAt,
    actor: recorded.actor,
    reason: recorded.reason,
    source: recorded.source,
    correlationId: recorded.correlationId,
  };
}
