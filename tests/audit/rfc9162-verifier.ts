// A client's check of the log's proofs, written from RFC 9162 §2.1.3.2 and §2.1.4.2 alone and sharing no code with
// src/audit, so a mistake in the server's tree cannot verify its own proofs. docs/audit.md shows the same steps.
import { createHash } from 'node:crypto';

function node(left: Buffer, right: Buffer): Buffer {
  return createHash('sha256')
    .update(Buffer.from([1]))
    .update(left)
    .update(right)
    .digest();
}

const isOdd = (value: number) => value % 2 === 1;
const half = (value: number) => Math.floor(value / 2);

/** RFC 9162 §2.1.4.2: does the tree of `second` leaves with root `secondRoot` extend the one of `first`? */
export function verifyConsistency(
  first: number,
  second: number,
  firstRoot: Buffer,
  secondRoot: Buffer,
  proof: readonly Buffer[],
): boolean {
  if (first < 1 || first > second) return false;
  if (first === second) return proof.length === 0 && firstRoot.equals(secondRoot);
  if (proof.length === 0) return false;
  const path = (first & (first - 1)) === 0 ? [firstRoot, ...proof] : [...proof];
  let fn = first - 1;
  let sn = second - 1;
  while (isOdd(fn)) [fn, sn] = [half(fn), half(sn)];
  let fr = path[0] as Buffer;
  let sr = fr;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = node(c, fr);
      sr = node(c, sr);
      if (!isOdd(fn)) while (!isOdd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else {
      sr = node(sr, c);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  return fr.equals(firstRoot) && sr.equals(secondRoot) && sn === 0;
}

/** RFC 9162 §2.1.3.2: is the leaf with this hash at `index` in the tree of `size` leaves with `root`? */
export function verifyInclusion(
  index: number,
  size: number,
  leaf: Buffer,
  root: Buffer,
  proof: readonly Buffer[],
): boolean {
  if (index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      r = node(p, r);
      if (!isOdd(fn)) while (!isOdd(fn) && fn !== 0) [fn, sn] = [half(fn), half(sn)];
    } else {
      r = node(r, p);
    }
    [fn, sn] = [half(fn), half(sn)];
  }
  return sn === 0 && r.equals(root);
}

/** MTH straight from RFC 6962 §2.1's recursive definition, over leaf data. */
export function referenceRoot(leaves: readonly Buffer[]): Buffer {
  if (leaves.length === 0) return createHash('sha256').digest();
  if (leaves.length === 1) {
    return createHash('sha256')
      .update(Buffer.from([0]))
      .update(leaves[0] as Buffer)
      .digest();
  }
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return node(referenceRoot(leaves.slice(0, k)), referenceRoot(leaves.slice(k)));
}
