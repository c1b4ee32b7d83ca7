import type { RecordedEvent, Subscription, SubscriptionHandlers } from '../event-store.js';

export interface PgLogReader {
  /** Up to `limit` committed events with a position greater than `after`, in position order. */
  readAfter(after: bigint | null, limit: number): Promise<RecordedEvent[]>;
  /** Resolves when the log may have grown (an append here, a notification from another process) or after `ms`. */
  waitForAppend(ms: number): Promise<void>;
}

const PAGE_SIZE = 500;
/** A fallback read while idle, in case a notification was lost with the listening connection. */
export const IDLE_POLL_MS = 500;

/**
 * Catch-up subscription that reads the log by position: pages from the cursor, and once a read finds nothing it
 * reports caught up and waits for the next append. `position > cursor` is enough because positions are assigned in
 * commit order (pg-append.ts), so no event can commit later with a position below one already read. A failed read
 * (the server gone) ends the subscription through onError; its owner subscribes again from its own position.
 */
export class PgSubscription implements Subscription {
  readonly #reader: PgLogReader;
  readonly #handlers: SubscriptionHandlers;
  readonly #onEnd: (subscription: PgSubscription) => void;
  #cursor: bigint | null;
  #caughtUp = false;
  #stopped = false;
  #wakeOnStop: (() => void) | null = null;
  readonly #done: Promise<void>;

  constructor(
    reader: PgLogReader,
    handlers: SubscriptionHandlers,
    after: bigint | null,
    onEnd: (subscription: PgSubscription) => void,
  ) {
    this.#reader = reader;
    this.#handlers = handlers;
    this.#cursor = after;
    this.#onEnd = onEnd;
    this.#done = this.#run();
  }

  /** Resolves once no handler runs and none will be called again. */
  stop(): Promise<void> {
    this.#stopped = true;
    this.#wakeOnStop?.();
    return this.#done;
  }

  async #run(): Promise<void> {
    await Promise.resolve();
    try {
      while (!this.#stopped) {
        const page = await this.#reader.readAfter(this.#cursor, PAGE_SIZE);
        if (this.#stopped) break;
        if (page.length === 0) {
          if (!this.#caughtUp) {
            this.#caughtUp = true;
            this.#handlers.onCaughtUp?.(this.#cursor);
          }
          await Promise.race([
            this.#reader.waitForAppend(IDLE_POLL_MS),
            new Promise<void>((resolve) => {
              this.#wakeOnStop = resolve;
            }),
          ]);
          this.#wakeOnStop = null;
          continue;
        }
        for (const event of page) {
          if (this.#stopped) break;
          const pending = this.#handlers.onEvent(event);
          if (pending !== undefined) await pending;
          this.#cursor = event.position;
        }
      }
    } catch (error) {
      this.#stopped = true;
      this.#handlers.onError?.(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.#onEnd(this);
    }
  }
}
