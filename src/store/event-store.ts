/**
 * The EventStore port (DESIGN.md §2, §4). Every adapter (SQLite, EventStoreDB) implements it and passes the one
 * contract suite in tests/contract. Revisions are 0-based per stream; positions are the global order, strictly
 * increasing but not necessarily contiguous. Both are bigint inside and decimal strings in JSON.
 */

/** Who made a change: always taken from the credentials, never from a request body or header. */
export interface Actor {
  id: string;
  name: string;
  role: string;
  organization?: string | undefined;
}

/** Where an event came from: the API, or an imported document with a locator into its source text. */
export type EventSource =
  | {
      kind: 'api';
      /**
       * With an Idempotency-Key: the sha256 of the request (method, path, If-Match, body) the key came with, so
       * that a retry is decided from the durable events themselves (docs/api.md, "Idempotency-Key").
       */
      requestDigest?: string;
      /** On the event a correction records: the id of the event it corrects (which came from the API too). */
      correctionOf?: string;
    }
  | {
      kind: 'import';
      document: string;
      locator: string;
      /** On the event a correction records: it keeps the corrected event's document and locator, and says so. */
      correctionOf?: string;
    }
  | { kind: 'system' };

/** What a writer hands to `append`: the envelope fields the store does not assign itself. */
export interface NewEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  /** Valid time (ISO 8601 UTC). When absent the store sets it to `recordedAt`. */
  effectiveAt?: string | undefined;
  actor: Actor;
  reason?: string | null | undefined;
  correlationId: string;
  causationId?: string | null | undefined;
  source: EventSource;
}

/** What the domain decided of an event (or what an earlier record of it says): its type, payload and valid time. */
export interface NewEventBody {
  type: string;
  schemaVersion: number;
  data: unknown;
  effectiveAt?: string | null | undefined;
  reason?: string | null | undefined;
}

/** Who recorded an event and why: the rest of a NewEvent. */
export interface NewEventEnvelope {
  eventId: string;
  actor: Actor;
  correlationId: string;
  causationId?: string | null | undefined;
  source: EventSource;
}

/** A NewEvent from its body and its envelope: the one place its fields are listed. A null effectiveAt is left out. */
export function newEvent(body: NewEventBody, envelope: NewEventEnvelope): NewEvent {
  return {
    eventId: envelope.eventId,
    type: body.type,
    schemaVersion: body.schemaVersion,
    data: body.data,
    effectiveAt: body.effectiveAt ?? undefined,
    actor: envelope.actor,
    reason: body.reason,
    correlationId: envelope.correlationId,
    causationId: envelope.causationId,
    source: envelope.source,
  };
}

/** An event as stored: the whole envelope of DESIGN.md §2. */
export interface RecordedEvent {
  eventId: string;
  type: string;
  schemaVersion: number;
  streamId: string;
  revision: bigint;
  position: bigint;
  /** Transaction time (ISO 8601 UTC, millisecond precision), assigned by the store, non-decreasing in position order. */
  recordedAt: string;
  /** Valid time (ISO 8601 UTC). */
  effectiveAt: string;
  actor: Actor;
  reason: string | null;
  correlationId: string;
  causationId: string | null;
  source: EventSource;
  data: unknown;
  /** sha256 hex of the previous event of the same stream ('' for revision 0 is represented by GENESIS_HASH). */
  prevHash: string;
  /** sha256 hex over prevHash and the canonical JSON of this event (docs/canonical-json.md). */
  hash: string;
}

/** An event's envelope and data without its position and hash chain: what its hash covers (hash-chain.ts). */
export type EventFields = Omit<RecordedEvent, 'position' | 'prevHash' | 'hash'>;

/** A writer's fields, checked (store/new-event-input.ts): a NewEvent with its optional fields settled. */
export interface WrittenFields {
  eventId: string;
  type: string;
  schemaVersion: number;
  actor: Actor;
  reason: string | null;
  correlationId: string;
  causationId: string | null;
  source: EventSource;
  data: unknown;
}

/** The EventFields of a written event at its place: the one place their list is spelled out. */
export function eventFields(
  event: WrittenFields,
  place: { streamId: string; revision: bigint; recordedAt: string; effectiveAt: string },
): EventFields {
  return {
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    streamId: place.streamId,
    revision: place.revision,
    recordedAt: place.recordedAt,
    effectiveAt: place.effectiveAt,
    actor: event.actor,
    reason: event.reason,
    correlationId: event.correlationId,
    causationId: event.causationId,
    source: event.source,
    data: event.data,
  };
}

/** A RecordedEvent from its fields, its position in the log and its links in the stream's hash chain. */
export function recordedEvent(
  fields: EventFields,
  position: bigint,
  chain: { prevHash: string; hash: string },
): RecordedEvent {
  return {
    eventId: fields.eventId,
    type: fields.type,
    schemaVersion: fields.schemaVersion,
    streamId: fields.streamId,
    revision: fields.revision,
    position,
    recordedAt: fields.recordedAt,
    effectiveAt: fields.effectiveAt,
    actor: fields.actor,
    reason: fields.reason,
    correlationId: fields.correlationId,
    causationId: fields.causationId,
    source: fields.source,
    data: fields.data,
    prevHash: chain.prevHash,
    hash: chain.hash,
  };
}

/** `'no_stream'`: the stream must not exist; `'any'`: no check; a bigint: the revision of the stream's last event. */
export type ExpectedRevision = 'no_stream' | 'any' | bigint;

export interface AppendResult {
  streamId: string;
  /** Revision of the last event appended (the next expected revision for a writer that continues). */
  revision: bigint;
  /** Position of the last event appended: a reader that waits for it sees the whole append. */
  position: bigint;
  events: RecordedEvent[];
}

export interface ReadAllOptions {
  /** Exclusive: return events with a position greater than this; null or absent reads from the start. */
  after?: bigint | null | undefined;
  /** Page size, 1..10000. */
  limit: number;
}

export interface ReadAllPage {
  events: RecordedEvent[];
  /** The position to pass as `after` for the next page (the last event's position, or `after` if the page is empty). */
  lastPosition: bigint | null;
  /** True when the page is the end of the log as it stood when read. */
  isEnd: boolean;
}

export interface SubscriptionHandlers {
  /** Called once per event, in position order, never concurrently. A rejected promise stops the subscription. */
  onEvent(event: RecordedEvent): void | Promise<void>;
  /** Called once, after the replay of what existed when the subscription started. */
  onCaughtUp?(position: bigint | null): void;
  /** Called when the subscription stops because of an error (a handler that threw, a lost connection). */
  onError?(error: Error): void;
}

export interface Subscription {
  stop(): Promise<void>;
}

export interface ReadStreamOptions {
  /** The first revision read (inclusive); 0 when absent. */
  fromRevision?: bigint;
  /**
   * True for a read that belongs with the one just made for the same command (a tiltak command reads its plan
   * right after the tiltak, in the same turn of the event loop): an adapter that asks the file, before a read,
   * whether another process has written to it (SQLite's PRAGMA data_version) may answer as of the question it
   * asked for that read, as though both were read at that moment, instead of asking again.
   */
  asOfPreviousRead?: boolean;
}

export interface EventStore {
  /** Appends all events atomically after checking the expected revision; throws VersionConflict on mismatch. */
  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult>;
  /** The stream's events from `fromRevision` (inclusive, default 0) in revision order; empty if it does not exist. */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /**
   * The event with this id, in whichever stream, or null. Optional: a command with an Idempotency-Key looks its
   * earlier append up by id here; without it the handler finds the append by reading the target stream whole.
   */
  findEvent?(eventId: string): Promise<RecordedEvent | null>;
  /** One page of the global log in position order. */
  readAll(options: ReadAllOptions): Promise<ReadAllPage>;
  /** Catch-up subscription: replays from `after` (exclusive), then delivers new events in order. */
  subscribe(handlers: SubscriptionHandlers, options?: { after?: bigint | null }): Subscription;
  /** Position of the last event in the log, or null when the log is empty. */
  headPosition(): Promise<bigint | null>;
  close(): Promise<void>;
}

/** What verification needs of a store: reading the log, and closing it. */
export type ReadOnlyEventLog = Pick<EventStore, 'readAll' | 'headPosition' | 'close'>;

/** The prevHash of a stream's first event. */
export const GENESIS_HASH = '0'.repeat(64);
