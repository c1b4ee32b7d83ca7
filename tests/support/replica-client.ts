// Reads and writes against API replicas (real server processes) for the multi-process tests: the read waits for
// a position with X-Min-Position, the write may carry If-Match and an Idempotency-Key.
import { MIN_POSITION_HEADER } from '../../src/http/min-position.js';
import type { Answer } from './api-client.js';

export interface CallOptions {
  body?: unknown;
  key?: string;
  ifMatch?: string;
  minPosition?: string;
  signal?: AbortSignal;
}

export async function call(
  base: string,
  token: string,
  method: 'GET' | 'POST',
  path: string,
  options: CallOptions = {},
): Promise<Answer> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.key !== undefined) headers['idempotency-key'] = options.key;
  if (options.ifMatch !== undefined) headers['if-match'] = options.ifMatch;
  if (options.minPosition !== undefined) headers[MIN_POSITION_HEADER] = options.minPosition;
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    signal: options.signal ?? AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { text };
  }
  return { status: response.status, headers: response.headers, body };
}

/** The position the projections of a replica have applied, from /health/ready (null while not ready). */
export async function readyPosition(base: string): Promise<string | null> {
  try {
    const response = await fetch(`${base}/health/ready`, { signal: AbortSignal.timeout(10_000) });
    if (response.status !== 200) return null;
    return ((await response.json()) as { position: string | null }).position;
  } catch {
    return null;
  }
}
