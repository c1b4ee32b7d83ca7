// The observability room as the rest of the service sees it.
export * from './metrics.js';
export * from './redact-url.js';
export * from './trace-context.js';
export * from './tracing.js';
