import { deepEqual } from '../../domain/index.js';
import type { FieldChange } from '../read-model.js';

/**
 * What one field of an entity became: a single value as it was before and after, or, for a collection (notes,
 * parties, grants), only the items that left it and the items that came into it. A change then costs the size of
 * what changed, never the size of the collection: copying whole lists into every entry made a history of n
 * notes quadratic (issue 15). Null when the field is unchanged.
 */
export function fieldChange(field: string, before: unknown, after: unknown): FieldChange | null {
  if (Array.isArray(before) && Array.isArray(after)) return itemsChange(field, before, after);
  if (deepEqual(before, after)) return null;
  return { field, before, after };
}

function itemsChange(
  field: string,
  before: readonly unknown[],
  after: readonly unknown[],
): FieldChange | null {
  if (before === after) return null;
  // One fold passes its unchanged items on as the same objects: compared by reference first, in linear time.
  const afterSet = new Set(after);
  const beforeSet = new Set(before);
  const left = before.filter((item) => !afterSet.has(item));
  const came = after.filter((item) => !beforeSet.has(item));
  if (left.length === 0 && came.length === 0) return null;
  // Equal items of different folds (another copy of the same party) are no change: compared by content.
  const leftByContent = countedByContent(left);
  const added: unknown[] = [];
  for (const item of came) {
    const key = JSON.stringify(item);
    const count = leftByContent.get(key) ?? 0;
    if (count > 0) leftByContent.set(key, count - 1);
    else added.push(item);
  }
  const removed = left.filter((item) => {
    const key = JSON.stringify(item);
    const count = leftByContent.get(key) ?? 0;
    if (count === 0) return false;
    leftByContent.set(key, count - 1);
    return true;
  });
  if (added.length === 0 && removed.length === 0) return null;
  return { field, added, removed };
}

function countedByContent(items: readonly unknown[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = JSON.stringify(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
