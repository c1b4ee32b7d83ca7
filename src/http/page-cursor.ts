import { z } from 'zod';
import type { PageCursor } from '../projections/finding/index.js';

export const DEFAULT_PAGE_LIMIT = 50;
export const MAX_PAGE_LIMIT = 200;

const CursorContentSchema = z.strictObject({
  o: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  k: z.string().max(300),
});

/** An opaque cursor: base64url JSON of the page's offset and the key of the item before it. */
export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify({ o: cursor.offset, k: cursor.lastKey })).toString('base64url');
}

function decodeCursor(text: string): PageCursor | null {
  try {
    const parsed = CursorContentSchema.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? { offset: parsed.data.o, lastKey: parsed.data.k } : null;
  } catch {
    return null;
  }
}

/** `limit` and `cursor` of a paginated read; a cursor that is not one this server wrote is a 400. */
export const pageQueryShape = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_LIMIT)
    .default(DEFAULT_PAGE_LIMIT)
    .meta({
      description: `Items per page (default ${String(DEFAULT_PAGE_LIMIT)}, at most ${String(MAX_PAGE_LIMIT)})`,
    }),
  cursor: z
    .string()
    .max(600)
    .optional()
    .transform(function readCursor(value, context) {
      if (value === undefined) return null;
      const cursor = decodeCursor(value);
      if (cursor === null) {
        context.addIssue({ code: 'custom', message: 'not a cursor of this API (take nextCursor of a page)' });
        return z.NEVER;
      }
      return cursor;
    })
    .meta({ description: 'Where the page starts: `nextCursor` of the previous page' }),
};

export const pageInfoShape = {
  nextCursor: z
    .string()
    .nullable()
    .meta({ description: 'Pass as `cursor` for the next page; null on the last' }),
  total: z.number().int().meta({ description: 'How many items the whole answer has' }),
};
