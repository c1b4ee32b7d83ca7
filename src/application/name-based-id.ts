import { createHash } from 'node:crypto';

/**
 * A name-based uuid (RFC 9562 version 8, from sha256): the same namespace and name always give the same id. Used
 * where a retry must recognise its own earlier write: an imported fact, a command sent with an Idempotency-Key.
 */
export function nameBasedUuid(namespace: string, name: string): string {
  const bytes = createHash('sha256').update(`${namespace}:${name}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x80;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
