import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import type { PlanStateKey, PlanStateKeySource, TemporalQuery } from '../projections/index.js';
import { brotliOptionsFor, GZIP_OPTIONS } from './compression.js';

/** The content codings a kept answer is sent in besides identity, in order of preference. */
export const CONTENT_CODINGS = ['br', 'gzip'] as const;
export type ContentCoding = (typeof CONTENT_CODINGS)[number];

/**
 * A plan answer as sent: the serialized JSON body, kept brotli-compressed (about a fifteenth of the JSON's size, so
 * ten times more states fit), and its ETag. The other forms are made from it: gzip once when first asked for and
 * then kept, identity (rare: browsers and HTTP clients accept compression) decompressed for each such request.
 */
export class CachedPlanResponse {
  readonly etag: string;
  readonly #brotli: Buffer;
  #gzip: Buffer | null = null;

  constructor(body: string, etag: string) {
    this.#brotli = brotliCompressSync(body, brotliOptionsFor(Buffer.byteLength(body)));
    this.etag = etag;
  }

  /** The JSON as UTF-8 bytes, uncompressed. */
  identity(): Buffer {
    return brotliDecompressSync(this.#brotli);
  }

  encoded(coding: ContentCoding): Buffer {
    if (coding === 'br') return this.#brotli;
    this.#gzip ??= gzipSync(this.identity(), GZIP_OPTIONS);
    return this.#gzip;
  }

  /** The memory it takes at most: br, room for a gzip form (a fifth larger), and the object around them. */
  get footprint(): number {
    return Math.ceil(this.#brotli.length * 2.2) + 2 * this.etag.length + 256;
  }
}

interface Entry {
  response: CachedPlanResponse;
  version: bigint;
  bytes: number;
}

/**
 * The serialized plan trees last sent, by plan and state (the projections' PlanStateKeySource, which the
 * composition root hands it), least recently used first out
 * once they hold more than maxBytes. Building, serializing and compressing a plan costs far more than
 * sending a kept one, and every date between two changes of the plan is the same
 * state. An entry whose plan has a newer version is stale: it is dropped when met and never served.
 */
export class PlanResponseCache {
  readonly #entries = new Map<string, Entry>();
  readonly #maxBytes: number;
  readonly #keys: PlanStateKeySource;
  #bytes = 0;

  constructor(maxBytes: number, keys: PlanStateKeySource) {
    this.#maxBytes = maxBytes;
    this.#keys = keys;
  }

  /** The key the answer of the plan at this point is kept under; null for an unknown plan. */
  keyOf(planId: string, at: TemporalQuery): PlanStateKey | null {
    return this.#keys.planStateKey(planId, at);
  }

  get size(): number {
    return this.#entries.size;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get(planId: string, key: PlanStateKey): CachedPlanResponse | undefined {
    const id = entryId(planId, key);
    const entry = this.#entries.get(id);
    if (entry === undefined) return undefined;
    this.#entries.delete(id);
    if (entry.version !== key.version) {
      this.#bytes -= entry.bytes;
      return undefined;
    }
    this.#entries.set(id, entry); // now the most recently used
    return entry.response;
  }

  set(planId: string, key: PlanStateKey, response: CachedPlanResponse): void {
    const bytes = response.footprint + 2 * planId.length + 128;
    if (bytes > this.#maxBytes) return;
    const id = entryId(planId, key);
    const previous = this.#entries.get(id);
    if (previous !== undefined) {
      this.#entries.delete(id);
      this.#bytes -= previous.bytes;
    }
    this.#entries.set(id, { response, version: key.version, bytes });
    this.#bytes += bytes;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
  }
}

function entryId(planId: string, key: PlanStateKey): string {
  return `${planId}\u0000${key.knownCount}\u0000${key.effectiveCount}`;
}
