import { prepareAppend } from '../append-arguments.js';
import type Database from 'better-sqlite3';
import { StoreUnavailable, VersionConflict } from '../errors.js';
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
import { CatchUpSubscription } from './catch-up-subscription.js';
import { appendToStream } from './sqlite-append.js';
import type { AppendRequest } from './sqlite-append.js';
import { DuplicateEventId } from './sqlite-errors.js';
import { openEventDatabase } from './sqlite-schema.js';
import { EventStatements } from './sqlite-statements.js';
import { StreamCache } from './stream-cache.js';
import { WalCheckpointer } from './wal-checkpointer.js';
import { WalSync, type LogSync } from './wal-sync.js';
import { messageOf, settle } from './sync-reads.js';

export interface SqliteEventStoreOptions {
  /** The database file, created when missing; `':memory:'` for a store that lives as long as the process. */
  path: string;
  /** The wall clock recordedAt is taken from; `() => new Date()` unless a test injects one. */
  clock?: () => Date;
  logger?: { warn(obj: object, msg: string): void };
  /** How the log of a database file is synced; WalSync unless a test holds or fails the syncs. */
  openLogSync?: (databasePath: string) => LogSync;
  /** Told of each group commit and each log sync, for the metrics; nothing when absent. */
  observer?: SqliteStoreObserver | undefined;
  /**
   * How often the store asks the file whether another process has written to it (PRAGMA data_version), so that
   * subscribers see such events within about this long; OTHER_WRITER_POLL_MS unless a test sets it.
   */
  otherWriterPollMs?: number;
}

/** What the store reports as it writes: the size of each group commit and the time of each log sync. */
export interface SqliteStoreObserver {
  batchCommitted(appends: number): void;
  logSynced(seconds: number): void;
}

/** Counters and settings a test or a health check can read; not part of the EventStore port. */
export interface SqliteStoreDiagnostics {
  schemaVersion: number;
  journalMode: string;
  synchronous: string;
  /** Write transactions committed. */
  batchesCommitted: number;
  /** Syncs of the log that finished; one serves every transaction committed before it started. */
  logSyncs: number;
  /** Whether a thread checkpoints the log (WalCheckpointer), and how many checkpoints it has finished. */
  checkpointThread: boolean;
  threadCheckpoints: number;
  /** The log size (pages) at which the store's own connection checkpoints. */
  walAutocheckpoint: number;
  appendsCommitted: number;
  appendsRejected: number;
}

/** Appends beyond this wait for the next transaction, so one transaction never holds the writer for long. */
export const MAX_APPENDS_PER_BATCH = 1000;
/**
 * How long the store's connection waits for another process's write lock inside SQLite, blocking the event loop:
 * briefly. A batch that still finds the file locked goes back to the queue and is tried again from a timer, so
 * requests go on being served meanwhile.
 */
export const BUSY_TIMEOUT_MS = 10;
/** How long an append keeps being tried against a file another process holds locked before it fails. */
export const BUSY_RETRY_LIMIT_MS = 5000;
const BUSY_RETRY_DELAY_MS = 25;
/** The default of `otherWriterPollMs`: a question that reads one integer from shared memory, ten times a second. */
export const OTHER_WRITER_POLL_MS = 100;
const MAX_PAGE_SIZE = 10_000;
const SYNCHRONOUS_NAMES = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

interface PendingAppend extends AppendRequest {
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
  /** When the append was queued (performance.now()), for the busy retry limit. */
  queuedAt: number;
}

type Outcome = { ok: true; result: AppendResult } | { ok: false; error: VersionConflict | DuplicateEventId };

/** A committed transaction waiting for the write-ahead log sync before its appends are acknowledged. */
interface CommittedBatch {
  batch: readonly PendingAppend[];
  outcomes: readonly Outcome[];
  events: readonly RecordedEvent[];
}

/**
 * The embedded EventStore (docs/store.md): one SQLite file in WAL mode. Appends that arrive in the same turn of
 * the event loop are group-committed: one transaction for the batch, while each append keeps its own revision
 * check and its own result. An append is acknowledged, and shown to subscribers and log readers, only once the
 * log is synced to disk after its commit (WalSync, off the event loop). Appends that arrive while a sync runs
 * wait for it to end and are then committed in one transaction, which the next sync serves.
 */
export class SqliteEventStore implements EventStore {
  readonly #db: Database.Database;
  readonly #statements: EventStatements;
  readonly #schemaVersion: number;
  readonly #clock: () => Date;
  readonly #logger: SqliteEventStoreOptions['logger'];
  readonly #observer: SqliteStoreObserver | undefined;
  readonly #commitBatch: Database.Transaction<(batch: readonly PendingAppend[]) => Outcome[]>;
  readonly #appendInSavepoint: Database.Transaction<
    (request: AppendRequest, recordedAt: string) => AppendResult
  >;
  readonly #subscriptions = new Set<CatchUpSubscription>();
  readonly #streamCache = new StreamCache();
  /** Null for a store in memory, which has nothing to make durable. */
  readonly #walSync: LogSync | null;
  /** Null for a store in memory, which has no log. */
  readonly #checkpointer: WalCheckpointer | null;
  /** Committed, not yet acknowledged (synced or being synced), in commit order. */
  #unsynced: CommittedBatch[] = [];
  #syncing: Promise<void> | null = null;
  /** Set once a sync failed: what the log holds on disk is unknown, so nothing more is appended. */
  #syncFailure: StoreUnavailable | null = null;
  #dataVersion: bigint;
  #queue: PendingAppend[] = [];
  #flushTimer: NodeJS.Immediate | null = null;
  /** Set while the file is locked by another process: the next try of the queue. */
  #busyTimer: NodeJS.Timeout | null = null;
  /** Asks the file, now and then, whether another process has written to it; null for a store in memory. */
  #otherWriterTimer: NodeJS.Timeout | null = null;
  /**
   * Set when another process's write was noticed while commits of this one waited for their sync: the replay
   * that followed stopped before them, so the subscriptions read the log again once they are acknowledged.
   */
  #resyncWhenSynced = false;
  #otherWriterFailureLogged = false;
  #closed = false;
  #closing: Promise<void> | null = null;
  #clockBehind = false;
  #batchesCommitted = 0;
  #logSyncs = 0;
  #appendsCommitted = 0;
  #appendsRejected = 0;

  /** Opens (creating or migrating) the store; throws StoreSchemaMismatch or StoreUnavailable. */
  static open(options: SqliteEventStoreOptions): SqliteEventStore {
    const { db, schemaVersion } = openEventDatabase(options.path);
    let walSync: LogSync | null = null;
    try {
      walSync = db.memory ? null : (options.openLogSync ?? WalSync.open)(db.name);
    } catch (error) {
      db.close();
      throw new StoreUnavailable(`cannot sync the event store's log: ${messageOf(error)}`, { cause: error });
    }
    return new SqliteEventStore(db, schemaVersion, walSync, options);
  }

  private constructor(
    db: Database.Database,
    schemaVersion: number,
    walSync: LogSync | null,
    options: SqliteEventStoreOptions,
  ) {
    this.#db = db;
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    this.#walSync = walSync;
    this.#checkpointer = db.memory ? null : new WalCheckpointer(db, options.logger);
    this.#schemaVersion = schemaVersion;
    this.#statements = new EventStatements(db);
    this.#dataVersion = this.#statements.dataVersion();
    this.#clock = options.clock ?? (() => new Date());
    this.#logger = options.logger;
    this.#observer = options.observer;
    // Nested inside #commitBatch's transaction, better-sqlite3 runs this one as a savepoint.
    this.#appendInSavepoint = db.transaction((request: AppendRequest, recordedAt: string) =>
      appendToStream(this.#statements, request, recordedAt),
    );
    this.#commitBatch = db.transaction((batch: readonly PendingAppend[]) => {
      const recordedAt = this.#nextRecordedAt();
      return batch.map((request) => this.#appendOne(request, recordedAt));
    });
    if (!db.memory) {
      // Unreferenced: a store left unclosed keeps no process alive.
      this.#otherWriterTimer = setInterval(() => {
        this.#noticeOtherWriters();
      }, options.otherWriterPollMs ?? OTHER_WRITER_POLL_MS).unref();
    }
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    this.#assertOpen();
    if (this.#syncFailure !== null) throw this.#syncFailure;
    const prepared = prepareAppend(streamId, events, expected);
    return new Promise<AppendResult>((resolve, reject) => {
      this.#queue.push({
        streamId,
        events: prepared,
        expected,
        resolve,
        reject,
        queuedAt: performance.now(),
      });
      this.#scheduleFlush();
    });
  }

  readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return settle(() => {
      this.#assertOpen();
      return this.#read(() => {
        if (options.asOfPreviousRead !== true) this.#noticeOtherWriters();
        const fromRevision = options.fromRevision ?? 0n;
        return this.#streamCache.read(
          streamId,
          fromRevision,
          () => this.#statements.readStream(streamId, 0n),
          () => this.#statements.readStream(streamId, fromRevision),
        );
      });
    });
  }

  findEvent(eventId: string): Promise<RecordedEvent | null> {
    return settle(() => {
      this.#assertOpen();
      return this.#read(() => this.#statements.findEvent(eventId));
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
      const events = this.#durableOnly(this.#statements.readAll(after ?? 0n, limit));
      const lastPosition = events.at(-1)?.position ?? after;
      const head = this.#durableHead();
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
        return this.#read(() => this.#durableOnly(this.#statements.readAll(after ?? 0n, limit)));
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
      return this.#read(() => this.#durableHead());
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
      logSyncs: this.#logSyncs,
      checkpointThread: this.#checkpointer?.running ?? false,
      threadCheckpoints: this.#checkpointer?.checkpoints ?? 0,
      walAutocheckpoint: Number(this.#db.pragma('wal_autocheckpoint', { simple: true })),
      appendsCommitted: this.#appendsCommitted,
      appendsRejected: this.#appendsRejected,
    };
  }

  async #shutDown(): Promise<void> {
    this.#closed = true;
    if (this.#otherWriterTimer !== null) {
      clearInterval(this.#otherWriterTimer);
      this.#otherWriterTimer = null;
    }
    if (this.#flushTimer !== null) {
      clearImmediate(this.#flushTimer);
      this.#flushTimer = null;
    }
    if (this.#busyTimer !== null) {
      clearTimeout(this.#busyTimer);
      this.#busyTimer = null;
    }
    while (this.#queue.length > 0) this.#flushBatch({ retryWhenBusy: false });
    while (this.#syncing !== null) await this.#syncing;
    await Promise.all([...this.#subscriptions].map((subscription) => subscription.stop()));
    await this.#checkpointer?.close();
    this.#walSync?.close();
    this.#db.close();
  }

  #scheduleFlush(): void {
    // While the file is locked the busy timer tries again; new appends join the queue it will take.
    if (this.#busyTimer !== null) return;
    // While the log is being synced, appends wait and are committed together once it ends (#syncUnsynced): they
    // would wait for that sync to end anyway, and one transaction for them all writes each page it changes once.
    if (this.#syncing !== null) return;
    // setImmediate rather than a microtask: it also gathers appends from the other I/O callbacks of this turn.
    this.#flushTimer ??= setImmediate(() => {
      this.#flushTimer = null;
      this.#flushBatch({ retryWhenBusy: true });
      if (this.#queue.length > 0) this.#scheduleFlush();
    });
  }

  #flushBatch({ retryWhenBusy }: { retryWhenBusy: boolean }): void {
    const batch = this.#queue.splice(0, MAX_APPENDS_PER_BATCH);
    if (batch.length === 0) return;
    let outcomes: Outcome[];
    try {
      outcomes = this.#commitBatch.immediate(batch);
    } catch (error) {
      if (retryWhenBusy && isBusy(error)) {
        const now = performance.now();
        const expired = batch.filter((pending) => now - pending.queuedAt >= BUSY_RETRY_LIMIT_MS);
        const waiting = batch.filter((pending) => now - pending.queuedAt < BUSY_RETRY_LIMIT_MS);
        this.#queue.unshift(...waiting);
        this.#rejectBatch(expired, error);
        this.#retryWhenUnlocked();
        return;
      }
      this.#rejectBatch(batch, error);
      return;
    }
    this.#batchesCommitted += 1;
    this.#observer?.batchCommitted(batch.length);
    this.#checkpointer?.afterCommit();
    const events: RecordedEvent[] = [];
    for (const outcome of outcomes) {
      if (!outcome.ok) continue;
      events.push(...outcome.result.events);
      // The next command on this stream decides on what the file now holds, synced or not.
      this.#streamCache.extend(outcome.result.streamId, outcome.result.events);
    }
    const committed = { batch, outcomes, events };
    if (this.#walSync === null) this.#acknowledge(committed);
    else {
      this.#unsynced.push(committed);
      this.#syncing ??= this.#syncUnsynced(this.#walSync);
    }
  }

  /** Fails appends whose transaction could not commit (a full disk, a file locked too long, an I/O error). */
  #rejectBatch(batch: readonly PendingAppend[], error: unknown): void {
    if (batch.length === 0) return;
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
  }

  /** Fails the appends still queued: after a failed sync nothing more is committed. */
  #rejectQueued(failure: StoreUnavailable): void {
    const queued = this.#queue.splice(0);
    this.#appendsRejected += queued.length;
    for (const pending of queued) pending.reject(failure);
  }

  #retryWhenUnlocked(): void {
    // Unreferenced: a store left unclosed keeps no process alive; close() commits what is queued.
    this.#busyTimer ??= setTimeout(() => {
      this.#busyTimer = null;
      if (this.#closed) return;
      this.#flushBatch({ retryWhenBusy: true });
      if (this.#queue.length > 0) this.#scheduleFlush();
    }, BUSY_RETRY_DELAY_MS).unref();
  }

  /** Syncs the log until no committed batch waits, acknowledging each round's batches; one sync at a time. */
  async #syncUnsynced(walSync: LogSync): Promise<void> {
    while (this.#unsynced.length > 0) {
      // The batches committed before this sync starts; those committed while it runs wait for the next one.
      const count = this.#unsynced.length;
      const started = performance.now();
      try {
        await walSync.sync();
      } catch (error) {
        this.#failSync(error, this.#unsynced);
        break;
      }
      this.#logSyncs += 1;
      this.#observer?.logSynced((performance.now() - started) / 1000);
      for (const committed of this.#unsynced.splice(0, count)) this.#acknowledge(committed);
      if (this.#resyncWhenSynced) this.#resyncSubscriptions();
      // The appends that came during the sync: one transaction, and the next round syncs it.
      if (this.#busyTimer === null && !this.#closed) this.#flushBatch({ retryWhenBusy: true });
    }
    this.#syncing = null;
    if (this.#syncFailure !== null) this.#rejectQueued(this.#syncFailure);
    else if (this.#queue.length > 0) this.#scheduleFlush();
  }

  /**
   * PRAGMA data_version moves when another connection (the import CLI, a second server) has committed to the
   * file. Its events then drop what is cached of the streams and send the subscriptions back to the log: they
   * never came through this store's commits. Asked before every stream read (but one made as of the read before
   * it: ReadStreamOptions) and from a timer.
   */
  #noticeOtherWriters(): void {
    if (this.#closed) return;
    let dataVersion: bigint;
    try {
      dataVersion = this.#statements.dataVersion();
    } catch (error) {
      // A read that fails here fails again where it is answered; the timer only logs it, once.
      if (!this.#otherWriterFailureLogged) {
        this.#otherWriterFailureLogged = true;
        this.#logger?.warn({ err: error }, 'event store could not ask for writes of other processes');
      }
      return;
    }
    if (dataVersion === this.#dataVersion) return;
    this.#dataVersion = dataVersion;
    this.#streamCache.clear();
    // Commits of this process not yet synced hide what follows them in the log from the replay: read again after.
    if (this.#unsynced.length > 0) this.#resyncWhenSynced = true;
    for (const subscription of this.#subscriptions) subscription.resync();
  }

  #resyncSubscriptions(): void {
    if (this.#unsynced.length === 0) this.#resyncWhenSynced = false;
    for (const subscription of this.#subscriptions) subscription.resync();
  }

  #failSync(error: unknown, waiting: readonly CommittedBatch[]): void {
    this.#unsynced = [];
    this.#syncFailure = new StoreUnavailable(
      `the event store could not sync its log to disk (${messageOf(error)}); restart the service`,
      { cause: error },
    );
    this.#logger?.warn({ err: error }, 'event store log sync failed; no further appends are taken');
    for (const { batch } of waiting) {
      this.#appendsRejected += batch.length;
      for (const pending of batch) pending.reject(this.#syncFailure);
    }
  }

  /** Shows a durable batch to the subscriptions and answers its appends. */
  #acknowledge({ batch, outcomes, events }: CommittedBatch): void {
    for (const subscription of this.#subscriptions) subscription.push(events);
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

  /** The first position committed here and not yet synced, or null when everything is. */
  #firstUnsyncedPosition(): bigint | null {
    for (const { events } of this.#unsynced)
      if (events.length > 0) return (events[0] as RecordedEvent).position;
    return null;
  }

  /** Readers of the log see what is durable only, as the subscriptions do. */
  #durableOnly(events: RecordedEvent[]): RecordedEvent[] {
    const limit = this.#firstUnsyncedPosition();
    return limit === null ? events : events.filter((event) => event.position < limit);
  }

  #durableHead(): bigint | null {
    const limit = this.#firstUnsyncedPosition();
    if (limit === null) return this.#statements.headPosition();
    return this.#statements.headPositionBefore(limit);
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

/** SQLITE_BUSY and its extended codes: another connection holds the lock this one needs. */
function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}
