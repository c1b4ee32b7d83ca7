import { prepareAppend } from '../append-arguments.js';
import pg from 'pg';
import { StoreSchemaMismatch, StoreUnavailable } from '../errors.js';
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
import type { PreparedEvent } from '../new-event-input.js';
import { commitBatch, type PgAppendRequest } from './pg-append.js';
import { assertNoNul, unavailable } from './pg-errors.js';
import { AppendSignal } from './pg-append-signal.js';
import { EVENT_COLUMNS, toRecordedEvent, type EventRow } from './pg-rows.js';
import { migrateSchema } from './pg-schema.js';
import { PgSubscription } from './pg-subscription.js';

export interface PgEventStoreOptions {
  /** postgres://user:password@host:port/database (libpq-style parameters in the query are passed on). */
  connectionString: string;
  /** Shown in pg_stat_activity, so an operator can tell this service's connections apart. */
  applicationName?: string;
  /** Connections in the pool; reads share them, appends take one at a time per process. */
  poolSize?: number;
  /** The wall clock recordedAt is taken from; `() => new Date()` unless a test injects one. */
  clock?: () => Date;
  logger?: { warn(obj: object, msg: string): void };
}

/** Appends beyond this wait for the next transaction, so one transaction never holds the log head for long. */
export const PG_MAX_APPENDS_PER_BATCH = 500;
const MAX_PAGE_SIZE = 10_000;
/** How long a request waits for a connection before it is answered STORE.UNAVAILABLE. */
const CONNECT_TIMEOUT_MS = 5_000;

interface PendingAppend extends PgAppendRequest {
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

/**
 * The EventStore on PostgreSQL (docs/postgresql.md). Appends waiting while a transaction runs are group-committed
 * in the next one (each keeps its own revision check and result); every transaction locks the log head row, which
 * makes positions dense and in commit order across all processes that share the database. An append is
 * acknowledged when PostgreSQL reports the commit, so durability (and synchronous replication) is the server's.
 */
export class PgEventStore implements EventStore {
  readonly #pool: pg.Pool;
  readonly #clock: () => Date;
  readonly #logger: PgEventStoreOptions['logger'];
  readonly #signal: AppendSignal;
  readonly #subscriptions = new Set<PgSubscription>();
  #queue: PendingAppend[] = [];
  #flushing: Promise<void> | null = null;
  #closed = false;
  #closing: Promise<void> | null = null;

  /** Connects, creating or migrating the schema; throws StoreUnavailable (server unreachable) or StoreSchemaMismatch. */
  static async connect(options: PgEventStoreOptions): Promise<PgEventStore> {
    const pool = new pg.Pool({
      connectionString: options.connectionString,
      application_name: options.applicationName ?? 'samhandlingsplan',
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      keepAlive: true,
    });
    // An idle connection the server drops emits here; unhandled it would end the process. The next query reconnects.
    pool.on('error', (error) =>
      options.logger?.warn({ err: error }, 'an idle PostgreSQL connection was lost'),
    );
    try {
      await migrateSchema(pool);
    } catch (error) {
      await pool.end().catch(() => undefined);
      if (error instanceof StoreSchemaMismatch) throw error;
      throw unavailable(
        `cannot open the PostgreSQL event store at ${describePostgresUrl(options.connectionString)}`,
        error,
      );
    }
    return new PgEventStore(pool, options);
  }

  private constructor(pool: pg.Pool, options: PgEventStoreOptions) {
    this.#pool = pool;
    this.#clock = options.clock ?? (() => new Date());
    this.#logger = options.logger;
    this.#signal = new AppendSignal(options.connectionString, options.applicationName, options.logger);
  }

  async append(
    streamId: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    this.#assertOpen();
    const prepared = prepareAppend(streamId, events, expected);
    assertNoNul(streamId, 'streamId');
    prepared.forEach(assertNoNulFields);
    return new Promise<AppendResult>((resolve, reject) => {
      this.#queue.push({ streamId, events: prepared, expected, resolve, reject });
      this.#flushing ??= this.#flush();
    });
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.#assertOpen();
    const rows = await this.#query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = $1 AND revision >= $2 ORDER BY revision`,
      [streamId, (options.fromRevision ?? 0n).toString()],
    );
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions): Promise<ReadAllPage> {
    this.#assertOpen();
    const { limit } = options;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new RangeError(`page size must be an integer from 1 to ${MAX_PAGE_SIZE}, not ${limit}`);
    }
    const after = options.after ?? null;
    // One statement, so the page and the head come from one snapshot.
    const rows = await this.#query<EventRow & { head: string }>(
      `SELECT e.*, h.position::text AS head
         FROM event_log_head AS h
         LEFT JOIN LATERAL (
           SELECT ${EVENT_COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2
         ) AS e ON true
        WHERE h.singleton
        ORDER BY e.position`,
      [(after ?? 0n).toString(), limit],
    );
    const head = BigInt(rows[0]?.head ?? '0');
    const events = rows.filter((row) => row.position !== null).map(toRecordedEvent);
    const lastPosition = events.at(-1)?.position ?? after;
    return {
      events,
      lastPosition,
      isEnd: head === 0n || (lastPosition !== null && lastPosition >= head),
    };
  }

  subscribe(handlers: SubscriptionHandlers, options: { after?: bigint | null } = {}): Subscription {
    const reader = {
      readAfter: async (after: bigint | null, limit: number): Promise<RecordedEvent[]> => {
        if (this.#closed) throw new StoreUnavailable('the event store is closed');
        const rows = await this.#query<EventRow>(
          `SELECT ${EVENT_COLUMNS} FROM events WHERE position > $1 ORDER BY position LIMIT $2`,
          [(after ?? 0n).toString(), limit],
        );
        return rows.map(toRecordedEvent);
      },
      waitForAppend: (ms: number) => this.#signal.next(ms),
    };
    const subscription = new PgSubscription(reader, handlers, options.after ?? null, (ended) => {
      this.#subscriptions.delete(ended);
      if (this.#subscriptions.size === 0) this.#signal.stopListening();
    });
    this.#subscriptions.add(subscription);
    this.#signal.listen();
    return subscription;
  }

  async headPosition(): Promise<bigint | null> {
    this.#assertOpen();
    const rows = await this.#query<{ position: string }>(
      'SELECT position FROM event_log_head WHERE singleton',
      [],
    );
    const head = BigInt(rows[0]?.position ?? '0');
    return head === 0n ? null : head;
  }

  /** Commits every append already accepted, stops the subscriptions, then closes the connections. */
  close(): Promise<void> {
    this.#closing ??= this.#shutDown();
    return this.#closing;
  }

  async #shutDown(): Promise<void> {
    this.#closed = true;
    while (this.#flushing !== null) await this.#flushing;
    await Promise.all([...this.#subscriptions].map((subscription) => subscription.stop()));
    await this.#signal.close();
    await this.#pool.end();
  }

  /** Commits batches until the queue is empty; one transaction at a time per process. */
  async #flush(): Promise<void> {
    // Gathers the appends of this turn of the event loop into the first transaction.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, PG_MAX_APPENDS_PER_BATCH);
      try {
        const client = await this.#pool.connect();
        let healthy = true;
        // The pool listens for errors of idle connections only: a server that dies between this transaction's
        // statements emits 'error' on a checked-out one, which unheard ends the process (the cluster test's
        // killed primary did). The statement in flight fails as well and answers the batch.
        const lost = (error: Error): void => {
          healthy = false;
          this.#logger?.warn({ err: error }, 'PostgreSQL connection lost during an append');
        };
        client.on('error', lost);
        try {
          const outcomes = await commitBatch(client, batch, this.#clock);
          this.#signal.notifyLocal();
          outcomes.forEach((outcome, index) => {
            const pending = batch[index];
            if (pending === undefined) return;
            if (outcome.ok) pending.resolve(outcome.result);
            else pending.reject(outcome.error);
          });
        } catch (error) {
          healthy = false;
          throw error;
        } finally {
          client.off('error', lost);
          // A connection that failed mid-transaction is not given back: its state is unknown.
          client.release(!healthy);
        }
      } catch (error) {
        // Whether a COMMIT whose answer was lost took effect is unknown; a retry with the same event ids is safe.
        const failure = unavailable('the PostgreSQL event store could not commit the append', error);
        this.#logger?.warn({ err: error, appends: batch.length }, 'PostgreSQL append transaction failed');
        for (const pending of batch) pending.reject(failure);
      }
    }
    this.#flushing = null;
  }

  async #query<R extends pg.QueryResultRow>(text: string, values: unknown[]): Promise<R[]> {
    try {
      const result = await this.#pool.query<R>(text, values);
      return result.rows;
    } catch (error) {
      throw unavailable('the PostgreSQL event store could not be read', error);
    }
  }

  #assertOpen(): void {
    if (this.#closed) throw new StoreUnavailable('the event store is closed');
  }
}

function assertNoNulFields(event: PreparedEvent): void {
  assertNoNul(event.eventId, 'eventId');
  assertNoNul(event.type, 'type');
  assertNoNul(event.correlationId, 'correlationId');
  if (event.causationId !== null) assertNoNul(event.causationId, 'causationId');
  if (event.reason !== null) assertNoNul(event.reason, 'reason');
}

/** host:port/database of a connection string, never its user or password, for logs and error messages. */
export function describePostgresUrl(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    const database = url.pathname.replace(/^\//, '') || '(default database)';
    return `${url.hostname || 'localhost'}:${url.port || '5432'}/${database}`;
  } catch {
    return '(unparsable connection string)';
  }
}
