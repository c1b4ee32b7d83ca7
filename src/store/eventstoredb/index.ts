export { EventStoreDbEventStore } from './eventstoredb-event-store.js';
export type { EventStoreDbOptions } from './eventstoredb-event-store.js';
