import { createHash } from 'node:crypto';
import type { JSONEventData, JSONType, Position } from '@eventstore/db-client';
import { z } from 'zod';
import { StoreSchemaMismatch } from '../errors.js';
import {
  eventFields,
  recordedEvent as recordedEventOf,
  type Actor,
  type EventSource,
  type RecordedEvent,
} from '../event-store.js';
import type { HashedEventFields } from '../hash-chain.js';
import type { PreparedEvent } from '../new-event-input.js';

/*
 * How one of our events sits in EventStoreDB (docs/eventstoredb.md, "Mapping"): the payload is the JSON event data,
 * the event type is ours, the ESDB event id is our eventId, and the rest of the envelope is the JSON metadata,
 * with the ESDB conventions `$correlationId` and `$causationId` beside our own fields.
 */

// Loose objects: members beyond the known ones were hashed when written, so they must come back as they were.
const actorSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  organization: z.string().optional(),
});

const sourceSchema = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('api') }),
  z.looseObject({ kind: z.literal('import'), document: z.string(), locator: z.string() }),
  z.looseObject({ kind: z.literal('system') }),
]);

const metadataSchema = z.object({
  eventId: z.string(),
  schemaVersion: z.number().int(),
  recordedAt: z.string(),
  effectiveAt: z.string(),
  actor: actorSchema,
  reason: z.string().nullable(),
  correlationId: z.string(),
  causationId: z.string().nullable(),
  source: sourceSchema,
  prevHash: z.string(),
  hash: z.string(),
});

/**
 * The metadata JSON of one event as written: the envelope beside the payload, and ESDB's own conventions.
 * (A type alias, not an interface, so that it counts as the JSON record the client's EventData asks for.)
 */
export type EventMetadata = {
  eventId: string;
  schemaVersion: number;
  recordedAt: string;
  effectiveAt: string;
  actor: Actor;
  reason: string | null;
  correlationId: string;
  causationId: string | null;
  source: EventSource;
  prevHash: string;
  hash: string;
  $correlationId: string;
  $causationId?: string;
};

/** The fields of an ESDB recorded event this module reads (structurally the client's RecordedEvent). */
export interface EsdbRecordedEvent {
  streamId: string;
  id: string;
  type: string;
  revision: bigint;
  isJson: boolean;
  data: unknown;
  metadata: unknown;
  position?: Position | undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The ESDB event id for our eventId. Ours are uuids and are used as they are (the server answers in lower case);
 * any other string maps to a stable name-based uuid (RFC 9562 version 8, from sha256), so that ESDB's own
 * idempotency by event id still holds. The eventId itself is kept in the metadata either way.
 */
export function toEsdbEventId(eventId: string): string {
  if (UUID.test(eventId)) return eventId.toLowerCase();
  const bytes = createHash('sha256').update(`samhandlingsplan:event:${eventId}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The fields of a checked new event (see prepareNewEvent) as they are stored and hashed at its place in the stream.
 * effectiveAt defaults to recordedAt.
 */
export function toStoredFields(
  event: PreparedEvent,
  place: { streamId: string; revision: bigint; recordedAt: string },
): HashedEventFields {
  const effectiveAt = event.effectiveAt ?? place.recordedAt;
  return eventFields(event, {
    streamId: place.streamId,
    revision: place.revision,
    recordedAt: place.recordedAt,
    effectiveAt,
  });
}

export function toEventMetadata(fields: HashedEventFields, prevHash: string, hash: string): EventMetadata {
  const metadata: EventMetadata = {
    eventId: fields.eventId,
    schemaVersion: fields.schemaVersion,
    recordedAt: fields.recordedAt,
    effectiveAt: fields.effectiveAt,
    actor: fields.actor,
    reason: fields.reason,
    correlationId: fields.correlationId,
    causationId: fields.causationId,
    source: fields.source,
    prevHash,
    hash,
    $correlationId: fields.correlationId,
  };
  if (fields.causationId !== null) metadata.$causationId = fields.causationId;
  return metadata;
}

/** The proposed ESDB event for stored fields and their hashes. */
export function toEventData(fields: HashedEventFields, prevHash: string, hash: string): JSONEventData {
  return {
    id: toEsdbEventId(fields.eventId),
    contentType: 'application/json',
    type: fields.type,
    data: fields.data as JSONType,
    metadata: toEventMetadata(fields, prevHash, hash),
  };
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
}

/**
 * Our event from an ESDB recorded event of one of our streams. `streamId` is our id (prefix removed) and
 * `position` our bigint position. An event that does not carry our envelope is a StoreSchemaMismatch: it was
 * written by something else into a stream we consider ours.
 */
export function fromEsdbRecordedEvent(
  recorded: EsdbRecordedEvent,
  streamId: string,
  position: bigint,
): RecordedEvent {
  if (!recorded.isJson) {
    throw new StoreSchemaMismatch(`event ${recorded.id} in stream ${recorded.streamId} is not JSON`);
  }
  const parsed = metadataSchema.safeParse(recorded.metadata);
  if (!parsed.success) {
    throw new StoreSchemaMismatch(
      `event ${recorded.id} in stream ${recorded.streamId} has no samhandlingsplan envelope: ${describeIssues(parsed.error)}`,
    );
  }
  const metadata = parsed.data;
  const fields = eventFields(
    { ...metadata, type: recorded.type, data: recorded.data },
    {
      streamId,
      revision: recorded.revision,
      recordedAt: metadata.recordedAt,
      effectiveAt: metadata.effectiveAt,
    },
  );
  return recordedEventOf(fields, position, metadata);
}
