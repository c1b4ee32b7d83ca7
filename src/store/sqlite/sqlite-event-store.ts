import type Database from 'better-sqlite3';
import { StoreUnavailable, VersionConflict } from '../errors.js';
import type {
  AppendResult,
  EventStore,
  ExpectedRevision,
  NewEvent,
  ReadAllOptions,
  ReadAllPage,
  RecordedEvent,
  Subscription,
  SubscriptionHandlers,
} from '../event-store.js';
import { CatchUpSubscription } from './catch-up-subscription.js';
import { assertStorableText, prepareNewEvent } from '../new-event-input.js';
import { appendToStream } from './sqlite-append.js';
import type { AppendRequest } from './sqlite-append.js';
import { DuplicateEventId } from './sqlite-errors.js';
import { openEventDatabase } from './sqlite-schema.js';
import { EventStatements } from './sqlite-statements.js';
import { StreamCache } from './stream-cache.js';
import { messageOf, settle } from './sync-reads.js';

export interface SqliteEventStoreOptions {
  /** The database file, created when missing; `':memory:'` for a store that lives as long as the process. */
  path: string;
  /** The wall clock recordedAt is taken from; `() => new Date()` unless a test injects one. */
  clock?: () => Date;
  logger?: { warn(obj: object, msg: string): void };
}

/** Counters and settings a test or a health check can read; not part of the EventStore port. */
export interface SqliteStoreDiagnostics {
  schemaVersion: number;
  journalMode: string;
  synchronous: string;
  /** Write transactions committed; each is one fsync of the WAL. */
  batchesCommitted: number;
  appendsCommitted: number;
  appendsRejected: number;
}

/** Appends beyond this wait for the next transaction, so one transaction never holds the writer for long. */
export const MAX_APPENDS_PER_BATCH = 1000;
const MAX_PAGE_SIZE = 10_000;
const SYNCHRONOUS_NAMES = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

interface PendingAppend extends AppendRequest {
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

type Outcome = { ok: true; result: AppendResult } | { ok: false; error: VersionConflict | DuplicateEventId };

/**
 * The embedded EventStore (docs/store.md): one SQLite file in WAL mode with synchronous=FULL. Appends that arrive
 * in the same turn of the event loop are group-committed: one transaction and one fsync for the batch, while each
 * append keeps its own revision check and its own result.
 */
export class SqliteEventStore implements EventStore {
  readonly #db: Database.Database;
  readonly #statements: EventStatements;
  readonly #schemaVersion: number;
  readonly #clock: () => Date;
  readonly #logger: SqliteEventStoreOptions['logger'];
  readonly #commitBatch: Database.Transaction<(batch: readonly PendingAppend[]) => Outcome[]>;
  readonly #appendInSavepoint: Database.Transaction<
    (request: AppendRequest, recordedAt: string) => AppendResult
  >;
  readonly #subscriptions = new Set<CatchUpSubscription>();
  readonly #streamCache = new StreamCache();
  #dataVersion: bigint;
  #queue: PendingAppend[] = [];
  #flushTimer: NodeJS.Immediate | null = null;
  #closed = false;
  #closing: Promise<void> | null = null;
  #clockBehind = false;
  #batchesCommitted = 0;
  #appendsCommitted = 0;
  #appendsRejected = 0;

  /** Opens (creating or migrating) the store; throws StoreSchemaMismatch or StoreUnavailable. */
  static open(options: SqliteEventStoreOptions): SqliteEventStore {
    const { db, schemaVersion } = openEventDatabase(options.path);
    return new SqliteEventStore(db, schemaVersion, options);
  }

  private constructor(db: Database.Database, schemaVersion: number, options: SqliteEventStoreOptions) {
    this.#db = db;
    this.#schemaVersion = schemaVersion;
    this.#statements = new EventStatements(db);
    this.#dataVersion = this.#statements.dataVersion();
    this.#clock = options.clock ?? (() => new Date());
    this.#logger = options.logger;
    // Nested inside #commitBatch's transaction, better-sqlite3 runs this one as a savepoint.
    this.#appendInSavepoint = db.transaction((request: AppendRequest, recordedAt: string) =>
      appendToStream(this.#statements, request, recordedAt),
    );
    this.#commitBatch = db.transaction((batch: readonly PendingAppend[]) => {
      const recordedAt = this.#nextRecordedAt();
      return batch.map((request) => this.#appendOne(request, recordedAt));
    });
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    this.#assertOpen();
    if (typeof streamId !== 'string' || streamId === '') {
      throw new TypeError('streamId must be a non-empty string');
    }
    assertStorableText(streamId, 'streamId');
    if (typeof expected !== 'bigint' && expected !== 'any' && expected !== 'no_stream') {
      throw new TypeError(
        `expected revision must be 'no_stream', 'any' or a bigint, not ${String(expected)}`,
      );
    }
    const prepared = events.map(prepareNewEvent);
    return new Promise<AppendResult>((resolve, reject) => {
      this.#queue.push({ streamId, events: prepared, expected, resolve, reject });
      this.#scheduleFlush();
    });
  }

  readStream(streamId: string, options: { fromRevision?: bigint } = {}): Promise<RecordedEvent[]> {
    return settle(() => {
      this.#assertOpen();
      return this.#read(() => {
        const dataVersion = this.#statements.dataVersion();
        if (dataVersion !== this.#dataVersion) {
          this.#dataVersion = dataVersion;
          this.#streamCache.clear();
        }
        return this.#streamCache.read(streamId, options.fromRevision ?? 0n, (next) =>
          this.#statements.readStream(streamId, next),
        );
      });
    });
  }

  readAll(options: ReadAllOptions): Promise<ReadAllPage> {
    return settle(() => this.#readPage(options));
  }

  #readPage(options: ReadAllOptions): ReadAllPage {
    this.#assertOpen();
    const { limit } = options;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new RangeError(`page size must be an integer from 1 to ${MAX_PAGE_SIZE}, not ${limit}`);
    }
    const after = options.after ?? null;
    return this.#read(() => {
      const events = this.#statements.readAll(after ?? 0n, limit);
      const lastPosition = events.at(-1)?.position ?? after;
      const head = this.#statements.headPosition();
      return {
        events,
        lastPosition,
        isEnd: head === null || (lastPosition !== null && lastPosition >= head),
      };
    });
  }

  subscribe(handlers: SubscriptionHandlers, options: { after?: bigint | null } = {}): Subscription {
    const reader = {
      readAfter: (after: bigint | null, limit: number): RecordedEvent[] => {
        if (!this.#db.open) throw new StoreUnavailable('the event store is closed');
        return this.#read(() => this.#statements.readAll(after ?? 0n, limit));
      },
    };
    const subscription = new CatchUpSubscription(reader, handlers, options.after ?? null, (ended) => {
      this.#subscriptions.delete(ended);
    });
    this.#subscriptions.add(subscription);
    return subscription;
  }

  headPosition(): Promise<bigint | null> {
    return settle(() => {
      this.#assertOpen();
      return this.#read(() => this.#statements.headPosition());
    });
  }

  /** Commits every append already accepted, stops the subscriptions, then closes the file. */
  close(): Promise<void> {
    this.#closing ??= this.#shutDown();
    return this.#closing;
  }

  diagnostics(): SqliteStoreDiagnostics {
    this.#assertOpen();
    const synchronous = Number(this.#db.pragma('synchronous', { simple: true }));
    return {
      schemaVersion: this.#schemaVersion,
      journalMode: String(this.#db.pragma('journal_mode', { simple: true })),
      synchronous: SYNCHRONOUS_NAMES[synchronous] ?? String(synchronous),
      batchesCommitted: this.#batchesCommitted,
      appendsCommitted: this.#appendsCommitted,
      appendsRejected: this.#appendsRejected,
    };
  }

  async #shutDown(): Promise<void> {
    this.#closed = true;
    if (this.#flushTimer !== null) {
      clearImmediate(this.#flushTimer);
      this.#flushTimer = null;
    }
    while (this.#queue.length > 0) this.#flushBatch();
    await Promise.all([...this.#subscriptions].map((subscription) => subscription.stop()));
    this.#db.close();
  }

  #scheduleFlush(): void {
    // setImmediate rather than a microtask: it also gathers appends from the other I/O callbacks of this turn.
    this.#flushTimer ??= setImmediate(() => {
      this.#flushTimer = null;
      this.#flushBatch();
      if (this.#queue.length > 0) this.#scheduleFlush();
    });
  }

  #flushBatch(): void {
    const batch = this.#queue.splice(0, MAX_APPENDS_PER_BATCH);
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = this.#commitBatch.immediate(batch);
    } catch (error) {
      this.#logger?.warn(
        { err: error, appends: batch.length },
        'event store transaction failed; none of its appends was stored',
      );
      const failure =
        error instanceof StoreUnavailable
          ? error
          : new StoreUnavailable(`the event store could not commit: ${messageOf(error)}`, { cause: error });
      this.#appendsRejected += batch.length;
      for (const pending of batch) pending.reject(failure);
      return;
    }
    this.#batchesCommitted += 1;
    const committed: RecordedEvent[] = [];
    for (const outcome of outcomes) if (outcome.ok) committed.push(...outcome.result.events);
    for (const subscription of this.#subscriptions) subscription.push(committed);
    outcomes.forEach((outcome, index) => {
      const pending = batch[index];
      if (pending === undefined) return;
      if (outcome.ok) {
        this.#appendsCommitted += 1;
        pending.resolve(outcome.result);
      } else {
        this.#appendsRejected += 1;
        pending.reject(outcome.error);
      }
    });
  }

  #appendOne(request: AppendRequest, recordedAt: string): Outcome {
    try {
      return { ok: true, result: this.#appendInSavepoint(request, recordedAt) };
    } catch (error) {
      // These concern one append only; anything else (a full disk, an I/O error) fails the whole batch.
      if (error instanceof VersionConflict || error instanceof DuplicateEventId) return { ok: false, error };
      throw error;
    }
  }

  /** The clock, but never earlier than the last recordedAt in the log, so recordedAt never decreases. */
  #nextRecordedAt(): string {
    const now = this.#clock();
    if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
      throw new StoreUnavailable('the clock gave no valid date, so recordedAt cannot be set');
    }
    const last = this.#statements.lastRecordedAt();
    if (last === undefined || now.getTime() >= Date.parse(last)) {
      this.#clockBehind = false;
      return now.toISOString();
    }
    if (!this.#clockBehind) {
      this.#clockBehind = true;
      this.#logger?.warn(
        { clock: now.toISOString(), lastRecordedAt: last },
        'clock is behind the last recordedAt; recording at that instant until the clock catches up',
      );
    }
    return last;
  }

  #read<T>(read: () => T): T {
    try {
      return read();
    } catch (error) {
      throw new StoreUnavailable(`the event store could not be read: ${messageOf(error)}`, { cause: error });
    }
  }

  #assertOpen(): void {
    if (this.#closed) throw new StoreUnavailable('the event store is closed');
  }
}
