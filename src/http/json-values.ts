/** A value as JSON carries it: bigints (positions, revisions) become decimal strings. */
export type Jsonified<T> = T extends bigint
  ? string
  : T extends readonly (infer Item)[]
    ? Jsonified<Item>[]
    : T extends object
      ? { -readonly [Key in keyof T]: Jsonified<T[Key]> }
      : T;

/** The same shape with every bigint turned into never: `value satisfies WithoutBigints<typeof value>` proves none. */
export type WithoutBigints<T> = T extends bigint
  ? never
  : T extends readonly (infer Item)[]
    ? readonly WithoutBigints<Item>[]
    : T extends object
      ? { readonly [Key in keyof T]: WithoutBigints<T[Key]> }
      : T;

/** Turns every bigint in a read-model value into its decimal string, so JSON never loses a digit. */
export function jsonified<T>(value: T): Jsonified<T> {
  return convert(value) as Jsonified<T>;
}

function convert(value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(convert);
  if (value !== null && typeof value === 'object') {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) result[key] = convert(item);
    return result;
  }
  return value;
}
