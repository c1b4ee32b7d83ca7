import { StoreUnavailable } from '../errors.js';

/** The message of anything thrown, for a StoreUnavailable that names its cause. */
export function messageOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    // A refused connection to a host with several addresses (::1 and 127.0.0.1) arrives as one AggregateError.
    return error.errors.map((inner) => messageOf(inner)).join('; ');
  }
  if (error instanceof Error) return error.message || (error as { code?: string }).code || error.name;
  return String(error);
}

/**
 * Anything the driver or the server throws means the store cannot be used right now: the server is down, restarting
 * or refusing connections, the network is cut, or a commit's outcome is unknown. The caller sees one error with a
 * stable code (HTTP 503 STORE.UNAVAILABLE) and retries; a retried append with the same event ids cannot land twice.
 */
export function unavailable(what: string, error: unknown): StoreUnavailable {
  if (error instanceof StoreUnavailable) return error;
  return new StoreUnavailable(`${what}: ${messageOf(error)}`, { cause: error });
}

/** NUL cannot be stored in a PostgreSQL text column (JSON text is safe: JSON escapes it). */
export function assertNoNul(value: string, field: string): void {
  if (value.includes('\u0000')) throw new TypeError(`${field} contains a NUL character`);
}
