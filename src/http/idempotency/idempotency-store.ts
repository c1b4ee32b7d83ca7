import type { ApiDatabase } from '../../auth/api-database.js';

/** The response kept for a key: replayed byte for byte, with the headers a client acts on. */
export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type IdempotencyClaim =
  | { kind: 'claimed' }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'in-progress' }
  | { kind: 'key-reused' };

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

/**
 * Idempotency records, keyed by (token id, key). A claim lives in memory while its request runs: a process that
 * stops mid-request never answered it, so its claims must not outlive it anyway. Completed responses are written
 * to DATA_DIR/api.sqlite together, one transaction for all those completed within IDEMPOTENCY_WRITE_DELAY_MS (a
 * row per transaction cost a tenth of a command's time: every row dirties a page of the key's index), and are
 * answered from memory until then; so a retry after a restart replays them. A successful command whose row a
 * crash loses in that window still cannot be appended twice: the key names the event ids
 * (CommandContext.eventIdSeed), and the retry finds its earlier append.
 */
export class IdempotencyStore {
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

  constructor(
    db: ApiDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.#db = db;
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
    db.prepare(`DELETE FROM idempotency_keys WHERE state = 'in_progress'`).run();
    this.purgeExpired();
  }

  purgeExpired(): void {
    this.flush();
    this.#purgeExpired.run(new Date(this.clock().getTime() - IDEMPOTENCY_RETENTION_MS).toISOString());
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
    const row = this.#select.get(principalId, key);
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
    if (this.#unwritten.size >= WRITE_BATCH_ROWS) this.flush();
    else {
      // Unreferenced: a pending write keeps no process alive; the service flushes before it closes.
      this.#writeTimer ??= setTimeout(() => {
        this.#writeTimer = null;
        this.flush();
      }, IDEMPOTENCY_WRITE_DELAY_MS).unref();
    }
  }

  /** Writes the completed responses not yet written; the service calls it before it closes the database. */
  flush(): void {
    if (this.#writeTimer !== null) {
      clearTimeout(this.#writeTimer);
      this.#writeTimer = null;
    }
    // A database closed without a flush (a test, a failed start) has nothing left to write to.
    if (this.#unwritten.size === 0 || !this.#db.open) return;
    const rows = [...this.#unwritten.values()];
    this.#insertBatch(rows);
    // Only now: a claim in between was answered from memory, and a later one finds the row.
    this.#unwritten.clear();
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
