import type { RecordedEvent } from '../event-store.js';

/** How many events the cache holds over all its streams; the least recently read streams go first. */
export const STREAM_CACHE_EVENT_LIMIT = 50_000;

interface CachedStream {
  events: RecordedEvent[];
  /** The revision the next unread event of the stream will have. */
  next: bigint;
}

/**
 * The parsed events of recently read streams. A stored event never changes, so a cached stream only needs its
 * new tail read from the file: a command that re-reads its target stream parses one row instead of all of them.
 * The owner clears the cache when another connection has written to the file (PRAGMA data_version), since such a
 * writer is not bound by that rule (a repair, or a tamper test editing rows).
 */
export class StreamCache {
  readonly #streams = new Map<string, CachedStream>();
  readonly #limit: number;
  #size = 0;

  constructor(limit = STREAM_CACHE_EVENT_LIMIT) {
    this.#limit = limit;
  }

  /**
   * The stream's events from `fromRevision` on, reading through `readTail(next)` only the events after those
   * already cached. The array is the caller's; the events in it are shared and frozen.
   */
  read(streamId: string, fromRevision: bigint, readTail: (next: bigint) => RecordedEvent[]): RecordedEvent[] {
    let cached = this.#streams.get(streamId);
    if (cached === undefined) cached = { events: [], next: 0n };
    else this.#streams.delete(streamId);
    const tail = readTail(cached.next);
    for (const event of tail) {
      // Rows come in revision order from `next` on; anything else means the file changed under us.
      if (event.revision !== cached.next) {
        this.clear();
        return readTail(0n).slice(Number(fromRevision));
      }
      cached.events.push(Object.freeze(event));
      cached.next += 1n;
    }
    this.#size += tail.length;
    // Re-inserted last: Map order is recency order, so eviction takes the first entries.
    this.#streams.set(streamId, cached);
    this.#evict(streamId);
    return fromRevision === 0n ? cached.events.slice() : cached.events.slice(Number(fromRevision));
  }

  clear(): void {
    this.#streams.clear();
    this.#size = 0;
  }

  /** Events held, over all streams; for tests and diagnostics. */
  get size(): number {
    return this.#size;
  }

  #evict(keep: string): void {
    for (const [streamId, cached] of this.#streams) {
      if (this.#size <= this.#limit || streamId === keep) return;
      this.#streams.delete(streamId);
      this.#size -= cached.events.length;
    }
  }
}
