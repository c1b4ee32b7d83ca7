import { PositionWaiters } from '../shared/index.js';
import type { EventStore, RecordedEvent, Subscription } from '../store/index.js';
import { LinkChecker, type BrokenLink } from './link-checks.js';
import { logLeafHash } from './log-leaf.js';
import type { LogSigningKey } from './log-signing-key.js';
import { MerkleTree } from './merkle-tree.js';
import { signLogHead, verifyLogHeadSignature, type SignedLogHead } from './signed-log-head.js';
import { readVerifiedHead, writeVerifiedHead } from './verified-head.file.js';

export interface AuditLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface AuditLogOptions {
  store: Pick<EventStore, 'subscribe'>;
  key: LogSigningKey;
  /** Where the last verified head is kept between starts; null keeps none. */
  headPath: string | null;
  /** The store numbers its events 1, 2, 3, … (SQLite), so a missing position is a removed event. */
  densePositions: boolean;
  logger?: AuditLogger | undefined;
  clock?: () => Date;
  /** How long after an append the kept head is brought up to date (one small synced file write). */
  persistDelayMs?: number;
}

/** `building`: replaying the log at start; `verified`: every check passed; `broken`: one failed (see `problem`). */
export type AuditLogState = 'building' | 'verified' | 'broken';

const RESUBSCRIBE_DELAY_MS = 1_000;

/** Positions of the leaves in one growing typed array (8 bytes a leaf), for position → tree size. */
class PositionArray {
  #values = new BigInt64Array(1024);
  #length = 0;

  push(position: bigint): void {
    if (this.#length === this.#values.length) {
      const grown = new BigInt64Array(this.#values.length * 2);
      grown.set(this.#values);
      this.#values = grown;
    }
    this.#values[this.#length] = position;
    this.#length += 1;
  }

  at(index: number): bigint {
    return this.#values[index] as bigint;
  }

  /** How many positions are at or below `position` (they are increasing). */
  countUpTo(position: bigint): number {
    let [low, high] = [0, this.#length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#values[middle] as bigint) <= position) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/**
 * The log-wide Merkle tree and its signed heads (docs/audit.md), built from the store's catch-up subscription, so
 * it works the same on every adapter. At start it replays the log: every event is checked against the one before
 * it (stream chain, positions, recordedAt), the events after the last verified head also get their hash
 * recomputed, and the tree must give that head's root at its size. After that each new event is checked as it
 * arrives and the tree grows by one leaf (O(log n)). The first failure makes the log `broken`, logged once with
 * where it is; the service then reports not ready and refuses writes.
 */
export class AuditLog {
  readonly #options: AuditLogOptions;
  readonly #tree = new MerkleTree();
  readonly #positions = new PositionArray();
  readonly #checker: LinkChecker;
  #kept: SignedLogHead | null = null;
  #state: AuditLogState = 'building';
  #problem: BrokenLink | null = null;
  #subscription: Subscription | null = null;
  #resubscribeTimer: NodeJS.Timeout | null = null;
  #persistTimer: NodeJS.Timeout | null = null;
  #persisting: Promise<void> | null = null;
  #persistedSize = -1;
  #latestHead: SignedLogHead | null = null;
  #nextHead: Promise<SignedLogHead | null> | null = null;
  readonly #waiters = new PositionWaiters();
  #lastPosition: bigint | null = null;
  #stopped = false;

  constructor(options: AuditLogOptions) {
    this.#options = options;
    this.#checker = new LinkChecker({ densePositions: options.densePositions });
  }

  get state(): AuditLogState {
    return this.#state;
  }

  /** The first check that failed, located by stream, revision and position. */
  get problem(): BrokenLink | null {
    return this.#problem;
  }

  get size(): number {
    return this.#tree.size;
  }

  get publicKeyPem(): string {
    return this.#options.key.publicKeyPem;
  }

  get keyId(): string {
    return this.#options.key.keyId;
  }

  /** The key file's mode when others than its owner can read it (the operator is warned), else null. */
  get keyLooseMode(): number | null {
    return this.#options.key.looseMode;
  }

  start(): void {
    this.#loadKeptHead();
    this.#subscribe();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#resubscribeTimer !== null) clearTimeout(this.#resubscribeTimer);
    if (this.#persistTimer !== null) clearTimeout(this.#persistTimer);
    this.#waiters.cancelAll();
    await this.#subscription?.stop();
    await this.#persist();
  }

  /** Resolves true once the tree holds the event at `position`, false after the timeout or on stop. */
  waitForPosition(position: bigint, timeoutMs: number): Promise<boolean> {
    if (this.#lastPosition !== null && this.#lastPosition >= position) return Promise.resolve(true);
    if (this.#stopped) return Promise.resolve(false);
    return this.#waiters.wait(position, timeoutMs);
  }

  /** The number of events at or before `position`: the tree size a head at that position has. */
  sizeAt(position: bigint): number {
    return this.#positions.countUpTo(position);
  }

  /** The signed head at `size` (default: the whole tree); null while the log is broken: it signs nothing then. */
  signedHead(size: number = this.#tree.size): SignedLogHead | null {
    if (this.#state === 'broken') return null;
    if (this.#latestHead !== null && this.#latestHead.treeSize === size) return this.#latestHead;
    const head = signLogHead(this.#options.key, {
      treeSize: size,
      position: size === 0 ? null : this.#positions.at(size - 1).toString(),
      rootHash: this.#tree.root(size).toString('hex'),
      timestamp: (this.#options.clock?.() ?? new Date()).toISOString(),
    });
    if (size === this.#tree.size) this.#latestHead = head;
    return head;
  }

  /**
   * The signed head once the tree holds `position`, shared by every caller in the same turn of the event loop:
   * the writes one sync acknowledges get one root and one signature, not one each. Null after the timeout, on
   * stop, or while the log is broken.
   */
  async headCovering(position: bigint, timeoutMs: number): Promise<SignedLogHead | null> {
    if (!(await this.waitForPosition(position, timeoutMs))) return null;
    this.#nextHead ??= new Promise((resolve) => {
      setImmediate(() => {
        this.#nextHead = null;
        resolve(this.signedHead());
      });
    });
    return this.#nextHead;
  }

  rootAt(size: number): string {
    return this.#tree.root(size).toString('hex');
  }

  /** The leaf hash (hex) of the event at `leafIndex` in position order. */
  leafHash(leafIndex: number): string {
    return this.#tree.leaf(leafIndex).toString('hex');
  }

  consistencyProof(from: number, to: number): string[] {
    return this.#tree.consistencyProof(from, to).map((hash) => hash.toString('hex'));
  }

  /** The inclusion proof of the event at `position` in the tree of `size`; null when no event has it. */
  inclusionProof(position: bigint, size: number): { leafIndex: number; proof: string[] } | null {
    const leafIndex = this.#positions.countUpTo(position) - 1;
    if (leafIndex < 0 || leafIndex >= size || this.#positions.at(leafIndex) !== position) return null;
    return {
      leafIndex,
      proof: this.#tree.inclusionProof(leafIndex, size).map((hash) => hash.toString('hex')),
    };
  }

  #loadKeptHead(): void {
    if (this.#options.headPath === null) return;
    let kept: SignedLogHead | null;
    try {
      kept = readVerifiedHead(this.#options.headPath);
    } catch (error) {
      this.#break(keptHeadInvalid(), (error as Error).message);
      return;
    }
    if (kept === null) {
      this.#options.logger?.info({}, 'audit log: no verified head kept yet; verifying the whole log');
      return;
    }
    if (kept.keyId !== this.#options.key.keyId || !verifyLogHeadSignature(this.#options.key, kept)) {
      this.#break(keptHeadInvalid(), 'the kept verified head is not signed by this server’s key');
      return;
    }
    this.#kept = kept;
  }

  #subscribe(): void {
    this.#subscription = this.#options.store.subscribe(
      {
        onEvent: (event) => this.#take(event),
        onCaughtUp: () => this.#caughtUp(),
        onError: (error) => this.#resubscribeAfter(error),
      },
      { after: this.#lastPosition },
    );
  }

  #take(event: RecordedEvent): void {
    const kept = this.#kept;
    // Events up to the kept head were verified before and are covered by its root; only later ones are rehashed.
    const recompute = kept === null || this.#tree.size >= kept.treeSize;
    this.#checker.check(event, recompute, (link) => this.#break(link));
    this.#tree.append(logLeafHash(event));
    this.#positions.push(event.position);
    this.#lastPosition = event.position;
    if (kept !== null && this.#tree.size === kept.treeSize) {
      const root = this.#tree.root().toString('hex');
      if (root !== kept.rootHash) {
        this.#break({
          streamId: null,
          revision: null,
          position: event.position.toString(),
          problem: 'LOG_ROOT_MISMATCH',
          expectedHash: kept.rootHash,
          foundHash: root,
        });
      }
    }
    this.#waiters.reached(event.position);
    if (this.#state === 'verified') this.#schedulePersist();
  }

  #caughtUp(): void {
    if (this.#state !== 'building') return;
    const kept = this.#kept;
    if (kept !== null && this.#tree.size < kept.treeSize) {
      this.#break({
        streamId: null,
        revision: null,
        position: this.#lastPosition?.toString() ?? null,
        problem: 'LOG_TRUNCATED',
        expectedHash: kept.rootHash,
        foundHash: null,
      });
      return;
    }
    this.#state = 'verified';
    this.#options.logger?.info(
      { treeSize: this.#tree.size, position: this.#lastPosition?.toString() ?? null },
      'audit log verified',
    );
    void this.#persist();
  }

  #break(link: BrokenLink, detail?: string): void {
    if (this.#state === 'broken') return;
    this.#state = 'broken';
    this.#problem = link;
    const where =
      link.streamId === null
        ? `position ${String(link.position)}`
        : `stream ${link.streamId} revision ${String(link.revision)} position ${String(link.position)}`;
    this.#options.logger?.error(
      { audit: link, ...(detail === undefined ? {} : { detail }) },
      `audit log broken: ${link.problem} at ${where}${detail === undefined ? '' : ` (${detail})`}; not ready, writes refused`,
    );
  }

  #schedulePersist(): void {
    if (this.#persistTimer !== null || this.#options.headPath === null) return;
    this.#persistTimer = setTimeout(() => {
      this.#persistTimer = null;
      void this.#persist();
    }, this.#options.persistDelayMs ?? 1_000);
    this.#persistTimer.unref();
  }

  /** Keeps the current head for the next start; a failure is logged and retried with the next append. */
  async #persist(): Promise<void> {
    const path = this.#options.headPath;
    if (path === null || this.#state !== 'verified') return;
    while (this.#persisting !== null) await this.#persisting;
    const head = this.signedHead();
    if (head === null || head.treeSize === this.#persistedSize) return;
    this.#persisting = writeVerifiedHead(path, head).then(
      () => {
        this.#persistedSize = head.treeSize;
      },
      (error: unknown) => {
        this.#options.logger?.warn({ err: error }, 'audit log: cannot keep the verified head');
      },
    );
    try {
      await this.#persisting;
    } finally {
      this.#persisting = null;
    }
  }

  #resubscribeAfter(error: Error): void {
    if (this.#stopped) return;
    this.#options.logger?.error(
      { err: error, position: this.#lastPosition?.toString() ?? null },
      'audit log subscription failed; resubscribing',
    );
    this.#resubscribeTimer = setTimeout(() => {
      this.#resubscribeTimer = null;
      if (!this.#stopped) this.#subscribe();
    }, RESUBSCRIBE_DELAY_MS);
  }
}

function keptHeadInvalid(): BrokenLink {
  return {
    streamId: null,
    revision: null,
    position: null,
    problem: 'KEPT_HEAD_INVALID',
    expectedHash: null,
    foundHash: null,
  };
}
