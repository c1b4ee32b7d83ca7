import type { IndexedEvent } from './entity-history.js';

/**
 * Every applied event by its id (locateEvent), kept behind the log instead of during the replay: a map insert per
 * event was a tenth of start-up. The log is the audit index's list of every event in position order, so the map
 * only ever catches up along it; a lookup first catches up completely, so it never misses an applied event.
 * After the replay the runner catches it up in slices, so the first lookup does not pay for the whole log.
 */
export class EventIdIndex {
  readonly #byId = new Map<string, IndexedEvent<unknown>>();
  readonly #log: readonly IndexedEvent<unknown>[];
  #indexed = 0;

  constructor(log: readonly IndexedEvent<unknown>[]) {
    this.#log = log;
  }

  get(eventId: string): IndexedEvent<unknown> | undefined {
    this.catchUp(Number.POSITIVE_INFINITY);
    return this.#byId.get(eventId);
  }

  /** Indexes up to `limit` more events of the log; true when none is left. */
  catchUp(limit: number): boolean {
    const log = this.#log;
    const end = Math.min(log.length, this.#indexed + limit);
    for (let at = this.#indexed; at < end; at++) {
      const indexed = log[at] as IndexedEvent<unknown>;
      this.#byId.set(indexed.recorded.eventId, indexed);
    }
    this.#indexed = end;
    return end === log.length;
  }
}
