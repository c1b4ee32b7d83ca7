import { prepareAppend, revisionHolds } from '../append-arguments.js';
import { DuplicateEventId, StoreUnavailable, VersionConflict } from '../errors.js';
import { eventFields, GENESIS_HASH, recordedEvent as recordedEventOf } from '../event-store.js';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadAllPage,
  ReadStreamOptions,
  RecordedEvent,
  Subscription,
  SubscriptionHandlers,
} from '../event-store.js';
import { computeEventHash } from '../hash-chain.js';
import type { PreparedEvent } from '../new-event-input.js';
import { CatchUpSubscription } from '../sqlite/catch-up-subscription.js';

export interface MemoryEventStoreOptions {
  /** The wall clock recordedAt is taken from; `() => new Date()` unless a caller injects one. */
  clock?: () => Date;
}

const MAX_PAGE_SIZE = 10_000;

/**
 * An EventStore that lives in the process and ends with it: the importer's scratch store, where the commands of a
 * document are decided before anything reaches the real log, and fast tests. It passes the same contract suite as
 * the durable adapters: revisions, positions 1, 2, 3, …, hash chains, recordedAt that never decreases, and
 * catch-up subscriptions. Each append is one synchronous step, so it is atomic and ordered without a lock.
 */
export class MemoryEventStore implements EventStore {
  readonly #clock: () => Date;
  readonly #log: RecordedEvent[] = [];
  readonly #streams = new Map<string, RecordedEvent[]>();
  readonly #eventIds = new Set<string>();
  readonly #subscriptions = new Set<CatchUpSubscription>();
  #lastRecordedAt = 0;
  #closed = false;

  constructor(options: MemoryEventStoreOptions = {}) {
    this.#clock = options.clock ?? (() => new Date());
  }

  append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult> {
    return new Promise((resolve) => {
      // A throw inside the executor rejects the promise: a refused append fails like an asynchronous one.
      resolve(this.#append(streamId, events, expected));
    });
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (this.#closed) return Promise.reject(closedStore());
    const stream = this.#streams.get(streamId) ?? [];
    const from = options.fromRevision ?? 0n;
    return Promise.resolve(from <= 0n ? stream.slice() : stream.slice(Number(from)));
  }

  readAll(options: ReadAllOptions): Promise<ReadAllPage> {
    if (this.#closed) return Promise.reject(closedStore());
    const { limit } = options;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
      return Promise.reject(
        new RangeError(`page size must be an integer from 1 to ${MAX_PAGE_SIZE}, not ${limit}`),
      );
    }
    const after = options.after ?? null;
    const events = this.#readAfter(after, limit);
    const lastPosition = events.at(-1)?.position ?? after;
    const head = this.#head();
    return Promise.resolve({
      events,
      lastPosition,
      isEnd: head === null || (lastPosition !== null && lastPosition >= head),
    });
  }

  subscribe(handlers: SubscriptionHandlers, options: { after?: bigint | null } = {}): Subscription {
    const reader = {
      readAfter: (after: bigint | null, limit: number): RecordedEvent[] => {
        if (this.#closed) throw closedStore();
        return this.#readAfter(after, limit);
      },
    };
    const subscription = new CatchUpSubscription(reader, handlers, options.after ?? null, (ended) => {
      this.#subscriptions.delete(ended);
    });
    this.#subscriptions.add(subscription);
    return subscription;
  }

  headPosition(): Promise<bigint | null> {
    if (this.#closed) return Promise.reject(closedStore());
    return Promise.resolve(this.#head());
  }

  async close(): Promise<void> {
    this.#closed = true;
    await Promise.all([...this.#subscriptions].map((subscription) => subscription.stop()));
  }

  #append(streamId: string, events: readonly NewEvent[], expected: ExpectedRevision): AppendResult {
    if (this.#closed) throw closedStore();
    // Everything is checked before anything is stored, so a refused append leaves no trace.
    const prepared = prepareAppend(streamId, events, expected);
    const stream = this.#streams.get(streamId);
    const head = stream?.at(-1);
    const actual = head === undefined ? 'no_stream' : head.revision;
    if (!revisionHolds(expected, actual)) throw new VersionConflict(streamId, expected, actual);
    const ids = new Set<string>();
    for (const event of prepared) {
      if (this.#eventIds.has(event.eventId) || ids.has(event.eventId))
        throw new DuplicateEventId(event.eventId);
      ids.add(event.eventId);
    }
    if (prepared.length === 0) {
      return {
        streamId,
        revision: head?.revision ?? -1n,
        position: head?.position ?? 0n,
        events: [],
      };
    }
    const recordedAt = this.#nextRecordedAt();
    const recorded = this.#chain(streamId, prepared, head, recordedAt);
    this.#store(streamId, stream, recorded);
    const last = recorded.at(-1) as RecordedEvent;
    return { streamId, revision: last.revision, position: last.position, events: recorded };
  }

  #chain(
    streamId: string,
    prepared: readonly PreparedEvent[],
    head: RecordedEvent | undefined,
    recordedAt: string,
  ): RecordedEvent[] {
    let prevHash = head?.hash ?? GENESIS_HASH;
    let revision = head === undefined ? 0n : head.revision + 1n;
    let position = BigInt(this.#log.length);
    return prepared.map((event) => {
      position += 1n;
      const effectiveAt = event.effectiveAt ?? recordedAt;
      const hashed = eventFields(event, { streamId, revision, recordedAt, effectiveAt });
      const hash = computeEventHash(prevHash, hashed);
      const recordedEvent = Object.freeze(recordedEventOf(hashed, position, { prevHash, hash }));
      prevHash = hash;
      revision += 1n;
      return recordedEvent;
    });
  }

  #store(streamId: string, stream: RecordedEvent[] | undefined, recorded: readonly RecordedEvent[]): void {
    if (stream === undefined) this.#streams.set(streamId, [...recorded]);
    else stream.push(...recorded);
    for (const event of recorded) {
      this.#log.push(event);
      this.#eventIds.add(event.eventId);
    }
    for (const subscription of this.#subscriptions) subscription.push(recorded);
  }

  /** Positions are 1-based indexes into the log. */
  #readAfter(after: bigint | null, limit: number): RecordedEvent[] {
    const start = after === null || after < 0n ? 0 : Number(after);
    return this.#log.slice(start, start + limit);
  }

  #head(): bigint | null {
    return this.#log.at(-1)?.position ?? null;
  }

  /** The clock, but never earlier than the last recordedAt, so recordedAt never decreases in position order. */
  #nextRecordedAt(): string {
    const now = this.#clock();
    if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
      throw new StoreUnavailable('the clock gave no valid date, so recordedAt cannot be set');
    }
    this.#lastRecordedAt = Math.max(this.#lastRecordedAt, now.getTime());
    return new Date(this.#lastRecordedAt).toISOString();
  }
}

function closedStore(): StoreUnavailable {
  return new StoreUnavailable('the event store is closed');
}
