import { createHash } from 'node:crypto';
import { GENESIS_HASH, type EventStore, type RecordedEvent } from '../store/event-store.js';
import { computeEventHash } from '../store/hash-chain.js';

export type BrokenLinkProblem =
  /** The event's content does not give its stored hash: it was edited after it was written. */
  | 'HASH_MISMATCH'
  /** The event does not continue its stream's chain: an event before it was edited, removed or replaced. */
  | 'PREV_HASH_MISMATCH'
  /** A revision is missing: an event was removed. */
  | 'REVISION_GAP'
  /** Revisions do not rise in position order: events were reordered. */
  | 'REVISION_OUT_OF_ORDER'
  /** The store could not read the log from here on; nothing after it was checked. */
  | 'UNREADABLE';

export interface BrokenLink {
  streamId: string | null;
  revision: string | null;
  position: string | null;
  problem: BrokenLinkProblem;
  expectedHash: string | null;
  foundHash: string | null;
}

export interface ChainVerification {
  ok: boolean;
  streamsChecked: number;
  eventsChecked: number;
  /** The last position checked (null for an empty log). */
  headPosition: string | null;
  brokenLinks: BrokenLink[];
}

export interface StreamHeadDigest {
  position: string | null;
  streams: number;
  /** sha256 hex over the sorted stream heads (docs/audit.md gives the byte form). */
  digest: string;
}

interface StreamHead {
  revision: bigint;
  hash: string;
}

const PAGE_SIZE = 5_000;
/** Broken links reported at most; a wholesale rewrite would otherwise make the report as big as the log. */
const MAX_REPORTED = 1_000;

/** Walks the whole log (or up to `upTo`) page by page through the port, keeping only each stream's head. */
async function walkLog(
  store: Pick<EventStore, 'readAll'>,
  upTo: bigint | undefined,
  visit: (event: RecordedEvent) => void,
): Promise<{ lastPosition: bigint | null; unreadableAfter: bigint | null | undefined }> {
  let after: bigint | null = null;
  for (;;) {
    let page;
    try {
      page = await store.readAll({ after, limit: PAGE_SIZE });
    } catch {
      return { lastPosition: after, unreadableAfter: after };
    }
    for (const event of page.events) {
      if (upTo !== undefined && event.position > upTo)
        return { lastPosition: after, unreadableAfter: undefined };
      visit(event);
      after = event.position;
    }
    if (page.isEnd || page.events.length === 0) return { lastPosition: after, unreadableAfter: undefined };
  }
}

/**
 * Recomputes every hash chain (docs/audit.md): each event's hash from its prevHash and content, each prevHash
 * against the hash of the event before it in its stream, and revisions 0, 1, 2, … in position order. Locates each
 * broken link by stream, revision and position.
 */
export async function verifyEventStore(
  store: Pick<EventStore, 'readAll'>,
  options: { upTo?: bigint | undefined } = {},
): Promise<ChainVerification> {
  const heads = new Map<string, StreamHead>();
  const brokenLinks: BrokenLink[] = [];
  let eventsChecked = 0;
  const report = (link: BrokenLink) => {
    if (brokenLinks.length < MAX_REPORTED) brokenLinks.push(link);
  };
  const walked = await walkLog(store, options.upTo, (event) => {
    eventsChecked += 1;
    const at = {
      streamId: event.streamId,
      revision: event.revision.toString(),
      position: event.position.toString(),
    };
    const head = heads.get(event.streamId);
    const expectedRevision = head === undefined ? 0n : head.revision + 1n;
    if (event.revision < expectedRevision)
      report({ ...at, problem: 'REVISION_OUT_OF_ORDER', expectedHash: null, foundHash: null });
    else if (event.revision > expectedRevision)
      report({ ...at, problem: 'REVISION_GAP', expectedHash: null, foundHash: null });
    const expectedPrev = head?.hash ?? GENESIS_HASH;
    if (event.prevHash !== expectedPrev) {
      report({ ...at, problem: 'PREV_HASH_MISMATCH', expectedHash: expectedPrev, foundHash: event.prevHash });
    }
    const recomputed = computeEventHash(event.prevHash, event);
    if (recomputed !== event.hash) {
      report({ ...at, problem: 'HASH_MISMATCH', expectedHash: recomputed, foundHash: event.hash });
    }
    heads.set(event.streamId, { revision: event.revision, hash: event.hash });
  });
  if (walked.unreadableAfter !== undefined) {
    report({
      streamId: null,
      revision: null,
      position: walked.unreadableAfter?.toString() ?? null,
      problem: 'UNREADABLE',
      expectedHash: null,
      foundHash: null,
    });
  }
  return {
    ok: brokenLinks.length === 0,
    streamsChecked: heads.size,
    eventsChecked,
    headPosition: walked.lastPosition?.toString() ?? null,
    brokenLinks,
  };
}

/**
 * A digest of every stream's head (its last event at or before `position`): keep it outside the system, and a
 * later `verifyCheckpoint` shows whether the history up to that position is still the same. It catches what a
 * chain alone cannot: a stream's last events removed, or a whole stream rewritten with fresh hashes.
 */
export async function checkpointAt(
  store: Pick<EventStore, 'readAll'>,
  position?: bigint,
): Promise<StreamHeadDigest> {
  const heads = new Map<string, StreamHead>();
  const walked = await walkLog(store, position, (event) => {
    heads.set(event.streamId, { revision: event.revision, hash: event.hash });
  });
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
  store: Pick<EventStore, 'readAll'>,
  digest: string,
  position: bigint,
): Promise<CheckpointVerification> {
  const [computed, chains] = await Promise.all([
    checkpointAt(store, position),
    verifyEventStore(store, { upTo: position }),
  ]);
  return {
    matches: computed.digest === digest.toLowerCase(),
    position: position.toString(),
    computedDigest: computed.digest,
    chains,
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
