/**
 * The domain's own view of a stored event: the envelope fields it reads, structurally compatible with the store's
 * RecordedEvent (which the domain may not import). Revision and position are bigints as in the store.
 */
export interface StoredEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  streamId: string;
  revision: bigint;
  position: bigint;
  /** Transaction time: when the system learned it (ISO 8601 instant). */
  recordedAt: string;
  /** Valid time: when it happened in the world (ISO 8601 instant). */
  effectiveAt: string;
  reason: string | null;
  data: unknown;
}

/** A stored event whose data has been upcast to the current schema version and parsed. */
export interface ParsedEvent<Type extends string = string, Data = unknown> {
  eventId: string;
  type: Type;
  streamId: string;
  revision: bigint;
  position: bigint;
  recordedAt: string;
  effectiveAt: string;
  reason: string | null;
  data: Data;
}

/**
 * An event decided by the domain, not yet stored. The caller adds eventId, actor, correlation and source.
 * `effectiveAt` null means "when it is recorded" (the store sets it to recordedAt).
 */
export interface EventDraft<Type extends string = string, Data = unknown> {
  type: Type;
  schemaVersion: number;
  data: Data;
  effectiveAt: string | null;
  reason: string | null;
}
