/**
 * Where a page starts: the offset into the ordered answer and the key of the item just before it. When items
 * before the offset appeared or vanished since the previous page, the key finds the place again; if the key
 * itself is gone, the offset is used (an item may then be repeated or missed: docs/api.md, "Pagination").
 */
export interface PageCursor {
  offset: number;
  lastKey: string;
}

export interface Page<Item> {
  items: Item[];
  /** Where the next page starts; null on the last page. */
  next: PageCursor | null;
  /** How many items the whole answer has. */
  total: number;
}

export function pageOf<Item>(
  all: readonly Item[],
  keyOf: (item: Item) => string,
  limit: number,
  cursor: PageCursor | null,
): Page<Item> {
  let start = 0;
  if (cursor !== null) {
    const before = all[cursor.offset - 1];
    if (before !== undefined && keyOf(before) === cursor.lastKey) start = cursor.offset;
    else {
      const found = all.findIndex((item) => keyOf(item) === cursor.lastKey);
      start = found === -1 ? Math.min(cursor.offset, all.length) : found + 1;
    }
  }
  const items = all.slice(start, start + limit);
  const last = items.at(-1);
  const end = start + items.length;
  return {
    items,
    next: last === undefined || end >= all.length ? null : { offset: end, lastKey: keyOf(last) },
    total: all.length,
  };
}
