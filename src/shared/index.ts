// The shared room as the rest of the service sees it.
export * from './canonical-json.js';
export * from './with-fields.js';
export * from './position-waiters.js';
