import { randomFillSync } from 'node:crypto';

/** Enough for about 170 requests' trace and span ids per refill. */
const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let used = POOL_BYTES;

/**
 * `bytes` random bytes as lowercase hex, from a pool refilled from the CSPRNG when spent, as Node's own
 * randomUUID does: a `randomBytes` call per id (an OpenSSL call, its fork check's getpid and a Buffer each, two
 * per request) showed in the write path's profile; the pool costs one of those per 170 requests.
 */
export function randomHex(bytes: number): string {
  if (bytes > POOL_BYTES) throw new RangeError(`at most ${POOL_BYTES} random bytes at once`);
  if (used + bytes > POOL_BYTES) {
    randomFillSync(pool);
    used = 0;
  }
  const hex = pool.toString('hex', used, used + bytes);
  used += bytes;
  return hex;
}
