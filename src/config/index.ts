// The config room as the rest of the service sees it.
export * from './config.js';
export * from './data-dir.js';
