import type { IndexedEvent } from './entity-history.js';
import type { EventSummary } from '../read-model.js';

/** The envelope fields of a stored event, without its payload and hash chain. */
export function eventSummary(indexed: IndexedEvent<unknown>): EventSummary {
  const { recorded } = indexed;
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
