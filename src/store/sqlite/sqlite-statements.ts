import type Database from 'better-sqlite3';
import type { Actor, EventSource, RecordedEvent } from '../event-store.js';

const COLUMNS = `position, event_id, type, schema_version, stream_id, revision, recorded_at, effective_at, actor,
  reason, correlation_id, causation_id, source, data, prev_hash, hash`;

/** A row of the events table as read with safe integers, in the order of COLUMNS (raw mode: no key lookups). */
type EventRow = [
  position: bigint,
  eventId: string,
  type: string,
  schemaVersion: bigint,
  streamId: string,
  revision: bigint,
  recordedAt: string,
  effectiveAt: string,
  actor: string,
  reason: string | null,
  correlationId: string,
  causationId: string | null,
  source: string,
  data: string,
  prevHash: string,
  hash: string,
];

/** The values of one new row, in the order of the INSERT's columns (positional binding is the fastest). */
export type InsertEventParameters = [
  eventId: string,
  type: string,
  schemaVersion: number,
  streamId: string,
  revision: bigint,
  recordedAt: string,
  effectiveAt: string,
  actor: string,
  reason: string | null,
  correlationId: string,
  causationId: string | null,
  source: string,
  data: string,
  prevHash: string,
  hash: string,
];

export interface StreamHead {
  revision: bigint;
  position: bigint;
  hash: string;
}

/** The prepared statements of the store, compiled once per connection. */
export class EventStatements {
  readonly #insert: Database.Statement<InsertEventParameters>;
  readonly #streamHead: Database.Statement<[string], StreamHead>;
  readonly #lastRecordedAt: Database.Statement<[], string>;
  readonly #headPosition: Database.Statement<[], bigint>;
  readonly #headPositionBefore: Database.Statement<[bigint], bigint>;
  readonly #dataVersion: Database.Statement<[], bigint>;
  readonly #readStream: Database.Statement<[string, bigint], EventRow>;
  readonly #findEvent: Database.Statement<[string], EventRow>;
  readonly #readAll: Database.Statement<[bigint, number], EventRow>;

  constructor(db: Database.Database) {
    this.#insert = db.prepare<InsertEventParameters>(`
      INSERT INTO events (event_id, type, schema_version, stream_id, revision, recorded_at, effective_at, actor,
        reason, correlation_id, causation_id, source, data, prev_hash, hash)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.#streamHead = db.prepare<[string], StreamHead>(
      'SELECT revision, position, hash FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
    );
    this.#lastRecordedAt = db
      .prepare<[], string>('SELECT recorded_at FROM events ORDER BY position DESC LIMIT 1')
      .pluck();
    this.#dataVersion = db.prepare<[], bigint>('PRAGMA data_version').pluck();
    this.#headPositionBefore = db
      .prepare<[bigint], bigint>(
        'SELECT position FROM events WHERE position < ? ORDER BY position DESC LIMIT 1',
      )
      .pluck();
    this.#headPosition = db
      .prepare<[], bigint>('SELECT position FROM events ORDER BY position DESC LIMIT 1')
      .pluck();
    this.#readStream = db
      .prepare<[string, bigint], EventRow>(
        `SELECT ${COLUMNS} FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision`,
      )
      .raw();
    this.#findEvent = db
      .prepare<[string], EventRow>(`SELECT ${COLUMNS} FROM events WHERE event_id = ?`)
      .raw();
    this.#readAll = db
      .prepare<[bigint, number], EventRow>(
        `SELECT ${COLUMNS} FROM events WHERE position > ? ORDER BY position LIMIT ?`,
      )
      .raw();
  }

  /** Inserts one event and returns its position. */
  insert(...parameters: InsertEventParameters): bigint {
    return this.#insert.run(...parameters).lastInsertRowid as bigint;
  }

  streamHead(streamId: string): StreamHead | undefined {
    return this.#streamHead.get(streamId);
  }

  lastRecordedAt(): string | undefined {
    return this.#lastRecordedAt.get();
  }

  /** Changes when another connection commits to the file (never for this connection's own commits). */
  dataVersion(): bigint {
    return this.#dataVersion.get() as bigint;
  }

  headPosition(): bigint | null {
    return this.#headPosition.get() ?? null;
  }

  /** The last position below `limit`. */
  headPositionBefore(limit: bigint): bigint | null {
    return this.#headPositionBefore.get(limit) ?? null;
  }

  readStream(streamId: string, fromRevision: bigint): RecordedEvent[] {
    return toRecordedEvents(this.#readStream.all(streamId, fromRevision));
  }

  /** The event with this id (event_id is UNIQUE: an index lookup), or null. */
  findEvent(eventId: string): RecordedEvent | null {
    const row = this.#findEvent.get(eventId);
    return row === undefined ? null : (toRecordedEvents([row])[0] ?? null);
  }

  /** Up to `limit` events with a position greater than `after`. */
  readAll(after: bigint, limit: number): RecordedEvent[] {
    return toRecordedEvents(this.#readAll.all(after, limit));
  }
}

/**
 * Rows in log order share what they repeat from the row before: one commit's events have one recordedAt, one
 * command's events one correlation id, and an event effective when recorded has effectiveAt = recordedAt. One
 * string then serves them all, so a replayed log keeps (and its garbage collector copies) fewer of them.
 */
function toRecordedEvents(rows: readonly EventRow[]): RecordedEvent[] {
  const events: RecordedEvent[] = new Array<RecordedEvent>(rows.length);
  let recordedAt = '';
  let correlationId = '';
  for (let at = 0; at < rows.length; at++) {
    const row = rows[at] as EventRow;
    if (row[6] !== recordedAt) recordedAt = row[6];
    if (row[10] !== correlationId) correlationId = row[10];
    events[at] = {
      eventId: row[1],
      type: interned(row[2]),
      schemaVersion: Number(row[3]),
      streamId: interned(row[4]),
      revision: row[5],
      position: row[0],
      recordedAt,
      effectiveAt: row[7] === recordedAt ? recordedAt : row[7],
      actor: parseRepeated(row[8]) as Actor,
      reason: row[9],
      correlationId,
      causationId: row[11],
      source: parseRepeated(row[12]) as EventSource,
      data: JSON.parse(row[13]) as unknown,
      prevHash: row[14],
      hash: row[15],
    };
  }
  return events;
}

// Types, stream ids, actors and sources repeat across thousands of events (one stream, one editor, one import):
// one shared copy each instead of one per row keeps a replayed log smaller. Parsed objects are frozen, since they
// are shared. Each table is bounded and simply starts over when full.
const REPEATED_LIMIT = 50_000;
const parsedJson = new Map<string, unknown>();
const strings = new Map<string, string>();

function parseRepeated(text: string): unknown {
  let parsed = parsedJson.get(text);
  if (parsed === undefined) {
    if (parsedJson.size >= REPEATED_LIMIT) parsedJson.clear();
    parsed = Object.freeze(JSON.parse(text) as object);
    parsedJson.set(text, parsed);
  }
  return parsed;
}

function interned(text: string): string {
  const known = strings.get(text);
  if (known !== undefined) return known;
  if (strings.size >= REPEATED_LIMIT) strings.clear();
  strings.set(text, text);
  return text;
}
