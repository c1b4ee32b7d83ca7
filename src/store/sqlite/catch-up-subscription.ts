import type { RecordedEvent, Subscription, SubscriptionHandlers } from '../event-store.js';

/** Where a subscription reads the log during replay. */
export interface LogReader {
  /** Up to `limit` committed events with a position greater than `after`, in position order. */
  readAfter(after: bigint | null, limit: number): RecordedEvent[];
}

const REPLAY_PAGE_SIZE = 500;
/** A subscriber this far behind stops buffering and reads the log again, so a slow handler cannot exhaust memory. */
export const MAX_BUFFERED_EVENTS = 10_000;

/**
 * Catch-up subscription over an in-process log. It replays by paging the log until a read finds nothing new and,
 * in the same synchronous step, switches to live mode, where the store pushes each committed batch. Commits happen
 * synchronously too, so no event can fall between the last read and the switch; a position cursor drops anything
 * already delivered.
 *
 * Another process may write the same file (docs/store.md, "Several processes on one file"): its events are never
 * pushed. Two things bring them in. The store calls `resync()` when it notices another writer (PRAGMA
 * data_version), and a pushed batch that does not start right after the last position known here (SQLite's
 * positions are max + 1, so a hole means events this process did not commit) is dropped for a read of the log.
 * Either way the subscription goes back to replaying from its cursor, which reads the file as it stands.
 */
export class CatchUpSubscription implements Subscription {
  readonly #reader: LogReader;
  readonly #handlers: SubscriptionHandlers;
  readonly #onEnd: (subscription: CatchUpSubscription) => void;
  #cursor: bigint | null;
  #live = false;
  #caughtUp = false;
  #stopped = false;
  #buffer: RecordedEvent[] = [];
  #next = 0;
  #wake: (() => void) | null = null;
  readonly #done: Promise<void>;

  constructor(
    reader: LogReader,
    handlers: SubscriptionHandlers,
    after: bigint | null,
    onEnd: (subscription: CatchUpSubscription) => void,
  ) {
    this.#reader = reader;
    this.#handlers = handlers;
    this.#cursor = after;
    this.#onEnd = onEnd;
    this.#done = this.#run();
  }

  /** Called by the store, synchronously after each committed batch. */
  push(events: readonly RecordedEvent[]): void {
    if (this.#stopped || !this.#live || events.length === 0) return;
    const first = (events[0] as RecordedEvent).position;
    if (
      first !== this.#lastKnownPosition() + 1n ||
      this.#buffer.length - this.#next + events.length > MAX_BUFFERED_EVENTS
    ) {
      this.#readLogAgain();
    } else {
      this.#buffer.push(...events);
    }
    this.#wakeUp();
  }

  /** Called by the store when another connection has written to the file: read the log again from the cursor. */
  resync(): void {
    if (this.#stopped || !this.#live) return;
    this.#readLogAgain();
    this.#wakeUp();
  }

  /** The last position delivered or waiting in the buffer (0 before any). */
  #lastKnownPosition(): bigint {
    return this.#buffer.at(-1)?.position ?? this.#cursor ?? 0n;
  }

  #readLogAgain(): void {
    this.#live = false;
    this.#buffer = [];
    this.#next = 0;
  }

  /** Resolves once no handler runs and none will be called again. Awaiting it inside onEvent would deadlock. */
  stop(): Promise<void> {
    this.#stopped = true;
    this.#wakeUp();
    return this.#done;
  }

  async #run(): Promise<void> {
    // Never call a handler before subscribe() has returned the subscription to its caller.
    await Promise.resolve();
    try {
      while (!this.#stopped) {
        if (this.#live) await this.#deliverBuffered();
        else await this.#replayPage();
      }
    } catch (error) {
      this.#stopped = true;
      this.#handlers.onError?.(error instanceof Error ? error : new Error(String(error)));
    } finally {
      this.#buffer = [];
      this.#onEnd(this);
    }
  }

  async #replayPage(): Promise<void> {
    const page = this.#reader.readAfter(this.#cursor, REPLAY_PAGE_SIZE);
    if (page.length === 0) {
      this.#live = true;
      if (!this.#caughtUp) {
        this.#caughtUp = true;
        this.#handlers.onCaughtUp?.(this.#cursor);
      }
      return;
    }
    for (const event of page) {
      if (this.#stopped) return;
      const pending = this.#deliver(event);
      if (pending !== undefined) await pending;
    }
  }

  async #deliverBuffered(): Promise<void> {
    const event = this.#buffer[this.#next];
    if (event === undefined) {
      this.#buffer = [];
      this.#next = 0;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
      return;
    }
    this.#next += 1;
    if (this.#cursor === null || event.position > this.#cursor) await this.#deliver(event);
  }

  /**
   * Hands one event to the handler and moves the cursor past it; a promise only when the handler returned one.
   * A handler that returns none is not awaited: an await per event (a promise and a microtask each) was a tenth
   * of the projections' start-up. Events are still delivered in order, one at a time.
   */
  #deliver(event: RecordedEvent): Promise<void> | undefined {
    const pending = this.#handlers.onEvent(event);
    if (pending === undefined) {
      this.#cursor = event.position;
      return undefined;
    }
    return pending.then(() => {
      this.#cursor = event.position;
    });
  }

  #wakeUp(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }
}
