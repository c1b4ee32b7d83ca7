import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { CheckpointReply } from './wal-checkpoint-worker.js';

/** SQLite's own default: the committing connection checkpoints once the log holds this many pages. */
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;
/**
 * While the thread checkpoints, the store's connection still does at this size: a safety net should the thread
 * fall behind, so the log never grows without bound (40 MB of 4 KB pages).
 */
export const SAFETY_NET_AUTOCHECKPOINT_PAGES = 10_000;
/** The thread starts once the log file reaches this size; a store that writes less never starts one. */
const START_AT_LOG_BYTES = 2 * 1024 * 1024;
/** At most one checkpoint per interval: each syncs the database file. */
const MIN_INTERVAL_MS = 100;

// The thread runs the compiled file next to this one: .js in dist, .ts when the tests run the sources.
const WORKER_URL = new URL(
  `./wal-checkpoint-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`,
  import.meta.url,
);

/**
 * Moves the checkpoints of the event store's write-ahead log off the event loop (docs/store.md, "Checkpoints").
 * SQLite checkpoints in the connection whose commit filled the log, inside that commit: copying 1,000 pages and
 * syncing the database file took tens of milliseconds there, and the event loop waited in it every few thousand
 * appends. Once the log first reaches START_AT_LOG_BYTES, a worker thread with its own connection checkpoints after
 * commits instead (PASSIVE: it never waits for or blocks the store's writer), at most once per MIN_INTERVAL_MS, and
 * the store's connection keeps its own checkpoints only as a safety net. A failed thread is logged and its work goes
 * back to the store's connection, as before.
 */
export class WalCheckpointer {
  readonly #db: Database.Database;
  readonly #logPath: string;
  readonly #logger: { warn(obj: object, msg: string): void } | undefined;
  #worker: Worker | null = null;
  #exited: Promise<void> | null = null;
  #inFlight = false;
  #lastFinishedAt = 0;
  #failed = false;
  #closed = false;
  #checkpoints = 0;

  constructor(db: Database.Database, logger?: { warn(obj: object, msg: string): void }) {
    this.#db = db;
    this.#logPath = `${db.name}-wal`;
    this.#logger = logger;
  }

  /** Checkpoints the thread has finished. */
  get checkpoints(): number {
    return this.#checkpoints;
  }

  /** True while a thread checkpoints (the store's connection only as a safety net). */
  get running(): boolean {
    return this.#worker !== null;
  }

  /** Called after each commit of the store's connection. */
  afterCommit(): void {
    if (this.#failed || this.#closed) return;
    if (this.#worker === null) {
      if (this.#logBytes() < START_AT_LOG_BYTES) return;
      this.#start();
    }
    if (this.#inFlight || performance.now() - this.#lastFinishedAt < MIN_INTERVAL_MS) return;
    this.#inFlight = true;
    this.#worker?.postMessage('checkpoint');
  }

  /** Lets a checkpoint in progress finish and stops the thread; the store's connection closes after it. */
  async close(): Promise<void> {
    this.#closed = true;
    const worker = this.#worker;
    if (worker === null) return;
    // Held again, so the process waits for the thread's last checkpoint and its connection to close.
    worker.ref();
    worker.postMessage('close');
    await this.#exited;
  }

  #logBytes(): number {
    try {
      return statSync(this.#logPath).size;
    } catch {
      return 0;
    }
  }

  #start(): void {
    const worker = new Worker(WORKER_URL, { workerData: { path: this.#db.name } });
    // A store that is never closed does not keep the process alive for its checkpoints.
    worker.unref();
    this.#worker = worker;
    this.#exited = new Promise((resolve) => worker.once('exit', () => resolve()));
    worker.on('message', (reply: CheckpointReply) => {
      this.#inFlight = false;
      this.#lastFinishedAt = performance.now();
      if (reply.ok) this.#checkpoints += 1;
      else this.#fail(new Error(reply.message));
    });
    worker.on('error', (error) => this.#fail(error));
    this.#db.pragma(`wal_autocheckpoint = ${SAFETY_NET_AUTOCHECKPOINT_PAGES}`);
  }

  #fail(error: unknown): void {
    if (this.#failed) return;
    this.#failed = true;
    this.#logger?.warn(
      { err: error },
      'event store checkpoint thread failed; the store checkpoints on its own connection again',
    );
    if (this.#db.open) this.#db.pragma(`wal_autocheckpoint = ${DEFAULT_AUTOCHECKPOINT_PAGES}`);
    const worker = this.#worker;
    this.#worker = null;
    if (worker !== null) void worker.terminate();
  }
}
