/**
 * How many items of a list sorted ascending by `keyOf` have a key <= limit: the index of the first one past it.
 * Every valid-time, known-time and position lookup of the read side is this one binary search. The last item is
 * checked first, since most lookups ask about now and everything counts.
 */
export function countAtMost<Item, Key extends number | bigint>(
  sorted: readonly Item[],
  limit: Key,
  keyOf: (item: Item) => Key,
): number {
  const last = sorted.at(-1);
  if (last === undefined || keyOf(last) <= limit) return sorted.length;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keyOf(sorted[middle] as Item) <= limit) low = middle + 1;
    else high = middle;
  }
  return low;
}
