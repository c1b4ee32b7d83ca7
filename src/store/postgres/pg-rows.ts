import type { Actor, EventSource, RecordedEvent } from '../event-store.js';

/** The columns of the events table, in the order every SELECT of this adapter names them. */
export const EVENT_COLUMNS =
  'position, event_id, type, schema_version, stream_id, revision, recorded_at, effective_at, actor, reason, ' +
  'correlation_id, causation_id, source, data, prev_hash, hash';

/** A row as the driver returns it: bigint columns arrive as decimal strings (the driver's default for int8). */
export interface EventRow {
  position: string;
  event_id: string;
  type: string;
  schema_version: number;
  stream_id: string;
  revision: string;
  recorded_at: string;
  effective_at: string;
  actor: string;
  reason: string | null;
  correlation_id: string;
  causation_id: string | null;
  source: string;
  data: string;
  prev_hash: string;
  hash: string;
}

/** JSON columns hold the canonical JSON text the hash was computed over, so parsing gives back the hashed value. */
export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    streamId: row.stream_id,
    revision: BigInt(row.revision),
    position: BigInt(row.position),
    recordedAt: row.recorded_at,
    effectiveAt: row.effective_at,
    actor: JSON.parse(row.actor) as Actor,
    reason: row.reason,
    correlationId: row.correlation_id,
    causationId: row.causation_id,
    source: JSON.parse(row.source) as EventSource,
    data: JSON.parse(row.data) as unknown,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
