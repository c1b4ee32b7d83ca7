export { SqliteEventStore, MAX_APPENDS_PER_BATCH } from './sqlite-event-store.js';
export type { SqliteEventStoreOptions, SqliteStoreDiagnostics } from './sqlite-event-store.js';
export { DuplicateEventId } from './sqlite-errors.js';
export { openReadOnlySqliteLog } from './read-only-log.js';
