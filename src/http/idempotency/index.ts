export {
  IdempotencyStore,
  IDEMPOTENCY_RETENTION_MS,
  IDEMPOTENCY_WRITE_DELAY_MS,
  IDEMPOTENCY_RETRY_DELAY_MS,
  type StoredResponse,
} from './idempotency-store.js';
export { registerIdempotency, IDEMPOTENCY_KEY_HEADER, REPLAYED_HEADER } from './idempotency.hooks.js';
