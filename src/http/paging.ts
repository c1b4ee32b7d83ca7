import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { PageCursor } from '../projections/index.js';

/**
 * The one way a list is paged here (docs/api.md, "Pages"): `limit` (a default and a maximum per list), a
 * continuation token the client passes back as it got it, and a `Link: <…>; rel="next"` header naming the next
 * page's URL (the same URL with the token replaced). The audit log, the tiltak history, notes, the reports and
 * the find routes all page through this module.
 */
export interface PageLimits {
  defaultLimit: number;
  maxLimit: number;
}

export function limitSchema(limits: PageLimits) {
  return z.coerce
    .number()
    .int()
    .min(1)
    .max(limits.maxLimit)
    .default(limits.defaultLimit)
    .meta({ description: `Entries per page (default ${limits.defaultLimit}, at most ${limits.maxLimit})` });
}

/** An opaque cursor: what the previous page answered as `nextCursor`. */
export const cursorSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,200}$/)
  .optional()
  .meta({ description: 'Continue after the previous page: its `nextCursor`, unchanged' });

/** A cursor that this server did not write (or wrote for another list): the client's input, a 400. */
export class InvalidCursor extends Error {
  readonly code = 'REQUEST.INVALID_CURSOR';
}

/** Cursors are their parts joined and base64url-encoded: opaque to clients, so their content may change. */
export function encodeCursor(parts: readonly (string | number | bigint)[]): string {
  return Buffer.from(parts.map(String).join('~'), 'utf8').toString('base64url');
}

/** The cursor's parts, each matching its pattern; InvalidCursor otherwise. */
export function decodeCursor(cursor: string, patterns: readonly RegExp[]): string[] {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('~');
  if (parts.length !== patterns.length || parts.some((part, at) => !(patterns[at] as RegExp).test(part))) {
    throw new InvalidCursor('the cursor was not given by this list; start again without it');
  }
  return parts;
}

/** The URL of the next page: this request's path and query with `name` set to the token (and `also` set). */
export function nextPageUrl(
  request: FastifyRequest,
  name: string,
  token: string,
  also: Readonly<Record<string, string>> = {},
): string {
  const url = new URL(request.url, 'http://localhost');
  url.searchParams.set(name, token);
  for (const [key, value] of Object.entries(also)) url.searchParams.set(key, value);
  return `${url.pathname}${url.search}`;
}

/** Names the next page in a Link header (RFC 8288) and returns its URL, or null (no header) on the last page. */
export function linkNextPage(
  request: FastifyRequest,
  reply: FastifyReply,
  name: string,
  token: string | null,
  also: Readonly<Record<string, string>> = {},
): string | null {
  if (token === null) return null;
  const next = nextPageUrl(request, name, token, also);
  void reply.header('link', `<${next}>; rel="next"`);
  return next;
}

/**
 * Pages of an answer computed whole (the find routes): the cursor holds the next page's offset and the key of the
 * item before it (docs/api.md, "Pagination"). The key is base64url inside the cursor so that any id fits.
 */
export const FIND_PAGE_LIMITS: PageLimits = { defaultLimit: 50, maxLimit: 200 };

const OFFSET_CURSOR_PATTERNS = [/^\d{1,15}$/, /^[A-Za-z0-9_-]{0,400}$/] as const;

function encodeOffsetCursor(cursor: PageCursor): string {
  return encodeCursor([cursor.offset, Buffer.from(cursor.lastKey, 'utf8').toString('base64url')]);
}

function decodeOffsetCursor(text: string): PageCursor | null {
  try {
    const [offset = '', key = ''] = decodeCursor(text, OFFSET_CURSOR_PATTERNS);
    return { offset: Number(offset), lastKey: Buffer.from(key, 'base64url').toString('utf8') };
  } catch (error) {
    if (error instanceof InvalidCursor) return null;
    throw error;
  }
}

/** `limit` and `cursor` of a find route; a cursor that is not one this server wrote fails validation (400). */
export const offsetPageQueryShape = {
  limit: limitSchema(FIND_PAGE_LIMITS),
  cursor: cursorSchema.transform(function readCursor(value, context) {
    if (value === undefined) return null;
    const cursor = decodeOffsetCursor(value);
    if (cursor === null) {
      context.addIssue({ code: 'custom', message: 'not a cursor of this API (take nextCursor of a page)' });
      return z.NEVER;
    }
    return cursor;
  }),
};

export const pageInfoShape = {
  nextCursor: z
    .string()
    .nullable()
    .meta({ description: 'Pass as `cursor` for the next page; null on the last' }),
  total: z.number().int().meta({ description: 'How many items the whole answer has' }),
};

/** The cursor of the page after this one (null on the last), also named in a Link header. */
export function nextPageCursor(
  request: FastifyRequest,
  reply: FastifyReply,
  next: PageCursor | null,
): string | null {
  const token = next === null ? null : encodeOffsetCursor(next);
  linkNextPage(request, reply, 'cursor', token);
  return token;
}
