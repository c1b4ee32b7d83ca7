import { randomUUID } from 'node:crypto';

/**
 * A time-ordered uuid (RFC 9562 version 7): the first 48 bits are the milliseconds since 1970, the rest random
 * (within one millisecond the order is random, which the RFC allows). Made from `randomUUID()`, whose 122 random
 * bits come from a pool Node refills from the CSPRNG now and then, by writing the time over its first 48 and 7
 * over its version digit. The `uuid` package's v7 asks the CSPRNG for 16 bytes per id (`getRandomValues`), which
 * showed in the write path's profile at about the cost of the rest of the id's use.
 */
export function timeOrderedUuid(nowMs: number = Date.now()): string {
  const random = randomUUID();
  const time = nowMs.toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(15)}`;
}
