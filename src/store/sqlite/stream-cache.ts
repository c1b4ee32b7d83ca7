import type { RecordedEvent } from '../event-store.js';

/**
 * How many events the cache holds over all its streams, and how many streams: the least recently read streams go
 * first.
 */
export const STREAM_CACHE_EVENT_LIMIT = 50_000;

interface CachedStream {
  /** The revision of the first event held: 0 when the stream is held whole, later when only its tail is. */
  from: bigint;
  events: RecordedEvent[];
  /** The revision the stream's next event will have. */
  next: bigint;
}

/**
 * The parsed events of recently read streams, whole or from a revision on. The store extends a cached stream with
 * every append it commits (`extend`), so while no other connection writes to the file a cached stream is complete
 * from its first revision held and a read from there on costs no query at all: the command handler, whose fold
 * covers a stream up to a revision and which asks for what follows it, then reads nothing from the file. The owner
 * clears the cache when another connection has written to the file (PRAGMA data_version), since such a writer is
 * not bound by the store's rules (a repair, or a tamper test editing rows).
 */
export class StreamCache {
  readonly #streams = new Map<string, CachedStream>();
  readonly #limit: number;
  #size = 0;

  constructor(limit = STREAM_CACHE_EVENT_LIMIT) {
    this.#limit = limit;
  }

  /**
   * The stream's events from `fromRevision` on. A stream not cached is read whole through `readAll()` and kept. A
   * read from a later revision of a stream not cached (a command whose fold covers the rest) reads only the tail,
   * through `readTail()` when given, and keeps that: a long stream is never read whole for the events at its end.
   * A tail kept is kept from the latest revision read from it on, since the reader covers what came before.
   * The array is the caller's; the events in it are shared and frozen.
   */
  read(
    streamId: string,
    fromRevision: bigint,
    readAll: () => RecordedEvent[],
    readTail?: () => RecordedEvent[],
  ): RecordedEvent[] {
    let cached = this.#streams.get(streamId);
    if (cached !== undefined) {
      this.#streams.delete(streamId);
      if (fromRevision < cached.from) {
        this.#size -= cached.events.length;
        cached = undefined;
      }
    }
    if (cached === undefined) {
      const tailOnly = fromRevision > 0n && readTail !== undefined;
      const events = tailOnly ? readTail() : readAll();
      for (const event of events) Object.freeze(event);
      const from = tailOnly ? fromRevision : 0n;
      const last = events.at(-1);
      cached = { from, events, next: last === undefined ? from : last.revision + 1n };
      this.#size += events.length;
    } else if (cached.from > 0n && fromRevision > cached.from) {
      // Never past the stream's end: `from` stays a revision the next append's events follow.
      const from = fromRevision < cached.next ? fromRevision : cached.next;
      const dropped = Number(from - cached.from);
      cached.events = cached.events.slice(dropped);
      cached.from = from;
      this.#size -= dropped;
    }
    // Re-inserted last: Map order is recency order, so eviction takes the first entries.
    this.#streams.set(streamId, cached);
    this.#evict(streamId);
    if (fromRevision >= cached.next) return [];
    const start = Number(fromRevision - cached.from);
    return start === 0 ? cached.events.slice() : cached.events.slice(start);
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
      if ((this.#size <= this.#limit && this.#streams.size <= this.#limit) || streamId === keep) return;
      this.#streams.delete(streamId);
      this.#size -= cached.events.length;
    }
  }
}
