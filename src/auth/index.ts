// The auth room as the rest of the service sees it.
export * from './api-database.js';
export * from './pg-api-database.js';
export * from './pg-token-store.js';
export * from './roles.js';
export * from './token-expiry.js';
export * from './token-registry.js';
export * from './token-store.js';
