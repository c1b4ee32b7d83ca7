import { revisionHolds } from '../append-arguments.js';
import { VersionConflict } from '../errors.js';
import { eventFields, GENESIS_HASH, recordedEvent as recordedEventOf } from '../event-store.js';
import type { AppendResult, ExpectedRevision, RecordedEvent } from '../event-store.js';
import { computeEventHash, markHashedHere } from '../hash-chain.js';
import type { PreparedEvent } from '../new-event-input.js';
import { DuplicateEventId } from './sqlite-errors.js';
import type { EventStatements, InsertEventParameters } from './sqlite-statements.js';

export interface AppendRequest {
  streamId: string;
  events: readonly PreparedEvent[];
  expected: ExpectedRevision;
}

/**
 * Checks the expected revision against the stream as it stands inside the running transaction (so earlier appends
 * of the same batch count), then inserts the events with their hash chain. Runs inside a savepoint: on a throw
 * the caller rolls back this append only.
 *
 * An empty append only checks the revision; its result names the stream's last event (revision -1 and position 0
 * when the stream does not exist).
 */
export function appendToStream(
  statements: EventStatements,
  request: AppendRequest,
  recordedAt: string,
): AppendResult {
  const { streamId, expected } = request;
  const head = statements.streamHead(streamId);
  const actual = head === undefined ? 'no_stream' : head.revision;
  if (!revisionHolds(expected, actual)) throw new VersionConflict(streamId, expected, actual);

  const recorded: RecordedEvent[] = [];
  let prevHash = head?.hash ?? GENESIS_HASH;
  let revision = head === undefined ? 0n : head.revision + 1n;
  for (const event of request.events) {
    const effectiveAt = event.effectiveAt ?? recordedAt;
    const fields = eventFields(event, { streamId, revision, recordedAt, effectiveAt });
    const recordedEvent = recordedEventOf(fields, 0n, { prevHash, hash: computeEventHash(prevHash, fields) });
    recordedEvent.position = insertOrExplain(statements, event.eventId, [
      event.eventId,
      event.type,
      event.schemaVersion,
      streamId,
      revision,
      recordedAt,
      effectiveAt,
      event.actorJson,
      event.reason,
      event.correlationId,
      event.causationId,
      event.sourceJson,
      event.dataJson,
      prevHash,
      recordedEvent.hash,
    ]);
    markHashedHere(recordedEvent);
    recorded.push(recordedEvent);
    prevHash = recordedEvent.hash;
    revision += 1n;
  }

  const last = recorded.at(-1);
  return {
    streamId,
    revision: last?.revision ?? head?.revision ?? -1n,
    position: last?.position ?? head?.position ?? 0n,
    events: recorded,
  };
}

function insertOrExplain(statements: EventStatements, eventId: string, row: InsertEventParameters): bigint {
  try {
    return statements.insert(...row);
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' && String(message).includes('events.event_id')) {
      throw new DuplicateEventId(eventId);
    }
    throw error;
  }
}
