import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { PlanStateKey } from '../projections/index.js';
import { BROTLI_OPTIONS, GZIP_OPTIONS } from './compression.js';

/** The content codings a kept answer is sent in besides identity, in order of preference. */
export const CONTENT_CODINGS = ['br', 'gzip'] as const;
export type ContentCoding = (typeof CONTENT_CODINGS)[number];

/**
 * A plan answer as sent: the serialized JSON body, its ETag, and the body compressed once per coding asked for
 * (a plan of 100 tiltak is about 80 KB of JSON and 7 KB compressed), so a kept state is compressed once rather
 * than once per request.
 */
export class CachedPlanResponse {
  readonly body: string;
  readonly etag: string;
  readonly #encoded = new Map<ContentCoding, Buffer>();

  constructor(body: string, etag: string) {
    this.body = body;
    this.etag = etag;
  }

  encoded(coding: ContentCoding): Buffer {
    let encoded = this.#encoded.get(coding);
    if (encoded === undefined) {
      encoded =
        coding === 'br' ? brotliCompressSync(this.body, BROTLI_OPTIONS) : gzipSync(this.body, GZIP_OPTIONS);
      this.#encoded.set(coding, encoded);
    }
    return encoded;
  }
}

interface Entry {
  response: CachedPlanResponse;
  version: bigint;
  bytes: number;
}

/**
 * The serialized plan trees last sent, by plan and state (ReadModel.planStateKey), least recently used first out
 * once they hold more than maxBytes. Building and serializing a plan of 100 tiltak costs about 2 ms; sending a
 * kept one costs nothing, and every date between two changes of the plan is the same state. An entry whose plan
 * has a newer version is stale: it is dropped when met and never served.
 */
export class PlanResponseCache {
  readonly #entries = new Map<string, Entry>();
  readonly #maxBytes: number;
  #bytes = 0;

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes;
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
    const bytes = footprint(response.body) + 2 * (response.etag.length + planId.length) + 128;
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

/**
 * The memory a kept body takes: V8 keeps a string of Latin-1 text (Norwegian included) at one byte a character,
 * any other at two; a quarter more is counted for its compressed forms (each under a tenth of the body).
 */
function footprint(body: string): number {
  const perCharacter = /[\u0100-\uffff]/.test(body) ? 2 : 1;
  return Math.ceil(body.length * (perCharacter + 0.25));
}

function entryId(planId: string, key: PlanStateKey): string {
  return `${planId}\u0000${key.knownCount}\u0000${key.effectiveCount}`;
}
