/**
 * `base` with `fields` added or replaced, as a new object: `{ ...base, ...fields }` in effect, typed as such, but
 * made with Object.assign. On the read path a spread that is then given more properties made objects that
 * outlived the young-generation GCs (docs/performance.md, "Spread copies", with the micro-bench's figures).
 */
export function withFields<Base extends object, Fields extends object>(
  base: Base,
  fields: Fields,
): Omit<Base, keyof Fields> & Fields {
  return Object.assign({}, base, fields);
}
