import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import { constants, type BrotliOptions, type ZlibOptions } from 'node:zlib';

/**
 * The fastest levels: answers are compressed as they are sent, so time counts more than the last few per cent
 * (docs/performance.md, "The figures behind the code's choices").
 */
export const BROTLI_OPTIONS: BrotliOptions = { params: { [constants.BROTLI_PARAM_QUALITY]: 1 } };

/**
 * The same for a body compressed whole, of known size. Without the hint brotli fed in chunks assumes any length
 * and sets up its largest window, several times slower for the same bytes.
 */
export function brotliOptionsFor(byteLength: number): BrotliOptions {
  return {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 1,
      [constants.BROTLI_PARAM_SIZE_HINT]: byteLength,
    },
  };
}
export const GZIP_OPTIONS: ZlibOptions = { level: 1 };

/**
 * Responses over 1 KB (reports, histories, the audit log, CSV) are compressed when the client accepts br or gzip:
 * they are repetitive JSON and text that shrink ten to twenty times. The plan tree compresses itself once per
 * state (plan-response-cache.ts); an answer that already carries a Content-Encoding is left alone.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    globalCompression: true,
    // Request bodies are read as sent (a compressed body fails as unreadable JSON); inflating them would let a
    // small request grow past the body limit.
    globalDecompression: false,
    threshold: 1024,
    encodings: ['br', 'gzip', 'deflate'],
    brotliOptions: BROTLI_OPTIONS,
    zlibOptions: GZIP_OPTIONS,
  });
}
