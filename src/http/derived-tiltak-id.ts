import { slugify } from '../domain/index.js';

const PREFIX = 'tiltak-';
// Room for the prefix and a "-999" suffix within the 100 characters an id may have.
const WORDS_LENGTH = 80;

/**
 * An id for a tiltak created without one: `tiltak-` and the title's words in ASCII, then `-2`, `-3` … until one
 * is not taken. Readable in URLs and stable for a title; two creates racing for the same id meet the store's
 * TILTAK.ALREADY_EXISTS rather than a duplicate.
 */
export function unusedTiltakId(title: string, taken: (id: string) => boolean): string {
  const base = `${PREFIX}${slugify(title, WORDS_LENGTH) || 'uten-tittel'}`;
  if (!taken(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}-${suffix}`;
    if (!taken(candidate)) return candidate;
  }
}
