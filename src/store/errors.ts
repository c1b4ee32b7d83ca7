/** The one error a writer sees when its expected revision does not hold. */
export class VersionConflict extends Error {
  readonly code = 'STORE.VERSION_CONFLICT';
  constructor(
    readonly streamId: string,
    readonly expected: 'no_stream' | 'any' | bigint,
    /** The stream's actual last revision, or 'no_stream' when it does not exist. */
    readonly actual: 'no_stream' | bigint,
  ) {
    super(`stream ${streamId}: expected revision ${String(expected)}, actual ${String(actual)}`);
    this.name = 'VersionConflict';
  }
}

/** The store cannot be used (unreadable or corrupt file, server down, wrong connection string). */
export class StoreUnavailable extends Error {
  readonly code = 'STORE.UNAVAILABLE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailable';
  }
}

/** The database was written by a schema version this code cannot read or migrate. */
export class StoreSchemaMismatch extends Error {
  readonly code = 'STORE.SCHEMA_MISMATCH';
  constructor(message: string) {
    super(message);
    this.name = 'StoreSchemaMismatch';
  }
}

/** An append carried an eventId the log already holds; nothing of that append was stored. */
export class DuplicateEventId extends Error {
  readonly code = 'STORE.DUPLICATE_EVENT_ID';
  constructor(readonly eventId: string) {
    super(`event ${eventId} is already stored`);
    this.name = 'DuplicateEventId';
  }
}
