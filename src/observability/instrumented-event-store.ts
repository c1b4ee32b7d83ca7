import type { EventStore } from '../store/index.js';
import type { ServiceMetrics } from './metrics.js';

/**
 * The store port with append latency and events by type measured, whatever the adapter. Reads pass through
 * untouched: they are not what an operator tunes.
 */
export function instrumentEventStore(store: EventStore, metrics: ServiceMetrics): EventStore {
  const findEvent = store.findEvent?.bind(store);
  return {
    async append(streamId, events, expected) {
      const stop = metrics.appendDuration.startTimer();
      try {
        const result = await store.append(streamId, events, expected);
        for (const event of events) metrics.eventsAppended.inc({ type: event.type });
        return result;
      } finally {
        stop();
      }
    },
    readStream: (streamId, options) => store.readStream(streamId, options),
    // Passed on only when the adapter has it: the handler falls back to reading the stream otherwise.
    ...(findEvent === undefined ? {} : { findEvent }),
    readAll: (options) => store.readAll(options),
    subscribe: (handlers, options) => store.subscribe(handlers, options),
    headPosition: () => store.headPosition(),
    close: () => store.close(),
  };
}

const CODE = /^[A-Z][A-Z_]*(\.[A-Z][A-Z_]*)+$/;

/** An error's stable code (`STORE.CONCURRENT_WRITE`), or `error`: labels take no free text. */
export function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CODE.test(code) ? code : 'error';
}
