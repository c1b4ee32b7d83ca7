/**
 * Canonical JSON (docs/canonical-json.md), the byte form the hash chain is computed over, so that anyone can
 * recompute a hash from an exported event: object keys sorted by UTF-16 code units (as RFC 8785), no white space,
 * strings escaped as JSON.stringify does, finite numbers in ECMAScript shortest form, bigints as decimal strings,
 * object members whose value is undefined left out, undefined array items as null.
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no form for a non-finite number');
      return JSON.stringify(value);
    case 'bigint':
      return JSON.stringify(value.toString());
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return 'null';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
      if (value instanceof Date) return JSON.stringify(value.toISOString());
      return canonicalObject(value as Record<string, unknown>);
    default:
      throw new TypeError(`canonical JSON has no form for a ${typeof value}`);
  }
}

function canonicalObject(object: Record<string, unknown>): string {
  // Default sort compares UTF-16 code units, which is what RFC 8785 prescribes for member names.
  const keys = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`).join(',')}}`;
}
