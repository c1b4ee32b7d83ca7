import { z } from 'zod';

/**
 * The one id schema for plans, tiltak, goals, areas, grants and parties: a lowercase slug of at most 100 characters
 * (the importer's stable ids, `kommune-3030`), which every lowercase uuid (the API's ids) also matches. Uppercase is
 * refused so that one id has one spelling and one stream.
 */
export const EntityIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'an id is 1..100 of a-z, 0-9 and "-", starting with a letter or digit');
export type EntityId = z.infer<typeof EntityIdSchema>;

/** An event's id: assigned by the command handler (a lowercase uuid), so the entity id schema admits it too. */
export const EventIdSchema = EntityIdSchema;

export const PLAN_STREAM_PREFIX = 'plan-';
export const TILTAK_STREAM_PREFIX = 'tiltak-';

export function planStreamId(planId: string): string {
  return `${PLAN_STREAM_PREFIX}${planId}`;
}

export function tiltakStreamId(tiltakId: string): string {
  return `${TILTAK_STREAM_PREFIX}${tiltakId}`;
}

/** Which aggregate a stream belongs to, or null for a stream that is neither a plan nor a tiltak. */
export function parseStreamId(streamId: string): { kind: 'plan' | 'tiltak'; id: string } | null {
  for (const [kind, prefix] of [
    ['plan', PLAN_STREAM_PREFIX],
    ['tiltak', TILTAK_STREAM_PREFIX],
  ] as const) {
    if (streamId.startsWith(prefix)) {
      const id = streamId.slice(prefix.length);
      return EntityIdSchema.safeParse(id).success ? { kind, id } : null;
    }
  }
  return null;
}
