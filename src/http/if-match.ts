import { z } from 'zod';

const ENTITY_TAG = /^\s*(?:W\/)?"(\d{1,19})"\s*$|^\s*(\d{1,19})\s*$/;

export class InvalidIfMatch extends Error {
  readonly code = 'REQUEST.INVALID_IF_MATCH';
  readonly statusCode = 400;
}

/** The entity tag of a stream revision: `"3"`. */
export function entityTag(revision: bigint | string): string {
  return `"${String(revision)}"`;
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

export const idempotencyHeaderSchema = z.looseObject({
  'idempotency-key': ifMatchHeaderSchema.shape['idempotency-key'],
});
