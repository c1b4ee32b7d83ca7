import { PositionWaiters } from '../../shared/index.js';
import type { EventStore, RecordedEvent, Subscription } from '../../store/index.js';
import type { ProjectionIndexes } from './projection-indexes.js';

export interface ProjectionLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Pause before resubscribing after the subscription failed (a lost EventStoreDB connection, say). */
const RESUBSCRIBE_DELAY_MS = 1_000;
/** Events each index that follows the log takes per turn after the replay (a few ms per slice). */
const FOLLOWER_SLICE = 5_000;

/**
 * Keeps the indexes current through the store's catch-up subscription (the same on SQLite and EventStoreDB, and
 * on every API replica), tells when the start-up replay is done, and lets a writer wait until its own write is
 * visible. After a failure it resubscribes from the last applied position, so nothing is applied twice.
 */
export class ProjectionRunner {
  readonly #store: EventStore;
  readonly #indexes: ProjectionIndexes;
  readonly #logger: ProjectionLogger | undefined;
  #subscription: Subscription | null = null;
  #resubscribeTimer: NodeJS.Timeout | null = null;
  #followerTimer: NodeJS.Immediate | null = null;
  readonly #waiters = new PositionWaiters();
  #caughtUp = false;
  /** False from a failure of the subscription until it has been replaced. */
  #subscribed = false;
  #stopped = false;
  #skipped = 0;

  constructor(store: EventStore, indexes: ProjectionIndexes, logger?: ProjectionLogger) {
    this.#store = store;
    this.#indexes = indexes;
    this.#logger = logger;
  }

  start(): void {
    const startedAt = Date.now();
    let applied = 0;
    this.#subscribed = true;
    this.#subscription = this.#store.subscribe(
      {
        onEvent: (event) => {
          this.#apply(event);
          applied += 1;
        },
        onCaughtUp: (position) => {
          if (this.#caughtUp) return;
          this.#caughtUp = true;
          this.#catchUpFollowersInSlices();
          const seconds = (Date.now() - startedAt) / 1000;
          this.#logger?.info(
            { events: applied, position: position?.toString() ?? null, seconds, skipped: this.#skipped },
            'projections caught up',
          );
        },
        onError: (error) => this.#resubscribeAfter(error),
      },
      { after: this.#indexes.position },
    );
  }

  get caughtUp(): boolean {
    return this.#caughtUp;
  }

  /** Whether a subscription follows the log now (false between its failure and the resubscription). */
  get subscribed(): boolean {
    return this.#subscribed && !this.#stopped;
  }

  waitForPosition(position: bigint, timeoutMs: number): Promise<boolean> {
    const applied = this.#indexes.position;
    if (applied !== null && applied >= position) return Promise.resolve(true);
    return this.#waiters.wait(position, timeoutMs);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#resubscribeTimer !== null) clearTimeout(this.#resubscribeTimer);
    if (this.#followerTimer !== null) clearImmediate(this.#followerTimer);
    this.#waiters.cancelAll();
    await this.#subscription?.stop();
  }

  /** Catches the indexes that follow the log up after the replay, a slice per turn, so requests go on. */
  #catchUpFollowersInSlices(): void {
    if (this.#stopped || this.#indexes.catchUpFollowers(FOLLOWER_SLICE)) return;
    this.#followerTimer = setImmediate(() => {
      this.#followerTimer = null;
      this.#catchUpFollowersInSlices();
    });
  }

  #apply(event: RecordedEvent): void {
    try {
      this.#indexes.apply(event);
    } catch (error) {
      // The position has advanced: one event the domain cannot read must not stop every reader behind it.
      this.#skipped += 1;
      this.#logger?.warn(
        { err: error, eventId: event.eventId, type: event.type, position: event.position.toString() },
        'event left out of the projections',
      );
    }
    this.#waiters.reached(event.position);
  }

  #resubscribeAfter(error: Error): void {
    this.#subscribed = false;
    if (this.#stopped) return;
    this.#logger?.error(
      { err: error, position: this.#indexes.position?.toString() ?? null },
      'projection subscription failed; resubscribing',
    );
    this.#resubscribeTimer = setTimeout(() => {
      this.#resubscribeTimer = null;
      if (!this.#stopped) this.start();
    }, RESUBSCRIBE_DELAY_MS);
  }
}
