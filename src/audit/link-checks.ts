import { GENESIS_HASH, type RecordedEvent, computeEventHash, hashedHere } from '../store/index.js';

export type BrokenLinkProblem =
  /** The event's content does not give its stored hash: it was edited after it was written. */
  | 'HASH_MISMATCH'
  /** The event does not continue its stream's chain: an event before it was edited, removed or replaced. */
  | 'PREV_HASH_MISMATCH'
  /** A revision is missing: an event was removed. */
  | 'REVISION_GAP'
  /** Revisions do not rise in position order: events were reordered. */
  | 'REVISION_OUT_OF_ORDER'
  /** A store whose positions are 1, 2, 3, … skips positions before this event: events were removed. */
  | 'POSITION_GAP'
  /** recordedAt is earlier than the previous event's in position order: back-dated, inserted or reordered. */
  | 'RECORDED_AT_DECREASED'
  /**
   * The store could not read the row at this position (it was stepped over), or, with no way past it, could not
   * read the log after this position at all.
   */
  | 'UNREADABLE'
  /** The head kept from the last run is damaged or not signed by this server's key: nothing to verify against. */
  | 'KEPT_HEAD_INVALID'
  /** The log is shorter than a signed head it once had: its last events were removed. */
  | 'LOG_TRUNCATED'
  /** The log up to a signed head's size no longer gives that head's root: something up to it was changed. */
  | 'LOG_ROOT_MISMATCH';

export interface BrokenLink {
  streamId: string | null;
  revision: string | null;
  position: string | null;
  problem: BrokenLinkProblem;
  expectedHash: string | null;
  foundHash: string | null;
}

export interface StreamHead {
  revision: bigint;
  hash: string;
}

export interface LinkCheckOptions {
  /** The store numbers its events 1, 2, 3, … (SQLite's rowid); others (EventStoreDB) leave gaps. */
  densePositions: boolean;
}

/**
 * The checks of one event against what came before it in position order: its stream's revision and prevHash,
 * positions without gaps (where the store has them dense), recordedAt that never decreases, and (when asked)
 * its hash recomputed from its content. Keeps only each stream's head and the last event's position and time.
 */
export class LinkChecker {
  readonly heads = new Map<string, StreamHead>();
  readonly #dense: boolean;
  #lastPosition: bigint | null = null;
  #lastRecordedAt = Number.NEGATIVE_INFINITY;

  constructor(options: LinkCheckOptions) {
    this.#dense = options.densePositions;
  }

  /** Checks the event and makes it the head of its stream; reports each broken link found. */
  check(event: RecordedEvent, recomputeHash: boolean, report: (link: BrokenLink) => void): void {
    const at = {
      streamId: event.streamId,
      revision: event.revision.toString(),
      position: event.position.toString(),
    };
    const bare = { ...at, expectedHash: null, foundHash: null };
    const head = this.heads.get(event.streamId);
    const expectedRevision = head === undefined ? 0n : head.revision + 1n;
    if (event.revision < expectedRevision) report({ ...bare, problem: 'REVISION_OUT_OF_ORDER' });
    else if (event.revision > expectedRevision) report({ ...bare, problem: 'REVISION_GAP' });
    const expectedPrev = head?.hash ?? GENESIS_HASH;
    if (event.prevHash !== expectedPrev) {
      report({ ...at, problem: 'PREV_HASH_MISMATCH', expectedHash: expectedPrev, foundHash: event.prevHash });
    }
    if (this.#dense && event.position !== (this.#lastPosition ?? 0n) + 1n) {
      report({ ...bare, problem: 'POSITION_GAP' });
    }
    const recordedAt = Date.parse(event.recordedAt);
    if (recordedAt < this.#lastRecordedAt) report({ ...bare, problem: 'RECORDED_AT_DECREASED' });
    // An event this process appended was hashed from this very object a moment ago: nothing to recompute.
    if (recomputeHash && !hashedHere(event)) {
      const recomputed = computeEventHash(event.prevHash, event);
      if (recomputed !== event.hash) {
        report({ ...at, problem: 'HASH_MISMATCH', expectedHash: recomputed, foundHash: event.hash });
      }
    }
    this.heads.set(event.streamId, { revision: event.revision, hash: event.hash });
    this.#lastPosition = event.position;
    if (recordedAt > this.#lastRecordedAt) this.#lastRecordedAt = recordedAt;
  }

  /** A row the store could not read was stepped over at `position`: its own problem is reported elsewhere. */
  passOver(position: bigint): void {
    this.#lastPosition = position;
  }
}
