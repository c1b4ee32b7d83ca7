// The store room as the rest of the service sees it.
export * from './errors.js';
export * from './event-store.js';
export * from './hash-chain.js';
export * from './owner-only-files.js';
