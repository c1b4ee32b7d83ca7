import type { PgApiDatabase } from '../../auth/index.js';
import { StoreUnavailable } from '../../store/index.js';
import type { IdempotencyClaim, IdempotencyRecords, StoredResponse } from './idempotency-records.js';
import { IDEMPOTENCY_RETENTION_MS, type IdempotencyLogger } from './idempotency-store.js';

/**
 * A claim older than this many request timeouts is taken to belong to a replica that stopped mid-request, and a
 * retry may claim the key again. Taking over early is safe: the retried command is decided from the events its
 * key names (a replay, or IDEMPOTENCY.KEY_REUSED), never appended twice; the claim only spares the work.
 */
export const STALE_CLAIM_REQUEST_TIMEOUTS = 2;

interface Row {
  fingerprint: string;
  state: 'in_progress' | 'completed';
  status: number | null;
  headers: string | null;
  body: string | null;
  age_ms: string;
}

/**
 * Idempotency records in PostgreSQL, shared by every replica. The claim itself is a row (state in_progress), so
 * a retry that reaches another replica while the first request runs is told it is in progress, and one that comes
 * after it gets the same response replayed. Completing and releasing are written without holding up the answer;
 * should such a write fail, a retry is still decided from the events, whose ids the key names (docs/api.md).
 */
export class PgIdempotencyStore implements IdempotencyRecords {
  readonly #db: PgApiDatabase;
  readonly #logger: IdempotencyLogger | undefined;
  /** Fingerprints of the keys this replica claimed and has not finished, by principal and key. */
  readonly #running = new Map<string, string>();
  readonly #writes = new Set<Promise<void>>();
  readonly #staleClaimMs: number;
  #claimsSincePurge = 0;

  /** `requestTimeoutMs`: REQUEST_TIMEOUT_MS, after which no request of any replica still holds its claim. */
  constructor(db: PgApiDatabase, options: { logger?: IdempotencyLogger; requestTimeoutMs?: number } = {}) {
    this.#db = db;
    this.#logger = options.logger;
    this.#staleClaimMs = STALE_CLAIM_REQUEST_TIMEOUTS * (options.requestTimeoutMs ?? 15_000);
  }

  async claim(principalId: string, key: string, fingerprint: string): Promise<IdempotencyClaim> {
    if (++this.#claimsSincePurge >= 1000) {
      this.#claimsSincePurge = 0;
      this.#write(
        "DELETE FROM api_idempotency_keys WHERE created_at < now() - $1 * interval '1 millisecond'",
        [IDEMPOTENCY_RETENTION_MS],
      );
    }
    try {
      const inserted = await this.#db.query(
        `INSERT INTO api_idempotency_keys (principal_id, idempotency_key, fingerprint, state)
         VALUES ($1, $2, $3, 'in_progress') ON CONFLICT DO NOTHING RETURNING 1`,
        [principalId, key, fingerprint],
      );
      if (inserted.rowCount === 1) return this.#claimed(principalId, key, fingerprint);
      const found = await this.#db.query<Row>(
        `SELECT fingerprint, state, status, headers, body,
                (extract(epoch FROM now() - created_at) * 1000)::bigint::text AS age_ms
           FROM api_idempotency_keys WHERE principal_id = $1 AND idempotency_key = $2`,
        [principalId, key],
      );
      const row = found.rows[0];
      // Deleted in between (released or purged): this request may have the key.
      if (row === undefined) return this.claim(principalId, key, fingerprint);
      const age = Number(row.age_ms);
      const abandoned = row.state === 'in_progress' && age > this.#staleClaimMs;
      if (age > IDEMPOTENCY_RETENTION_MS || abandoned) {
        const taken = await this.#db.query(
          `UPDATE api_idempotency_keys
              SET fingerprint = $3, state = 'in_progress', status = NULL, headers = NULL, body = NULL, created_at = now()
            WHERE principal_id = $1 AND idempotency_key = $2 AND fingerprint = $4 AND state = $5
              AND created_at < now() - $6 * interval '1 millisecond'
           RETURNING 1`,
          [
            principalId,
            key,
            fingerprint,
            row.fingerprint,
            row.state,
            abandoned ? this.#staleClaimMs : IDEMPOTENCY_RETENTION_MS,
          ],
        );
        if (taken.rowCount === 1) return this.#claimed(principalId, key, fingerprint);
        return { kind: 'in-progress' };
      }
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
    } catch (error) {
      throw new StoreUnavailable(`idempotency records in PostgreSQL cannot be read: ${String(error)}`, {
        cause: error,
      });
    }
  }

  complete(principalId: string, key: string, response: StoredResponse): void {
    const fingerprint = this.#finish(principalId, key);
    if (fingerprint === undefined) return;
    this.#write(
      `UPDATE api_idempotency_keys SET state = 'completed', status = $4, headers = $5, body = $6
        WHERE principal_id = $1 AND idempotency_key = $2 AND fingerprint = $3 AND state = 'in_progress'`,
      [principalId, key, fingerprint, response.status, JSON.stringify(response.headers), response.body],
    );
  }

  release(principalId: string, key: string): void {
    const fingerprint = this.#finish(principalId, key);
    if (fingerprint === undefined) return;
    this.#write(
      `DELETE FROM api_idempotency_keys
        WHERE principal_id = $1 AND idempotency_key = $2 AND fingerprint = $3 AND state = 'in_progress'`,
      [principalId, key, fingerprint],
    );
  }

  /** Waits for the writes under way; the service calls it before it closes the pool. */
  async flush(): Promise<void> {
    while (this.#writes.size > 0) await Promise.all([...this.#writes]);
  }

  #claimed(principalId: string, key: string, fingerprint: string): IdempotencyClaim {
    this.#running.set(`${principalId}\u0000${key}`, fingerprint);
    return { kind: 'claimed' };
  }

  #finish(principalId: string, key: string): string | undefined {
    const name = `${principalId}\u0000${key}`;
    const fingerprint = this.#running.get(name);
    this.#running.delete(name);
    return fingerprint;
  }

  #write(text: string, values: unknown[]): void {
    const write = this.#db
      .query(text, values)
      .then(() => undefined)
      .catch((error: unknown) => {
        this.#logger?.warn({ err: error }, 'an idempotency record could not be written to PostgreSQL');
      })
      .finally(() => this.#writes.delete(write));
    this.#writes.add(write);
  }
}
