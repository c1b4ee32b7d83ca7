import { z } from 'zod';

// A read's tag starts with the stream revision; what follows it names the answer (entityTagOfAnswer).
const ENTITY_TAG = /^\s*(?:W\/)?"(\d{1,19})(?:\.[\d.]{1,80})?"\s*$|^\s*(\d{1,19})\s*$/;

export class InvalidIfMatch extends Error {
  readonly code = 'REQUEST.INVALID_IF_MATCH';
  readonly statusCode = 400;
}

/** The entity tag of a stream revision: `"3"`. */
export function entityTag(revision: bigint | string): string {
  return `"${String(revision)}"`;
}

/**
 * The entity tag of a read: the stream revision (what `If-Match` checks), then the numbers that decide the answer
 * at (validAt, knownAt), so the tag changes with the answer: `"25.1207.310.296"`. A command's If-Match reads the
 * first number only; If-None-Match compares the whole tag.
 */
export function entityTagOfAnswer(
  revision: bigint | string,
  ...answer: readonly (bigint | number)[]
): string {
  return `"${[revision, ...answer].map(String).join('.')}"`;
}

/**
 * Does `If-None-Match` name this tag (weak comparison, RFC 9110 §13.1.2)? A list of tags, W/ prefixes and `*`
 * are understood; a header that names none is simply not a match.
 */
export function ifNoneMatchHits(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value.trim() === '*') return true;
  return value.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

/**
 * The revision an `If-Match` header names, or undefined when there is none (or `*`: the command itself finds out
 * whether the entity exists). Accepts `"3"`, `W/"3"` and a bare `3`; a list of tags is refused.
 */
export function revisionFromIfMatch(header: string | undefined): bigint | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const match = ENTITY_TAG.exec(header);
  const digits = match?.[1] ?? match?.[2];
  if (digits === undefined) throw new InvalidIfMatch('If-Match names one revision: "3"');
  return BigInt(digits);
}

/** The If-Match header as the OpenAPI document describes it. */
export const ifMatchHeaderSchema = z.looseObject({
  'if-match': z.string().optional().meta({
    description:
      'Make the command conditional: the ETag of the entity as you read it ("3"). 412 when it has changed since.',
    example: '"3"',
  }),
  'idempotency-key': z.string().optional().meta({
    description:
      'Make a retry safe: the same key with the same request returns the first response and appends nothing.',
    example: '4f1c2a9e-2c1b-4d5e-8f7a-6b3c2d1e0f9a',
  }),
});

/** The If-None-Match header of a read that answers 304 when nothing changed. */
export const ifNoneMatchHeaderSchema = z.looseObject({
  'if-none-match': z.string().max(1000).optional().meta({
    description:
      'The ETag of the answer you hold: 304 Not Modified, without a body, while it is still the answer.',
    example: '"25.1207.310.296"',
  }),
});

export const idempotencyHeaderSchema = z.looseObject({
  'idempotency-key': ifMatchHeaderSchema.shape['idempotency-key'],
});
