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
  state: 'in_progress' | 'completed';
  status: number | null;
  headers: string | null;
  body: string | null;
}

/** How long a key is remembered; a retry later than this is a new request. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;

/**
 * Idempotency records in DATA_DIR/api.sqlite (synchronous=FULL), keyed by (token id, key). A claim is written before
 * the command runs and the response before it is sent, so a retry after a restart still finds it.
 */
export class IdempotencyStore {
  readonly #insert;
  readonly #select;
  readonly #complete;
  readonly #release;
  readonly #purgeExpired;
  readonly #releaseAll;
  #claimsSincePurge = 0;

  constructor(
    db: ApiDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.#insert = db.prepare(
      `INSERT INTO idempotency_keys (principal_id, idempotency_key, fingerprint, state, created_at)
       VALUES (?, ?, ?, 'in_progress', ?) ON CONFLICT DO NOTHING`,
    );
    this.#select = db.prepare<[string, string], Row>(
      'SELECT fingerprint, state, status, headers, body FROM idempotency_keys WHERE principal_id = ? AND idempotency_key = ?',
    );
    this.#complete = db.prepare(
      `UPDATE idempotency_keys SET state = 'completed', status = ?, headers = ?, body = ?
       WHERE principal_id = ? AND idempotency_key = ? AND state = 'in_progress'`,
    );
    this.#release = db.prepare(
      `DELETE FROM idempotency_keys WHERE principal_id = ? AND idempotency_key = ? AND state = 'in_progress'`,
    );
    this.#purgeExpired = db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?');
    this.#releaseAll = db.prepare(`DELETE FROM idempotency_keys WHERE state = 'in_progress'`);
    // Claims left by a process that stopped mid-request are released: their request never got an answer.
    this.#releaseAll.run();
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
    const inserted = this.#insert.run(principalId, key, fingerprint, this.clock().toISOString());
    if (inserted.changes === 1) return { kind: 'claimed' };
    const row = this.#select.get(principalId, key);
    // Released between the insert and the select: claim again.
    if (row === undefined) return this.claim(principalId, key, fingerprint);
    if (row.fingerprint !== fingerprint) return { kind: 'key-reused' };
    if (row.state === 'in_progress') return { kind: 'in-progress' };
    return {
      kind: 'replay',
      response: {
        status: row.status ?? 200,
        headers: JSON.parse(row.headers ?? '{}') as Record<string, string>,
        body: row.body ?? '',
      },
    };
  }

  complete(principalId: string, key: string, response: StoredResponse): void {
    this.#complete.run(response.status, JSON.stringify(response.headers), response.body, principalId, key);
  }

  /** Forgets an unfinished claim (the request failed without a result worth replaying). */
  release(principalId: string, key: string): void {
    this.#release.run(principalId, key);
  }
}
