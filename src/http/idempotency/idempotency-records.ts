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

/**
 * Where idempotency records live (docs/api.md, "Idempotency-Key"): in DATA_DIR/api.sqlite beside the embedded
 * store (IdempotencyStore, answering at once), or in PostgreSQL beside that store (PgIdempotencyStore), where
 * every replica sees the same claims and records.
 */
export interface IdempotencyRecords {
  /** Claims the key for this request, or says what the first request with it left behind. */
  claim(principalId: string, key: string, fingerprint: string): IdempotencyClaim | Promise<IdempotencyClaim>;
  /** Keeps the response of a claimed request, to replay to its retries. Never throws. */
  complete(principalId: string, key: string, response: StoredResponse): void;
  /** Forgets an unfinished claim (the request failed without a result worth replaying). Never throws. */
  release(principalId: string, key: string): void;
  /** Writes what is still only in memory; the service calls it before it closes. */
  flush(): void | Promise<void>;
}
