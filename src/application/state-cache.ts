import type { CommandFold } from '../domain/index.js';

/** Streams whose folds are kept by default: every tiltak of a few hundred plans. */
export const DEFAULT_STATE_CACHE_STREAMS = 10_000;

/**
 * The command side's folds, one per stream, each covering the stream up to its revision: a command folds only
 * the events recorded since (the store's readStream from fold.revision + 1), whichever adapter holds them. Bounded
 * by a number of streams; the least recently used go first. A fold is never trusted for the expected-revision
 * check beyond what it covers: the handler appends with the revision it read, and the store's check decides.
 */
export class StateCache {
  // Map order is recency order: a use re-inserts, eviction takes the first entries.
  readonly #folds = new Map<string, CommandFold>();
  readonly #limit: number;

  constructor(limit = DEFAULT_STATE_CACHE_STREAMS) {
    if (!Number.isSafeInteger(limit) || limit < 0)
      throw new RangeError(`state cache size ${limit} is not a count`);
    this.#limit = limit;
  }

  get(streamId: string): CommandFold | undefined {
    const fold = this.#folds.get(streamId);
    if (fold !== undefined) {
      this.#folds.delete(streamId);
      this.#folds.set(streamId, fold);
    }
    return fold;
  }

  set(fold: CommandFold): void {
    if (this.#limit === 0) return;
    this.#folds.delete(fold.streamId);
    this.#folds.set(fold.streamId, fold);
    for (const streamId of this.#folds.keys()) {
      if (this.#folds.size <= this.#limit) break;
      this.#folds.delete(streamId);
    }
  }

  delete(streamId: string): void {
    this.#folds.delete(streamId);
  }

  /** Streams held; for tests and diagnostics. */
  get size(): number {
    return this.#folds.size;
  }
}
