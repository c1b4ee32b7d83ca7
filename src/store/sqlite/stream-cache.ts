import type { RecordedEvent } from '../event-store.js';

/** How many events the cache holds over all its streams; the least recently read streams go first. */
export const STREAM_CACHE_EVENT_LIMIT = 50_000;

interface CachedStream {
  events: RecordedEvent[];
  /** The revision the stream's next event will have. */
  next: bigint;
}

/**
 * The parsed events of recently read streams. The store extends a cached stream with every append it commits
 * (`extend`), so while no other connection writes to the file a cached stream is complete and a read costs no
 * query at all. The owner clears the cache when another connection has written to the file (PRAGMA
 * data_version), since such a writer is not bound by the store's rules (a repair, or a tamper test editing rows).
 */
export class StreamCache {
  readonly #streams = new Map<string, CachedStream>();
  readonly #limit: number;
  #size = 0;

  constructor(limit = STREAM_CACHE_EVENT_LIMIT) {
    this.#limit = limit;
  }

  /**
   * The stream's events from `fromRevision` on; a stream not cached is read whole through `readAll()` and kept.
   * A read of a stream not cached from a later revision (a command whose fold covers the rest) is only its tail,
   * through `readTail()` when given, and keeps nothing: a long stream is never read whole for the events at its end.
   * The array is the caller's; the events in it are shared and frozen.
   */
  read(
    streamId: string,
    fromRevision: bigint,
    readAll: () => RecordedEvent[],
    readTail?: () => RecordedEvent[],
  ): RecordedEvent[] {
    let cached = this.#streams.get(streamId);
    if (cached === undefined && fromRevision > 0n && readTail !== undefined) return readTail();
    if (cached === undefined) {
      const events = readAll();
      for (const event of events) Object.freeze(event);
      cached = { events, next: BigInt(events.length) };
      this.#size += events.length;
    } else this.#streams.delete(streamId);
    // Re-inserted last: Map order is recency order, so eviction takes the first entries.
    this.#streams.set(streamId, cached);
    this.#evict(streamId);
    return fromRevision === 0n ? cached.events.slice() : cached.events.slice(Number(fromRevision));
  }

  /** Adds events just committed to the stream, if it is cached; anything out of order drops the stream. */
  extend(streamId: string, events: readonly RecordedEvent[]): void {
    const cached = this.#streams.get(streamId);
    if (cached === undefined) return;
    for (const event of events) {
      if (event.revision !== cached.next) {
        this.#streams.delete(streamId);
        this.#size -= cached.events.length;
        return;
      }
      cached.events.push(Object.freeze(event));
      cached.next += 1n;
      this.#size += 1;
    }
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
