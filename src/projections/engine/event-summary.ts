import type { IndexedEvent } from './entity-history.js';
import type { EventSummary } from '../read-model.js';

/** The envelope fields of a stored event, without its payload and hash chain. */
export function eventSummary(indexed: IndexedEvent<unknown>): EventSummary {
  return summaryOf(indexed.recorded);
}

/** The envelope alone, of anything that carries one (a stored record, a parsed event, a summary with more). */
export function summaryOf(event: EventSummary): EventSummary {
  return {
    eventId: event.eventId,
    type: event.type,
    streamId: event.streamId,
    revision: event.revision,
    position: event.position,
    recordedAt: event.recordedAt,
    effectiveAt: event.effectiveAt,
    actor: event.actor,
    reason: event.reason,
    source: event.source,
    correlationId: event.correlationId,
  };
}
