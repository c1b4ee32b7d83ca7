import { closeSync, existsSync, fdatasync, fdatasyncSync, fsyncSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/** What the store needs to make its commits durable; WalSync, or a test's stand-in that holds or fails a sync. */
export interface LogSync {
  /** Resolves once everything written to the log before the call is on disk. */
  sync(): Promise<void>;
  close(): void;
}

/**
 * Makes the store's commits durable without blocking the event loop (docs/store.md, "Durability"). The connection
 * runs with synchronous=NORMAL, so a COMMIT writes its frames to the write-ahead log but does not fsync it; this
 * class fdatasyncs the log file on libuv's thread pool, and the store acknowledges an append, and shows it to any
 * reader, only once a sync that started after its commit has finished. That is the guarantee synchronous=FULL
 * gives (an acknowledged append survives a power cut), while the event loop keeps deciding the next commands
 * during the fsync instead of waiting in it. SQLite itself syncs the log before every checkpoint and the database
 * after it, so a checkpoint never loses what was synced here.
 */
export class WalSync implements LogSync {
  readonly #fd: number;
  #closed = false;

  /**
   * Opens the write-ahead log of the database at `databasePath`, which must be open in WAL mode (so SQLite has
   * created the log and keeps it while any connection is open), and makes the log and its directory entry durable
   * now: whatever the file held at start is synced before anything is read from it.
   */
  static open(databasePath: string): WalSync {
    const walPath = `${databasePath}-wal`;
    if (!existsSync(walPath)) throw new Error(`no write-ahead log at ${walPath}`);
    const sync = new WalSync(openSync(walPath, 'r'));
    sync.syncNow();
    const directory = openSync(dirname(walPath), 'r');
    try {
      fsyncSync(directory);
    } finally {
      closeSync(directory);
    }
    return sync;
  }

  private constructor(fd: number) {
    this.#fd = fd;
  }

  /** Resolves once everything written to the log before the call is on disk. */
  sync(): Promise<void> {
    return new Promise((resolve, reject) => {
      fdatasync(this.#fd, (error) => (error === null ? resolve() : reject(error)));
    });
  }

  /** The same, blocking: for the start, before anything is read from the log. */
  syncNow(): void {
    fdatasyncSync(this.#fd);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    closeSync(this.#fd);
  }
}
