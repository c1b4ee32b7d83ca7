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

/**
 * Idempotency records, keyed by (token id, key). A claim lives in memory while its request runs: a process that
 * stops mid-request never answered it, so its claims must not outlive it anyway. The response is written to
 * DATA_DIR/api.sqlite before it is sent, so a retry after a restart replays it. (Even if a power cut loses that
 * row, the retry cannot append twice: the key names the event ids, see CommandContext.eventIdSeed.)
 */
export class IdempotencyStore {
  readonly #insertCompleted;
  readonly #select;
  readonly #purgeExpired;
  /** Fingerprints of the requests running now, by claimKey. */
  readonly #running = new Map<string, string>();
  #claimsSincePurge = 0;

  constructor(
    db: ApiDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.#insertCompleted = db.prepare(
      `INSERT INTO idempotency_keys (principal_id, idempotency_key, fingerprint, state, created_at, status, headers, body)
       VALUES (?, ?, ?, 'completed', ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    );
    this.#select = db.prepare<[string, string], Row>(
      `SELECT fingerprint, status, headers, body FROM idempotency_keys
       WHERE principal_id = ? AND idempotency_key = ? AND state = 'completed'`,
    );
    this.#purgeExpired = db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?');
    // Claims written by versions that kept them in the file: their requests never got an answer.
    db.prepare(`DELETE FROM idempotency_keys WHERE state = 'in_progress'`).run();
    this.purgeExpired();
  }

  purgeExpired(): void {
    this.#purgeExpired.run(new Date(this.clock().getTime() - IDEMPOTENCY_RETENTION_MS).toISOString());
  }

  /** Claims the key for this request, or says what the first request with it left behind. */
  claim(principalId: string, key: string, fingerprint: string): IdempotencyClaim {
    if (++this.#claimsSincePurge >= 1000) {
      this.#claimsSincePurge = 0;
      this.purgeExpired();
    }
    const running = this.#running.get(claimKey(principalId, key));
    if (running !== undefined)
      return running === fingerprint ? { kind: 'in-progress' } : { kind: 'key-reused' };
    const row = this.#select.get(principalId, key);
    if (row === undefined) {
      this.#running.set(claimKey(principalId, key), fingerprint);
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
    const fingerprint = this.#running.get(claimKey(principalId, key));
    if (fingerprint === undefined) return;
    this.#insertCompleted.run(
      principalId,
      key,
      fingerprint,
      this.clock().toISOString(),
      response.status,
      JSON.stringify(response.headers),
      response.body,
    );
    this.#running.delete(claimKey(principalId, key));
  }

  /** Forgets an unfinished claim (the request failed without a result worth replaying). */
  release(principalId: string, key: string): void {
    this.#running.delete(claimKey(principalId, key));
  }
}

function claimKey(principalId: string, key: string): string {
  return `${principalId}\u0000${key}`;
}
