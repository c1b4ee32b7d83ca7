/**
 * Canonical JSON (docs/canonical-json.md), the byte form the hash chain is computed over, so that anyone can
 * recompute a hash from an exported event: object keys sorted by UTF-16 code units (as RFC 8785), no white space,
 * strings escaped as JSON.stringify does, finite numbers in ECMAScript shortest form, bigints as decimal strings,
 * Dates as ISO 8601 UTC strings with milliseconds, object members whose value is undefined left out, undefined
 * array items (and holes) as null.
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no form for a non-finite number');
      return JSON.stringify(value);
    case 'bigint':
      // Digits and a minus sign need no escaping.
      return `"${value.toString()}"`;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return 'null';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return canonicalArray(value);
      if (value instanceof Date) return JSON.stringify(value.toISOString());
      return canonicalObject(value as Record<string, unknown>);
    case 'function':
    case 'symbol':
      throw new TypeError(`canonical JSON has no form for a ${typeof value}`);
  }
}

// String concatenation in loops rather than map/filter/join: the hash chain runs this for every appended event.
function canonicalArray(items: readonly unknown[]): string {
  let text = '[';
  // An index loop, not map: map skips holes, which would leave `[1,,2]`, which is not JSON.
  for (let index = 0; index < items.length; index += 1) {
    if (index > 0) text += ',';
    text += canonicalJson(items[index]);
  }
  return `${text}]`;
}

function canonicalObject(object: Record<string, unknown>): string {
  // Default sort compares UTF-16 code units, which is what RFC 8785 prescribes for member names.
  const keys = Object.keys(object).sort();
  let text = '{';
  for (const key of keys) {
    const member = object[key];
    if (member === undefined) continue;
    if (text.length > 1) text += ',';
    text += `${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `${text}}`;
}
