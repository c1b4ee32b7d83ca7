import type { ParsedEvent } from '../shared/stored-event.js';
import { EVENT_RETRACTED, retractionTarget } from './retraction.events.js';

/**
 * What an event brings into being and what it needs to exist, as keys like `grant:<id>` or `goal:<id>`: a
 * retraction may not take away something later events still refer to.
 */
export interface EventReferences {
  introduces: readonly string[];
  refersTo: readonly string[];
}

export interface LedgerEntry {
  event: ParsedEvent;
  /** The id of the retraction that took it out, or null while it counts. */
  retractedBy: string | null;
  references: EventReferences;
}

/** Every event of one stream as read (all of it, whatever its valid time), by event id. */
export type StreamLedger = ReadonlyMap<string, LedgerEntry>;

export function buildLedger<E extends ParsedEvent>(
  events: readonly E[],
  referencesOf: (event: E) => EventReferences,
): StreamLedger {
  const retractedBy = new Map<string, string>();
  for (const event of events) {
    const target = retractionTarget(event);
    if (target !== null) retractedBy.set(target, event.eventId);
  }
  const ledger = new Map<string, LedgerEntry>();
  for (const event of events) {
    ledger.set(event.eventId, {
      event,
      retractedBy: retractedBy.get(event.eventId) ?? null,
      references: event.type === EVENT_RETRACTED ? NO_REFERENCES : referencesOf(event),
    });
  }
  return ledger;
}

export const NO_REFERENCES: EventReferences = { introduces: [], refersTo: [] };
