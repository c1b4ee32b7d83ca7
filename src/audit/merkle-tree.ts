import { createHash, hash } from 'node:crypto';

/**
 * The RFC 6962 / RFC 9162 Merkle tree hash (MTH) over the whole log, kept incrementally: an append stores the
 * leaf and completes at most log2(n) perfect subtrees (two hashes per leaf on average), and the root or a proof
 * for any size is put together from stored perfect subtrees in O(log n) hashes. No RFC 6962 library on npm keeps
 * a growing tree with consistency proofs, hence this file; the proofs are checked against an independent
 * verifier in tests/audit.
 */

const HASH_BYTES = 32;
const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** MTH({}) = SHA-256 of the empty string. */
export const EMPTY_TREE_ROOT: Buffer = createHash('sha256').digest();

/** MTH({d}) = SHA-256(0x00 || d). */
export function leafHash(data: string | Uint8Array): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(data).digest();
}

/** One buffer for every node's input: the one-shot hash over it is twice as fast as a Hash object per node. */
const nodeInput = Buffer.alloc(1 + 2 * HASH_BYTES);
nodeInput.set(NODE_PREFIX, 0);

/** SHA-256(0x01 || left || right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  nodeInput.set(left, 1);
  nodeInput.set(right, 1 + HASH_BYTES);
  return hash('sha256', nodeInput, 'buffer');
}

/** The largest power of two smaller than n (n >= 2): where RFC 6962 splits a tree of n leaves. */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** 32-byte hashes in one growing buffer: a million leaves are a few buffers, not millions of objects. */
class HashArray {
  #bytes = Buffer.alloc(HASH_BYTES * 1024);
  #length = 0;

  get length(): number {
    return this.#length;
  }

  push(hash: Uint8Array): void {
    if ((this.#length + 1) * HASH_BYTES > this.#bytes.length) {
      const grown = Buffer.alloc(this.#bytes.length * 2);
      this.#bytes.copy(grown);
      this.#bytes = grown;
    }
    this.#bytes.set(hash, this.#length * HASH_BYTES);
    this.#length += 1;
  }

  at(index: number): Buffer {
    return this.#bytes.subarray(index * HASH_BYTES, (index + 1) * HASH_BYTES);
  }
}

export class MerkleTree {
  /** levels[h][i]: the hash of the perfect subtree over leaves [i·2^h, (i+1)·2^h). */
  readonly #levels: HashArray[] = [new HashArray()];

  /** The number of leaves. */
  get size(): number {
    return (this.#levels[0] as HashArray).length;
  }

  /** Appends a leaf hash (leafHash of the leaf's data). */
  append(leaf: Uint8Array): void {
    const leaves = this.#levels[0] as HashArray;
    leaves.push(leaf);
    let index = leaves.length - 1;
    for (let height = 0; index % 2 === 1; height += 1, index = (index - 1) / 2) {
      const level = this.#levels[height] as HashArray;
      const parent = nodeHash(level.at(index - 1), level.at(index));
      if (this.#levels.length === height + 1) this.#levels.push(new HashArray());
      (this.#levels[height + 1] as HashArray).push(parent);
    }
  }

  leaf(index: number): Buffer {
    this.#assertSize(index + 1);
    return Buffer.from((this.#levels[0] as HashArray).at(index));
  }

  /** MTH of the first `size` leaves (default: all). */
  root(size: number = this.size): Buffer {
    this.#assertSize(size);
    return size === 0 ? Buffer.from(EMPTY_TREE_ROOT) : this.#subtree(0, size);
  }

  /** RFC 6962 §2.1.2 PROOF(m, D[n]): shows the tree of `newSize` leaves extends the tree of `oldSize`. */
  consistencyProof(oldSize: number, newSize: number): Buffer[] {
    this.#assertSize(newSize);
    if (oldSize < 1 || oldSize > newSize) throw new RangeError(`no consistency proof from ${oldSize}`);
    const proof: Buffer[] = [];
    this.#subproof(oldSize, 0, newSize, true, proof);
    return proof;
  }

  /** RFC 6962 §2.1.1 PATH(m, D[n]): shows leaf `index` is in the tree of `size` leaves. */
  inclusionProof(index: number, size: number): Buffer[] {
    this.#assertSize(size);
    if (index < 0 || index >= size) throw new RangeError(`leaf ${index} is not in a tree of ${size}`);
    let [start, end, m] = [0, size, index];
    const path: Buffer[] = [];
    while (end - start > 1) {
      const k = splitPoint(end - start);
      if (m < k) {
        path.push(this.#subtree(start + k, end));
        end = start + k;
      } else {
        path.push(this.#subtree(start, start + k));
        start += k;
        m -= k;
      }
    }
    // Gathered from the root down; the RFC lists the path from the leaf up.
    return path.reverse();
  }

  /** SUBPROOF(m, D[start:end], b), appended to `proof` in the RFC's order. */
  #subproof(m: number, start: number, end: number, complete: boolean, proof: Buffer[]): void {
    const n = end - start;
    if (m === n) {
      if (!complete) proof.push(this.#subtree(start, end));
      return;
    }
    const k = splitPoint(n);
    if (m <= k) {
      this.#subproof(m, start, start + k, complete, proof);
      proof.push(this.#subtree(start + k, end));
    } else {
      this.#subproof(m - k, start + k, end, false, proof);
      proof.push(this.#subtree(start, start + k));
    }
  }

  /**
   * MTH(D[start:end]). Every range the RFC's recursion asks for is either a stored perfect subtree (aligned, a
   * power of two long) or splits into one and a shorter right part, so this costs O(log n) hashes.
   */
  #subtree(start: number, end: number): Buffer {
    const n = end - start;
    if ((n & (n - 1)) === 0) {
      const height = Math.log2(n);
      const level = this.#levels[height];
      if (start % n === 0 && level !== undefined && level.length > start / n) {
        return Buffer.from(level.at(start / n));
      }
    }
    const k = splitPoint(n);
    return nodeHash(this.#subtree(start, start + k), this.#subtree(start + k, end));
  }

  #assertSize(size: number): void {
    if (!Number.isSafeInteger(size) || size < 0 || size > this.size) {
      throw new RangeError(`the tree has ${this.size} leaves, not ${size}`);
    }
  }
}

/**
 * The root of a growing tree in O(log n) memory (the perfect subtrees of its left edge), for a walk over the log
 * that needs the root at a few sizes but no proofs.
 */
export class MerkleFrontier {
  /** Roots of perfect subtrees, left to right, strictly decreasing in size. */
  readonly #roots: Buffer[] = [];
  readonly #sizes: number[] = [];
  #size = 0;

  get size(): number {
    return this.#size;
  }

  append(leaf: Uint8Array): void {
    let hash: Buffer = Buffer.from(leaf);
    let size = 1;
    while (this.#sizes.length > 0 && this.#sizes.at(-1) === size) {
      this.#sizes.pop();
      hash = nodeHash(this.#roots.pop() as Buffer, hash);
      size *= 2;
    }
    this.#roots.push(hash);
    this.#sizes.push(size);
    this.#size += 1;
  }

  root(): Buffer {
    if (this.#roots.length === 0) return Buffer.from(EMPTY_TREE_ROOT);
    let hash = this.#roots.at(-1) as Buffer;
    for (let at = this.#roots.length - 2; at >= 0; at -= 1) hash = nodeHash(this.#roots[at] as Buffer, hash);
    return hash;
  }
}
