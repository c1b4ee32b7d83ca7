import type { IndexedEvent } from './entity-history.js';
import type { EventSummary } from './read-model.js';

/** The envelope fields of a stored event, without its payload and hash chain: the one list of them. */
export function summaryOf(envelope: EventSummary): EventSummary {
  return {
    eventId: envelope.eventId,
    type: envelope.type,
    streamId: envelope.streamId,
    revision: envelope.revision,
    position: envelope.position,
    recordedAt: envelope.recordedAt,
    effectiveAt: envelope.effectiveAt,
    actor: envelope.actor,
    reason: envelope.reason,
    source: envelope.source,
    correlationId: envelope.correlationId,
  };
}

/** The summary of an indexed event. */
export function eventSummary(indexed: IndexedEvent<unknown>): EventSummary {
  return summaryOf(indexed.recorded);
}
