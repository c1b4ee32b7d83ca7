export {
  IdempotencyStore,
  IDEMPOTENCY_RETENTION_MS,
  IDEMPOTENCY_WRITE_DELAY_MS,
  IDEMPOTENCY_RETRY_DELAY_MS,
} from './idempotency-store.js';
export type { IdempotencyClaim, IdempotencyRecords, StoredResponse } from './idempotency-records.js';
export { registerIdempotency, IDEMPOTENCY_KEY_HEADER, REPLAYED_HEADER } from './idempotency.hooks.js';
