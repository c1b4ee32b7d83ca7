import { deepEqual } from '../shared/deep-equal.js';
import type { EventDraft } from '../shared/stored-event.js';
import { EVENT_RETRACTED, type EventRetractedData } from './retraction.events.js';
import { RetractionError } from './retraction.errors.js';
import type { LedgerEntry, StreamLedger } from './stream-ledger.js';

/**
 * The rules every retraction follows, in every stream: the event is in this stream, counts now, is not itself a
 * retraction and is not the stream's creation (`creationType`: TiltakCreated, PlanCreated).
 */
function checkRetractable(ledger: StreamLedger, eventId: string, creationType: string): LedgerEntry {
  const entry = ledger.get(eventId);
  if (entry === undefined) {
    throw new RetractionError('RETRACTION.EVENT_NOT_IN_STREAM', `no event ${eventId} in this stream`, {
      eventId,
    });
  }
  if (entry.event.type === EVENT_RETRACTED) {
    throw new RetractionError('RETRACTION.CANNOT_RETRACT_RETRACTION', 'a retraction cannot be retracted', {
      eventId,
    });
  }
  if (entry.event.type === creationType) {
    throw new RetractionError('RETRACTION.CREATION_NOT_RETRACTABLE', `${creationType} cannot be retracted`, {
      eventId,
    });
  }
  if (entry.retractedBy !== null) {
    throw new RetractionError('RETRACTION.ALREADY_RETRACTED', `event ${eventId} is already retracted`, {
      eventId,
      retractedBy: entry.retractedBy,
    });
  }
  return entry;
}

/**
 * Nothing that still counts may refer to what the retracted event introduced (a withdrawal to its grant, a
 * revision to its goal), unless a correction's replacement brings the same thing back (`reintroduced`).
 */
function checkNoDependents(
  ledger: StreamLedger,
  entry: LedgerEntry,
  reintroduced: readonly string[] = [],
): void {
  const kept = new Set(reintroduced);
  const lost = entry.references.introduces.filter((key) => !kept.has(key));
  const dependents = [...ledger.values()]
    .filter((other) => other.retractedBy === null && other.event.eventId !== entry.event.eventId)
    .filter((other) => other.references.refersTo.some((key) => lost.includes(key)))
    .map((other) => other.event.eventId);
  if (dependents.length > 0) {
    throw new RetractionError(
      'RETRACTION.EVENT_HAS_DEPENDENTS',
      `later events refer to what event ${entry.event.eventId} introduced; retract them first`,
      { eventId: entry.event.eventId, dependentEventIds: dependents },
    );
  }
}

/** The EventRetracted draft: effective when recorded, since it corrects knowledge, not the world. */
function retractionDraft(
  entry: LedgerEntry,
  reason: string,
): EventDraft<typeof EVENT_RETRACTED, EventRetractedData> {
  return {
    type: EVENT_RETRACTED,
    schemaVersion: 1,
    data: { retractedEventId: entry.event.eventId, retractedType: entry.event.type },
    effectiveAt: null,
    reason,
  };
}

/** A correction replaces an event with one of the same type that differs from it in data or valid time. */
function checkCorrection(entry: LedgerEntry, replacement: readonly EventDraft[]): void {
  const types = replacement.map((draft) => draft.type);
  if (types.length !== 1 || types[0] !== entry.event.type) {
    throw new RetractionError(
      'RETRACTION.REPLACEMENT_TYPE_MISMATCH',
      `a correction of ${entry.event.type} must record one ${entry.event.type}`,
      { retractedType: entry.event.type, replacementTypes: types },
    );
  }
  const [draft] = replacement;
  if (
    draft !== undefined &&
    deepEqual(draft.data, entry.event.data) &&
    (draft.effectiveAt ?? entry.event.effectiveAt) === entry.event.effectiveAt
  ) {
    throw new RetractionError(
      'RETRACTION.CORRECTION_CHANGES_NOTHING',
      'the replacement is the same as the event it corrects',
      { eventId: entry.event.eventId },
    );
  }
}

/** How one aggregate's stream takes part in retractions: its creation, and what its events refer to. */
export interface RetractableStream<Draft extends EventDraft> {
  /** The stream's first event, which cannot be retracted (TiltakCreated, PlanCreated). */
  creationType: string;
  /** What a decided event introduces: a correction may bring back what the retracted event introduced. */
  introducedBy: (draft: Draft) => readonly string[];
}

/**
 * A retraction of `eventId` (rules 1-5 of docs/domain.md, "Retractions and corrections"); `check` adds the
 * aggregate's own rule (a status report may not leave the next one an invalid step).
 */
export function decideRetraction<Draft extends EventDraft>(
  stream: RetractableStream<Draft>,
  ledger: StreamLedger,
  request: { eventId: string; reason: string },
  check?: (entry: LedgerEntry) => void,
): EventDraft<typeof EVENT_RETRACTED, EventRetractedData>[] {
  const entry = checkRetractable(ledger, request.eventId, stream.creationType);
  checkNoDependents(ledger, entry);
  check?.(entry);
  return [retractionDraft(entry, request.reason)];
}

/**
 * A correction: the retraction of `eventId` and the replacement, decided by `decideReplacement` against the
 * stream without the retracted event. The replacement records one event of the same type that differs from it,
 * and may bring back what it introduced (a withdrawn grant corrected under the same grant id).
 */
export function decideCorrection<Draft extends EventDraft>(
  stream: RetractableStream<Draft>,
  ledger: StreamLedger,
  request: { eventId: string; reason: string },
  decideReplacement: () => Draft[],
): (Draft | EventDraft<typeof EVENT_RETRACTED, EventRetractedData>)[] {
  const entry = checkRetractable(ledger, request.eventId, stream.creationType);
  const drafts = decideReplacement();
  checkCorrection(entry, drafts);
  checkNoDependents(ledger, entry, drafts.flatMap(stream.introducedBy));
  return [retractionDraft(entry, request.reason), ...drafts];
}
