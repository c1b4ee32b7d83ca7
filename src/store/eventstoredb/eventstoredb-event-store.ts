import { BACKWARDS, END, EventStoreDBClient, FORWARDS, START } from '@eventstore/db-client';
import type { AllStreamResolvedEvent, Position, ReadPosition, StreamingRead } from '@eventstore/db-client';
import { StoreSchemaMismatch, StoreUnavailable, VersionConflict } from '../errors.js';
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
import { assertStorableText, prepareNewEvent } from '../new-event-input.js';
import type { PreparedEvent } from '../new-event-input.js';
import { withDeadline } from './deadline.js';
import { planAppend } from './eventstoredb-append-plan.js';
import type { StreamHead } from './eventstoredb-append-plan.js';
import {
  fromEsdbRecordedEvent,
  toEsdbEventId,
  toEventData,
  toStoredFields,
} from './eventstoredb-envelope.js';
import type { EsdbRecordedEvent } from './eventstoredb-envelope.js';
import {
  describeConnectionString,
  scrubSecrets,
  toClientConnectionString,
} from './eventstoredb-connection-string.js';
import {
  isNotLeader,
  isStreamNotFound,
  isWrongExpectedVersion,
  toStoreUnavailable,
  toVersionConflict,
} from './eventstoredb-errors.js';
import { compareEsdbPositions, fromEsdbPosition, toEsdbPosition } from './eventstoredb-position.js';
import { createStreamScope } from './eventstoredb-streams.js';
import type { StreamScope } from './eventstoredb-streams.js';
import { CatchUpSubscription } from './eventstoredb-subscription.js';
import { createRecordedAtClock } from './recorded-at-clock.js';
import type { RecordedAtClock } from './recorded-at-clock.js';
import { createSerialQueue } from './serial-queue.js';

export interface EventStoreDbOptions {
  /** `esdb://…` or `esdb+discover://…` (`kurrentdb://`, `kdb://` are taken as the same; docs/eventstoredb.md). */
  connectionString: string;
  /** Wall clock for recordedAt; defaults to the system clock. */
  clock?: () => Date;
  /**
   * Put before every stream id to form the ESDB stream name, and the only streams this store reads. Empty (the
   * default): every non-system stream of the database is ours.
   */
  streamPrefix?: string;
  /** How long `connect` waits for the server before it gives up. */
  connectTimeoutMs?: number;
  /** How long one read or append may take before it fails with StoreUnavailable. */
  operationTimeoutMs?: number;
}

const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
const DEFAULT_OPERATION_TIMEOUT_MS = 15_000;
/** Attempts of an 'any' append that keeps losing the race for the stream head to writers in other processes. */
const MAX_APPEND_ATTEMPTS = 5;
const READ_ALL_BATCH_MIN = 256;
const READ_ALL_BATCH_MAX = 4_096;
const HEAD_SCAN_BATCH = 256;
const MAX_PAGE = 10_000;

function pause(attempt: number): Promise<void> {
  const milliseconds = 5 * 2 ** attempt + Math.floor(Math.random() * 10);
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

async function disposeQuietly(client: EventStoreDBClient): Promise<void> {
  try {
    await withDeadline(client.dispose(), 2_000, 'dispose');
  } catch {
    // Closing a client that never connected, or that the server dropped, has nothing left to report.
  }
}

function connectionStringError(error: unknown, connectionString: string): StoreUnavailable {
  if (error instanceof Error && 'expected' in error && 'location' in error && Array.isArray(error.location)) {
    const at = typeof error.location[0] === 'number' ? ` at character ${error.location[0] + 1}` : '';
    return new StoreUnavailable(
      `the EventStoreDB connection string is not valid: expected ${String(error.expected)}${at}`,
    );
  }
  // The client reads tlsCAFile and the user certificate files while it parses.
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreUnavailable(
    `the EventStoreDB connection string cannot be used: ${scrubSecrets(reason, connectionString)}`,
    { cause: error },
  );
}

/**
 * The EventStore port on EventStoreDB / KurrentDB (docs/eventstoredb.md). Positions are `$all` commit positions;
 * revisions are ESDB stream revisions (0-based on both sides); the envelope travels as event metadata; the hash chain
 * is computed here and protected by appending at the exact revision of the head it continues.
 */
export class EventStoreDbEventStore implements EventStore {
  readonly #client: EventStoreDBClient;
  readonly #connectionString: string;
  readonly #scope: StreamScope;
  readonly #clock: RecordedAtClock;
  readonly #operationTimeoutMs: number;
  readonly #appends = createSerialQueue();
  readonly #subscriptions = new Set<CatchUpSubscription>();
  #closed = false;

  private constructor(client: EventStoreDBClient, options: EventStoreDbOptions) {
    this.#client = client;
    this.#connectionString = options.connectionString;
    this.#scope = createStreamScope(options.streamPrefix ?? '');
    this.#clock = createRecordedAtClock(options.clock ?? (() => new Date()));
    this.#operationTimeoutMs = options.operationTimeoutMs ?? DEFAULT_OPERATION_TIMEOUT_MS;
  }

  /**
   * Connects and proves the connection by reading our last event from `$all` (which also needs the right to read
   * `$all`). A wrong connection string, a server that is down or does not answer within the deadline, or missing
   * rights reject with StoreUnavailable and one line that names the hosts, never the credentials.
   */
  static async connect(options: EventStoreDbOptions): Promise<EventStoreDbEventStore> {
    let client: EventStoreDBClient;
    try {
      client = EventStoreDBClient.connectionString(toClientConnectionString(options.connectionString));
    } catch (error) {
      throw connectionStringError(error, options.connectionString);
    }
    return EventStoreDbEventStore.open(client, options);
  }

  /**
   * The store over a client built elsewhere (with certificate buffers rather than files, say), proven the same way
   * as by `connect`; the client is disposed if that fails. `options.connectionString` only names the server in
   * messages (and tells which credentials to keep out of them).
   */
  static async open(
    client: EventStoreDBClient,
    options: EventStoreDbOptions,
  ): Promise<EventStoreDbEventStore> {
    let store: EventStoreDbEventStore;
    try {
      store = new EventStoreDbEventStore(client, options);
    } catch (error) {
      await disposeQuietly(client);
      throw error;
    }
    const timeout = options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
    try {
      const head = await withDeadline(store.#readHeadEvent(), timeout, 'EventStoreDB (read of $all)');
      if (head !== null) store.#clock.observe(head.recordedAt);
    } catch (error) {
      await disposeQuietly(client);
      throw toStoreUnavailable(error, options.connectionString, 'connect');
    }
    return store;
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    this.#assertOpen();
    const esdbStreamName = this.#esdbStreamName(streamId);
    if (typeof expected !== 'bigint' && expected !== 'any' && expected !== 'no_stream') {
      throw new TypeError(
        `expected revision must be 'no_stream', 'any' or a bigint, not ${String(expected)}`,
      );
    }
    // The same checks and normal forms as the embedded store, before anything reaches the server.
    const prepared = events.map(prepareNewEvent);
    return this.#appends.run(async () => {
      try {
        return prepared.length === 0
          ? await this.#checkRevisionOnly(streamId, esdbStreamName, expected)
          : await this.#appendWithRetries(streamId, esdbStreamName, prepared, expected);
      } catch (error) {
        throw this.#translate(error, `append to ${streamId}`);
      }
    });
  }

  /** An empty append writes nothing; it answers whether the expected revision holds and where the stream stands. */
  async #checkRevisionOnly(
    streamId: string,
    esdbStreamName: string,
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const head = await this.#readStreamHead(streamId, esdbStreamName);
    planAppend(streamId, expected, head);
    return { streamId, revision: head?.revision ?? -1n, position: head?.position ?? 0n, events: [] };
  }

  async #appendWithRetries(
    streamId: string,
    esdbStreamName: string,
    events: readonly PreparedEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.#appendOnce(streamId, esdbStreamName, events, expected);
      } catch (error) {
        const retryable =
          (isWrongExpectedVersion(error) && expected === 'any') || (isNotLeader(error) && !this.#closed);
        if (retryable && attempt < MAX_APPEND_ATTEMPTS) {
          await pause(attempt);
          continue;
        }
        if (isWrongExpectedVersion(error)) throw toVersionConflict(streamId, expected, error);
        throw error;
      }
    }
  }

  async #appendOnce(
    streamId: string,
    esdbStreamName: string,
    events: readonly PreparedEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const head = expected === 'no_stream' ? null : await this.#readStreamHead(streamId, esdbStreamName);
    const plan = planAppend(streamId, expected, head);
    if (head !== null) this.#clock.observe(head.recordedAt);
    const recordedAt = this.#clock.now();

    let prevHash = plan.prevHash;
    const proposed = events.map((event, index) => {
      const fields = toStoredFields(event, {
        streamId,
        revision: plan.firstRevision + BigInt(index),
        recordedAt,
      });
      const hash = computeEventHash(prevHash, fields);
      const data = toEventData(fields, prevHash, hash);
      prevHash = hash;
      return data;
    });

    await withDeadline(
      this.#client.appendToStream(esdbStreamName, proposed, { expectedRevision: plan.esdbExpected }),
      this.#operationTimeoutMs,
      `append to ${streamId}`,
    );

    // Read back what is stored: it gives each event its position, and, when the server took the append as a
    // retry of one already written (same event ids), the events as they were written then.
    const stored = await this.#readStreamEvents(streamId, esdbStreamName, {
      fromRevision: plan.firstRevision,
      maxCount: events.length,
      requiresLeader: true,
    });
    const sameEvents =
      stored.length === events.length &&
      stored.every((event, index) => toEsdbEventId(event.eventId) === proposed[index]?.id);
    const last = stored.at(-1);
    if (!sameEvents || last === undefined) {
      throw new StoreSchemaMismatch(
        `stream ${streamId}: the events read back after the append are not the events appended`,
      );
    }
    return { streamId, revision: last.revision, position: last.position, events: stored };
  }

  async #readStreamHead(streamId: string, esdbStreamName: string): Promise<StreamHead | null> {
    const [last] = await this.#readStreamEvents(streamId, esdbStreamName, {
      fromRevision: END,
      direction: BACKWARDS,
      maxCount: 1,
      requiresLeader: true,
    });
    return last === undefined
      ? null
      : { revision: last.revision, position: last.position, hash: last.hash, recordedAt: last.recordedAt };
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.#assertOpen();
    const fromRevision = options.fromRevision ?? 0n;
    if (fromRevision < 0n) throw new RangeError('fromRevision is never negative');
    const esdbStreamName = this.#esdbStreamName(streamId);
    try {
      return await this.#readStreamEvents(streamId, esdbStreamName, { fromRevision });
    } catch (error) {
      throw this.#translate(error, `read ${streamId}`);
    }
  }

  async #readStreamEvents(
    streamId: string,
    esdbStreamName: string,
    options: {
      fromRevision: bigint | typeof END;
      direction?: typeof FORWARDS | typeof BACKWARDS;
      maxCount?: number;
      requiresLeader?: boolean;
    },
  ): Promise<RecordedEvent[]> {
    let resolved;
    try {
      resolved = await this.#collect(
        this.#client.readStream(esdbStreamName, { direction: FORWARDS, ...options }),
        `read of ${streamId}`,
      );
    } catch (error) {
      if (isStreamNotFound(error)) return [];
      throw error;
    }
    const events: RecordedEvent[] = [];
    for (const { event } of resolved) {
      if (event === undefined || event.type.startsWith('$')) continue;
      events.push(this.#decode(event, streamId));
    }
    return events;
  }

  async readAll(options: ReadAllOptions): Promise<ReadAllPage> {
    this.#assertOpen();
    const { limit } = options;
    const after = options.after ?? null;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) {
      throw new RangeError(`limit must be an integer from 1 to ${MAX_PAGE}`);
    }
    if (after !== null && after < 0n) throw new RangeError('after is never negative');
    try {
      return await this.#readAllPage(after, limit);
    } catch (error) {
      throw this.#translate(error, 'read of $all');
    }
  }

  async #readAllPage(after: bigint | null, limit: number): Promise<ReadAllPage> {
    const batch = Math.min(Math.max(limit + 1, READ_ALL_BATCH_MIN), READ_ALL_BATCH_MAX);
    // One event beyond the page tells whether the page is the end of the log.
    const events: RecordedEvent[] = [];
    let from: ReadPosition = after === null ? START : toEsdbPosition(after);
    let lastSeen: Position | null = null;
    for (;;) {
      const resolved: AllStreamResolvedEvent[] = await this.#collect(
        this.#client.readAll({ fromPosition: from, direction: FORWARDS, maxCount: batch }),
        'read of $all',
      );
      for (const { event } of resolved) {
        if (event === undefined) continue;
        // Reads start at (and include) `from`: skip what an earlier batch or the caller has already had.
        if (lastSeen !== null && compareEsdbPositions(event.position, lastSeen) <= 0) continue;
        lastSeen = event.position;
        const ours = this.#ours(event, after);
        if (ours !== null) events.push(ours);
        if (events.length > limit) break;
      }
      if (events.length > limit || resolved.length < batch || lastSeen === null) break;
      from = lastSeen;
    }
    const page = events.slice(0, limit);
    return {
      events: page,
      lastPosition: page.at(-1)?.position ?? after,
      isEnd: events.length <= limit,
    };
  }

  /** Our event for an event of `$all`, or null when it is not ours or not after `after`. */
  #ours(event: EsdbRecordedEvent & { position: Position }, after: bigint | null): RecordedEvent | null {
    const position = fromEsdbPosition(event.position);
    if (after !== null && position <= after) return null;
    if (!this.#scope.isOurs(event.streamId, event.type)) return null;
    return this.#decode(event, this.#scope.fromEsdbStreamName(event.streamId) ?? event.streamId);
  }

  #decode(event: EsdbRecordedEvent, streamId: string): RecordedEvent {
    if (event.position === undefined) {
      throw new StoreUnavailable(
        'this EventStoreDB server does not return event positions on stream reads (it is older than 22.6); use 23.10 or later',
      );
    }
    return fromEsdbRecordedEvent(event, streamId, fromEsdbPosition(event.position));
  }

  async headPosition(): Promise<bigint | null> {
    this.#assertOpen();
    try {
      return (await this.#readHeadEvent())?.position ?? null;
    } catch (error) {
      throw this.#translate(error, 'read of $all');
    }
  }

  /** Our last event in `$all`, found by reading backwards past system events. */
  async #readHeadEvent(): Promise<RecordedEvent | null> {
    let from: ReadPosition = END;
    let lastSeen: Position | null = null;
    for (;;) {
      const resolved: AllStreamResolvedEvent[] = await this.#collect(
        this.#client.readAll({ fromPosition: from, direction: BACKWARDS, maxCount: HEAD_SCAN_BATCH }),
        'read of $all',
      );
      for (const { event } of resolved) {
        if (event === undefined) continue;
        if (lastSeen !== null && compareEsdbPositions(event.position, lastSeen) >= 0) continue;
        lastSeen = event.position;
        const ours = this.#ours(event, null);
        if (ours !== null) return ours;
      }
      if (resolved.length < HEAD_SCAN_BATCH || lastSeen === null) return null;
      from = lastSeen;
    }
  }

  subscribe(handlers: SubscriptionHandlers, options: { after?: bigint | null } = {}): Subscription {
    this.#assertOpen();
    const subscription: CatchUpSubscription = new CatchUpSubscription(
      {
        headPosition: () => this.headPosition(),
        open: (after) =>
          this.#client.subscribeToAll({
            fromPosition: after === null ? START : toEsdbPosition(after),
            filter: this.#scope.subscriptionFilter(),
            resolveLinkTos: false,
          }),
        decode: (resolved: AllStreamResolvedEvent) =>
          resolved.event === undefined ? null : this.#ours(resolved.event, null),
        toError: (error) => this.#translate(error, 'subscription to $all'),
      },
      handlers,
      options.after ?? null,
    );
    this.#subscriptions.add(subscription);
    void subscription.finished.finally(() => this.#subscriptions.delete(subscription));
    return { stop: () => subscription.stop() };
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await Promise.allSettled([...this.#subscriptions].map((subscription) => subscription.stop()));
    await this.#appends.drain();
    await disposeQuietly(this.#client);
  }

  #esdbStreamName(streamId: string): string {
    if (typeof streamId !== 'string') throw new TypeError('streamId must be a non-empty string');
    assertStorableText(streamId, 'streamId');
    return this.#scope.toEsdbStreamName(streamId);
  }

  #assertOpen(): void {
    if (this.#closed) {
      throw new StoreUnavailable(
        `the EventStoreDB store (${describeConnectionString(this.#connectionString)}) is closed`,
      );
    }
  }

  /** Our own errors pass; whatever the client or the network raised means the store cannot be used now. */
  #translate(error: unknown, doing: string): Error {
    if (
      error instanceof VersionConflict ||
      error instanceof StoreSchemaMismatch ||
      error instanceof StoreUnavailable ||
      error instanceof RangeError ||
      error instanceof TypeError
    ) {
      return error;
    }
    return toStoreUnavailable(error, this.#connectionString, doing);
  }

  /** Drains a streaming read under the operation deadline. */
  async #collect<T>(read: StreamingRead<T>, what: string): Promise<T[]> {
    // A late error after a timeout must not become an uncaught 'error' event.
    read.on('error', () => undefined);
    async function drain(): Promise<T[]> {
      const items: T[] = [];
      for await (const item of read) items.push(item);
      return items;
    }
    return withDeadline(drain(), this.#operationTimeoutMs, what, () => {
      read.cancel().catch(() => undefined);
      read.destroy();
    });
  }
}
