import type { ApiDatabase } from '../../auth/index.js';
import type { IdempotencyClaim, IdempotencyRecords, StoredResponse } from './idempotency-records.js';

export type { IdempotencyClaim, IdempotencyRecords, StoredResponse } from './idempotency-records.js';

interface Row {
  fingerprint: string;
  status: number;
  headers: string;
  body: string;
}

/** How long a key is remembered; a retry later than this is a new request. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;

/** How long completed responses wait in memory to be written together (or until WRITE_BATCH_ROWS are waiting). */
export const IDEMPOTENCY_WRITE_DELAY_MS = 50;
const WRITE_BATCH_ROWS = 500;
/** After a failed write (a full disk, another process holding the file's lock), the next try waits this long. */
export const IDEMPOTENCY_RETRY_DELAY_MS = 1000;
/**
 * Unwritten responses kept in memory while the file cannot be written; past this the oldest are forgotten. A lost
 * record of a command that appended costs nothing: its retry is decided from the events (docs/api.md).
 */
export const MAX_UNWRITTEN_ROWS = 10_000;

export interface IdempotencyLogger {
  warn(obj: object, msg: string): void;
}

/**
 * Idempotency records, keyed by (token id, key). A claim lives in memory while its request runs: a process that
 * stops mid-request never answered it, so its claims must not outlive it anyway. Completed responses are written
 * to DATA_DIR/api.sqlite together, one transaction for all those completed within IDEMPOTENCY_WRITE_DELAY_MS (a
 * row per transaction cost a tenth of a command's time: every row dirties a page of the key's index), and are
 * answered from memory until then; so a retry after a restart replays them. A successful command whose row a
 * crash loses in that window still cannot be appended twice: the key names the event ids
 * (CommandContext.eventIdSeed), and the retry finds its earlier append.
 */
export class IdempotencyStore implements IdempotencyRecords {
  readonly #insertCompleted;
  readonly #select;
  readonly #purgeExpired;
  readonly #db: ApiDatabase;
  readonly #insertBatch;
  /** Fingerprints of the requests running now, by claimKey. */
  readonly #running = new Map<string, string>();
  /** Completed responses not yet written, by claimKey; written within IDEMPOTENCY_WRITE_DELAY_MS. */
  readonly #unwritten = new Map<string, CompletedRow>();
  #writeTimer: NodeJS.Timeout | null = null;
  #claimsSincePurge = 0;
  /** Set while writing fails, so that one fault is logged once, not once per try. */
  #failing = false;
  readonly #logger: IdempotencyLogger | undefined;

  constructor(
    db: ApiDatabase,
    private readonly clock: () => Date = () => new Date(),
    logger?: IdempotencyLogger,
  ) {
    this.#db = db;
    this.#logger = logger;
    this.#insertCompleted = db.prepare(
      `INSERT INTO idempotency_keys (principal_id, idempotency_key, fingerprint, state, created_at, status, headers, body)
       VALUES (?, ?, ?, 'completed', ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    this.#select = db.prepare<[string, string], Row>(
      `SELECT fingerprint, status, headers, body FROM idempotency_keys
       WHERE principal_id = ? AND idempotency_key = ? AND state = 'completed'`,
    );
    this.#purgeExpired = db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?');
    this.#insertBatch = db.transaction((rows: readonly CompletedRow[]) => {
      for (const row of rows) {
        this.#insertCompleted.run(
          row.principalId,
          row.key,
          row.fingerprint,
          row.createdAt,
          row.response.status,
          JSON.stringify(row.response.headers),
          row.response.body,
        );
      }
    });
    // Claims written by versions that kept them in the file: their requests never got an answer.
    const deleteClaims = db.prepare(`DELETE FROM idempotency_keys WHERE state = 'in_progress'`);
    this.#tryWrite(() => deleteClaims.run());
    this.purgeExpired();
  }

  purgeExpired(): void {
    this.flush();
    this.#tryWrite(() =>
      this.#purgeExpired.run(new Date(this.clock().getTime() - IDEMPOTENCY_RETENTION_MS).toISOString()),
    );
  }

  /** Claims the key for this request, or says what the first request with it left behind. */
  claim(principalId: string, key: string, fingerprint: string): IdempotencyClaim {
    if (++this.#claimsSincePurge >= 1000) {
      this.#claimsSincePurge = 0;
      this.purgeExpired();
    }
    const name = claimKey(principalId, key);
    const running = this.#running.get(name);
    if (running !== undefined)
      return running === fingerprint ? { kind: 'in-progress' } : { kind: 'key-reused' };
    const unwritten = this.#unwritten.get(name);
    if (unwritten !== undefined) {
      return unwritten.fingerprint === fingerprint
        ? { kind: 'replay', response: unwritten.response }
        : { kind: 'key-reused' };
    }
    const row = this.#selectRow(principalId, key);
    if (row === undefined) {
      this.#running.set(name, fingerprint);
      return { kind: 'claimed' };
    }
    if (row.fingerprint !== fingerprint) return { kind: 'key-reused' };
    return {
      kind: 'replay',
      response: {
        status: row.status,
        headers: JSON.parse(row.headers) as Record<string, string>,
        body: row.body,
      },
    };
  }

  /** Keeps the response of a claimed request, to replay to its retries. */
  complete(principalId: string, key: string, response: StoredResponse): void {
    const name = claimKey(principalId, key);
    const fingerprint = this.#running.get(name);
    if (fingerprint === undefined) return;
    this.#running.delete(name);
    const createdAt = this.clock().toISOString();
    this.#unwritten.set(name, { principalId, key, fingerprint, createdAt, response });
    if (this.#unwritten.size >= WRITE_BATCH_ROWS && !this.#failing) this.flush();
    else this.#scheduleWrite(this.#failing ? IDEMPOTENCY_RETRY_DELAY_MS : IDEMPOTENCY_WRITE_DELAY_MS);
  }

  /**
   * Writes the completed responses not yet written; the service calls it before it closes the database. Never
   * throws: a write that fails keeps the rows in memory (up to MAX_UNWRITTEN_ROWS) and is tried again later.
   */
  flush(): void {
    if (this.#writeTimer !== null) {
      clearTimeout(this.#writeTimer);
      this.#writeTimer = null;
    }
    // A database closed without a flush (a test, a failed start) has nothing left to write to.
    if (this.#unwritten.size === 0 || !this.#db.open) return;
    const rows = [...this.#unwritten.values()];
    if (this.#tryWrite(() => this.#insertBatch(rows))) {
      // Only now: a claim in between was answered from memory, and a later one finds the row.
      for (const row of rows) this.#unwritten.delete(claimKey(row.principalId, row.key));
      return;
    }
    this.#forgetOldestBeyond(MAX_UNWRITTEN_ROWS);
    this.#scheduleWrite(IDEMPOTENCY_RETRY_DELAY_MS);
  }

  #scheduleWrite(delayMs: number): void {
    // Unreferenced: a pending write keeps no process alive; the service flushes before it closes.
    this.#writeTimer ??= setTimeout(() => {
      this.#writeTimer = null;
      this.flush();
    }, delayMs).unref();
  }

  /** Runs a write on the file; false (logged once per fault) when it fails, which it may at any time. */
  #tryWrite(write: () => unknown): boolean {
    try {
      write();
    } catch (error) {
      if (!this.#failing) {
        this.#failing = true;
        this.#logger?.warn(
          { err: error, unwritten: this.#unwritten.size },
          'idempotency records cannot be written; kept in memory and tried again',
        );
      }
      return false;
    }
    if (this.#failing) {
      this.#failing = false;
      this.#logger?.warn({}, 'idempotency records are written again');
    }
    return true;
  }

  #selectRow(principalId: string, key: string): Row | undefined {
    try {
      return this.#select.get(principalId, key);
    } catch (error) {
      // Unreadable for now (locked during recovery, say): decided as unknown, the events still guard a retry.
      this.#logger?.warn({ err: error }, 'idempotency record could not be read');
      return undefined;
    }
  }

  #forgetOldestBeyond(limit: number): void {
    // A Map iterates in insertion order: the oldest first.
    for (const name of this.#unwritten.keys()) {
      if (this.#unwritten.size <= limit) return;
      this.#unwritten.delete(name);
    }
  }

  /** Forgets an unfinished claim (the request failed without a result worth replaying). */
  release(principalId: string, key: string): void {
    this.#running.delete(claimKey(principalId, key));
  }
}

interface CompletedRow {
  principalId: string;
  key: string;
  fingerprint: string;
  createdAt: string;
  response: StoredResponse;
}

function claimKey(principalId: string, key: string): string {
  return `${principalId}\u0000${key}`;
}
