import t from 'tap';
import { MerkleFrontier, MerkleTree, leafHash } from '../../src/audit/merkle-tree.js';
import { referenceRoot, verifyConsistency, verifyInclusion } from './rfc9162-verifier.js';

const SIZES = 70;
const data = Array.from({ length: SIZES }, (_, index) => Buffer.from(`leaf ${index}`));

t.test('the incremental tree gives the RFC 6962 root at every size', async (t) => {
  const tree = new MerkleTree();
  const frontier = new MerkleFrontier();
  t.same(tree.root(), referenceRoot([]), 'the empty tree');
  for (const [index, leaf] of data.entries()) {
    tree.append(leafHash(leaf));
    frontier.append(leafHash(leaf));
    const expected = referenceRoot(data.slice(0, index + 1));
    if (!tree.root().equals(expected)) t.fail(`root at size ${index + 1}`);
    if (!frontier.root().equals(expected)) t.fail(`frontier root at size ${index + 1}`);
  }
  for (let size = 0; size <= SIZES; size += 1) {
    if (!tree.root(size).equals(referenceRoot(data.slice(0, size))))
      t.fail(`root of an earlier size ${size}`);
  }
  t.pass(`roots agree at sizes 0..${SIZES}`);
});

t.test('every consistency and inclusion proof verifies with an independent verifier', async (t) => {
  const tree = new MerkleTree();
  for (const leaf of data) tree.append(leafHash(leaf));
  let checked = 0;
  for (let second = 1; second <= SIZES; second += 1) {
    const secondRoot = tree.root(second);
    for (let first = 1; first <= second; first += 1) {
      const proof = tree.consistencyProof(first, second);
      if (!verifyConsistency(first, second, tree.root(first), secondRoot, proof))
        t.fail(`consistency ${first} -> ${second}`);
      // A root that is not the old head's (the log was rewritten below `first`) must not verify.
      if (first < second && verifyConsistency(first, second, leafHash('other'), secondRoot, proof))
        t.fail(`a wrong old root verified for ${first} -> ${second}`);
      checked += 1;
    }
    for (let index = 0; index < second; index += 1) {
      const proof = tree.inclusionProof(index, second);
      if (!verifyInclusion(index, second, tree.leaf(index), secondRoot, proof))
        t.fail(`inclusion of ${index} in ${second}`);
      if (second > 1 && verifyInclusion(index, second, leafHash('other'), secondRoot, proof))
        t.fail(`a wrong leaf verified at ${index} in ${second}`);
    }
  }
  t.equal(checked, (SIZES * (SIZES + 1)) / 2);
});

t.test('a tree rewritten below an old head fails the consistency check from that head', async (t) => {
  const honest = new MerkleTree();
  const rewritten = new MerkleTree();
  for (const [index, leaf] of data.entries()) {
    honest.append(leafHash(leaf));
    rewritten.append(leafHash(index === 10 ? Buffer.from('forged') : leaf));
  }
  const kept = { size: 20, root: honest.root(20) };
  t.ok(verifyConsistency(kept.size, SIZES, kept.root, honest.root(), honest.consistencyProof(20, SIZES)));
  t.notOk(
    verifyConsistency(kept.size, SIZES, kept.root, rewritten.root(), rewritten.consistencyProof(20, SIZES)),
  );
});

t.test('sizes the tree does not have are refused', async (t) => {
  const tree = new MerkleTree();
  tree.append(leafHash('a'));
  t.throws(() => tree.root(2), RangeError);
  t.throws(() => tree.consistencyProof(0, 1), RangeError);
  t.throws(() => tree.consistencyProof(2, 1), RangeError);
  t.throws(() => tree.inclusionProof(1, 1), RangeError);
});
