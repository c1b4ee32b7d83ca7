import { createHash } from 'node:crypto';
import { StoreUnavailable } from '../store/index.js';
import type { EventStore, RecordedEvent } from '../store/index.js';
import { LinkChecker, type BrokenLink, type StreamHead } from './link-checks.js';
import { logLeafHash } from './log-leaf.js';
import { MerkleFrontier } from './merkle-tree.js';

export interface ChainVerification {
  ok: boolean;
  streamsChecked: number;
  eventsChecked: number;
  /** The last position checked (null for an empty log). */
  headPosition: string | null;
  brokenLinks: BrokenLink[];
  /** The log-wide Merkle tree over the events checked (docs/audit.md): its size and root, hex. */
  log: { treeSize: number; rootHash: string };
}

/** A signed log head kept earlier: the log must still have at least its size and give its root at that size. */
export interface KeptLogHead {
  treeSize: number;
  rootHash: string;
}

export interface VerifyOptions {
  /** Verify only the events at or before this position. */
  upTo?: bigint | undefined;
  /** The store numbers its events 1, 2, 3, … (SQLite), so a missing position is a removed event. */
  densePositions?: boolean | undefined;
  /** A head kept from an earlier run or a client: the log must extend it. */
  head?: KeptLogHead | undefined;
}

export interface StreamHeadDigest {
  position: string | null;
  streams: number;
  /** sha256 hex over the sorted stream heads (docs/audit.md gives the byte form). */
  digest: string;
}

const PAGE_SIZE = 5_000;
/** Broken links reported at most; a wholesale rewrite would otherwise make the report as big as the log. */
const MAX_REPORTED = 1_000;
/** Positions probed one by one past an unreadable row before the probe steps start doubling. */
const LINEAR_PROBES = 64;
const MAX_PROBE_STEPS = 128;

type LogReader = Pick<EventStore, 'readAll'>;

interface Walked {
  lastPosition: bigint | null;
  /** Positions of rows the store could not read; the walk stepped over each and went on. */
  unreadable: bigint[];
  /** Set when the walk could not step over an unreadable row: the position after which nothing was read. */
  stoppedAfter: bigint | null | undefined;
}

/**
 * Walks the whole log (or up to `upTo`) page by page through the port, handing each event to `visit`. A page the
 * store cannot read is read again one event at a time up to the row that fails, which is then stepped over (see
 * positionPastUnreadable), so one damaged row neither ends the check nor hides the rows after it.
 */
async function walkLog(
  store: LogReader,
  upTo: bigint | undefined,
  visit: (event: RecordedEvent) => void,
  passOver: (position: bigint) => void = () => {},
): Promise<Walked> {
  const unreadable: bigint[] = [];
  let after: bigint | null = null;
  let singleReads = 0;
  for (;;) {
    const page = await tryReadAll(store, after, singleReads > 0 ? 1 : PAGE_SIZE);
    if (page === undefined) {
      if (singleReads === 0) {
        singleReads = PAGE_SIZE;
        continue;
      }
      const past = await positionPastUnreadable(store, after ?? 0n);
      if (past === undefined) return { lastPosition: after, unreadable, stoppedAfter: after };
      if (upTo !== undefined && past > upTo)
        return { lastPosition: after, unreadable, stoppedAfter: undefined };
      unreadable.push(past);
      passOver(past);
      after = past;
      singleReads = 0;
      continue;
    }
    if (singleReads > 0) singleReads -= 1;
    for (const event of page.events) {
      if (upTo !== undefined && event.position > upTo) {
        return { lastPosition: after, unreadable, stoppedAfter: undefined };
      }
      visit(event);
      after = event.position;
    }
    if (page.isEnd || page.events.length === 0) {
      return { lastPosition: after, unreadable, stoppedAfter: undefined };
    }
  }
}

async function tryReadAll(store: LogReader, after: bigint | null, limit: number) {
  try {
    return await store.readAll({ after, limit });
  } catch {
    return undefined;
  }
}

/**
 * The port cannot say where a row it cannot read is, only whether the first row after a position reads. That
 * fails for every position below the bad row and stops failing at the bad row's own position, so probing upwards
 * from `after` finds it: one by one first (positions are dense in SQLite), then with doubling steps and a binary
 * search. A run of adjacent unreadable rows is found as its last row. Undefined when every probe fails (the store
 * itself is unreadable).
 */
async function positionPastUnreadable(store: LogReader, after: bigint): Promise<bigint | undefined> {
  const reads = async (position: bigint) => (await tryReadAll(store, position, 1)) !== undefined;
  let failing = after;
  for (let probe = 1n; probe <= LINEAR_PROBES; probe += 1n) {
    if (await reads(after + probe)) return after + probe;
    failing = after + probe;
  }
  let step = 2n;
  for (let round = 0; round < MAX_PROBE_STEPS; round += 1, step *= 2n) {
    const candidate = failing + step;
    if (!(await reads(candidate))) {
      failing = candidate;
      continue;
    }
    let [low, high] = [failing, candidate];
    while (high - low > 1n) {
      const middle = (low + high) / 2n;
      if (await reads(middle)) high = middle;
      else low = middle;
    }
    return high;
  }
  return undefined;
}

/**
 * Recomputes every hash chain (docs/audit.md): each event's hash from its prevHash and content, each prevHash
 * against the hash of the event before it in its stream, revisions 0, 1, 2, … in position order, recordedAt that
 * never decreases, positions without gaps where the store numbers them densely, and the log-wide Merkle tree
 * against a kept head. Locates each broken link by stream, revision and position.
 */
export async function verifyEventStore(
  store: LogReader,
  options: VerifyOptions = {},
): Promise<ChainVerification> {
  return (await checkChains(store, options)).verification;
}

/** One walk of the log that checks every link and leaves each stream's head, for a checkpoint to digest. */
async function checkChains(
  store: LogReader,
  options: VerifyOptions,
): Promise<{ verification: ChainVerification; heads: Map<string, StreamHead>; complete: boolean }> {
  const checker = new LinkChecker({ densePositions: options.densePositions === true });
  const tree = new MerkleFrontier();
  const kept = options.head;
  const brokenLinks: BrokenLink[] = [];
  let eventsChecked = 0;
  const report = (link: BrokenLink) => {
    if (brokenLinks.length < MAX_REPORTED) brokenLinks.push(link);
  };
  const walked = await walkLog(
    store,
    options.upTo,
    (event) => {
      eventsChecked += 1;
      checker.check(event, true, report);
      tree.append(logLeafHash(event));
      if (kept !== undefined && tree.size === kept.treeSize) {
        const root = tree.root().toString('hex');
        if (root !== kept.rootHash.toLowerCase()) report(rootMismatchAt(event, kept.rootHash, root));
      }
    },
    (position) => checker.passOver(position),
  );
  for (const position of walked.unreadable) report(unreadableAt(position));
  if (walked.stoppedAfter !== undefined) report(unreadableAt(walked.stoppedAfter));
  if (kept !== undefined && tree.size < kept.treeSize && options.upTo === undefined) {
    report(truncatedAfter(walked.lastPosition, kept));
  }
  brokenLinks.sort(byPosition);
  const verification = {
    ok: brokenLinks.length === 0,
    streamsChecked: checker.heads.size,
    eventsChecked,
    headPosition: walked.lastPosition?.toString() ?? null,
    brokenLinks,
    log: { treeSize: tree.size, rootHash: tree.root().toString('hex') },
  };
  const complete = walked.unreadable.length === 0 && walked.stoppedAfter === undefined;
  return { verification, heads: checker.heads, complete };
}

function rootMismatchAt(event: RecordedEvent, expected: string, found: string): BrokenLink {
  return {
    streamId: null,
    revision: null,
    position: event.position.toString(),
    problem: 'LOG_ROOT_MISMATCH',
    expectedHash: expected,
    foundHash: found,
  };
}

function truncatedAfter(lastPosition: bigint | null, kept: KeptLogHead): BrokenLink {
  return {
    streamId: null,
    revision: null,
    position: lastPosition?.toString() ?? null,
    problem: 'LOG_TRUNCATED',
    expectedHash: kept.rootHash,
    foundHash: null,
  };
}

/**
 * A digest of every stream's head (its last event at or before `position`): keep it outside the system, and a
 * later `verifyCheckpoint` shows whether the history up to that position is still the same. It catches what a
 * chain alone cannot: a stream's last events removed, or a whole stream rewritten with fresh hashes.
 */
export async function checkpointAt(store: LogReader, position?: bigint): Promise<StreamHeadDigest> {
  const heads = new Map<string, StreamHead>();
  const walked = await walkLog(store, position, (event) => {
    heads.set(event.streamId, { revision: event.revision, hash: event.hash });
  });
  // A digest over the readable part only would look like a valid checkpoint of a history that is not all there.
  const unreadable = walked.unreadable[0] ?? walked.stoppedAfter;
  if (unreadable !== undefined) {
    throw new StoreUnavailable(
      `cannot take a checkpoint: the log cannot be read at or after position ${String(unreadable)}`,
    );
  }
  return {
    position: (position ?? walked.lastPosition)?.toString() ?? null,
    streams: heads.size,
    digest: digestOf(heads),
  };
}

export interface CheckpointVerification {
  matches: boolean;
  position: string;
  computedDigest: string;
  chains: ChainVerification;
}

/** Whether the history up to `position` still gives the digest kept at the time, and the chains up to it. */
export async function verifyCheckpoint(
  store: LogReader,
  digest: string,
  position: bigint,
  options: Omit<VerifyOptions, 'upTo'> = {},
): Promise<CheckpointVerification> {
  const { verification, heads, complete } = await checkChains(store, { ...options, upTo: position });
  const computedDigest = digestOf(heads);
  // With a row unreadable, the readable heads could still give the old digest; the history is not confirmed.
  return {
    matches: complete && computedDigest === digest.toLowerCase(),
    position: position.toString(),
    computedDigest,
    chains: verification,
  };
}

/** In log order, so a report reads top to bottom; a link with no position (nothing readable) comes last. */
function byPosition(a: BrokenLink, b: BrokenLink): number {
  if (a.position === null || b.position === null)
    return (a.position === null ? 1 : 0) - (b.position === null ? 1 : 0);
  const difference = BigInt(a.position) - BigInt(b.position);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

function unreadableAt(position: bigint | null): BrokenLink {
  const at = position?.toString() ?? null;
  return {
    streamId: null,
    revision: null,
    position: at,
    problem: 'UNREADABLE',
    expectedHash: null,
    foundHash: null,
  };
}

/** sha256 over one line `<streamId>\n<revision>\n<hash>\n` per stream, streams sorted by UTF-16 code units. */
function digestOf(heads: ReadonlyMap<string, StreamHead>): string {
  const hash = createHash('sha256');
  for (const streamId of [...heads.keys()].sort()) {
    const head = heads.get(streamId) as StreamHead;
    hash.update(`${streamId}\n${head.revision.toString()}\n${head.hash}\n`);
  }
  return hash.digest('hex');
}
