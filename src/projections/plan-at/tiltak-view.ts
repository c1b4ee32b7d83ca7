import type { TiltakState } from '../../domain/index.js';
import type { Actor } from '../../store/index.js';
import type { PointMs } from '../engine/entity-history.js';
import type { EntityIndexes } from '../engine/entity-indexes.js';
import type { EventIdIndex } from '../engine/event-id-index.js';
import { eventSummary } from '../engine/event-summary.js';
import type { EventSummary, TiltakView } from '../read-model.js';

/** One tiltak as the events that count at the point make it; null where it did not exist then. */
export function tiltakViewAt(indexes: EntityIndexes, tiltakId: string, point: PointMs): TiltakView | null {
  const found = indexes.tiltak.get(tiltakId)?.stateAt(point);
  if (found === undefined || found === null) return null;
  return tiltakView(found.state, found.revision, eventSummary(found.lastChange), indexes.eventIds);
}

/** The actor of a note's event; every note comes from an applied event, so the index has it. */
function noteAuthor(eventIds: EventIdIndex, eventId: string): Actor {
  const indexed = eventIds.get(eventId);
  if (indexed === undefined) throw new Error(`note event ${eventId} is not indexed`);
  return indexed.recorded.actor;
}

/**
 * The view spelled out field by field rather than `{ ...state, revision, lastChange }`: a spread of a state held
 * in the old generation was most of a plan read, and its copies outlived young-generation GCs
 * (docs/performance.md). A field added to TiltakState must be added here.
 */
function tiltakView(
  state: TiltakState,
  revision: bigint,
  lastChange: EventSummary,
  eventIds: EventIdIndex,
): TiltakView {
  return {
    tiltakId: state.tiltakId,
    planId: state.planId,
    tiltaksomradeId: state.tiltaksomradeId,
    number: state.number,
    title: state.title,
    description: state.description,
    status: state.status,
    lastKnownStatus: state.lastKnownStatus,
    responsible: state.responsible,
    participants: state.participants,
    responsibleAsWritten: state.responsibleAsWritten,
    alsoTiltaksomradeIds: state.alsoTiltaksomradeIds,
    funding: state.funding,
    statusHistory: state.statusHistory,
    notes: state.notes.map((note) => ({
      eventId: note.eventId,
      effectiveAt: note.effectiveAt,
      text: note.text,
      author: noteAuthor(eventIds, note.eventId),
    })),
    createdAt: state.createdAt,
    revision,
    lastChange,
  };
}
