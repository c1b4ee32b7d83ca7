export { PgEventStore, PG_MAX_APPENDS_PER_BATCH, describePostgresUrl } from './pg-event-store.js';
export type { PgEventStoreOptions } from './pg-event-store.js';
