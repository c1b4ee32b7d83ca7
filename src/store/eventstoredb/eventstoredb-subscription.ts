import type { AllStreamResolvedEvent, AllStreamSubscription } from '@eventstore/db-client';
import type { RecordedEvent, Subscription, SubscriptionHandlers } from '../event-store.js';

/** What a catch-up subscription needs from the store. */
export interface CatchUpSource {
  /** Our last position when the subscription starts: the replay is over once it has been delivered. */
  headPosition(): Promise<bigint | null>;
  /** A server subscription to `$all` from our position (exclusive), or from the start for null. */
  open(after: bigint | null): AllStreamSubscription;
  /** Our event for a resolved `$all` event, or null when it is not ours. */
  decode(resolved: AllStreamResolvedEvent): RecordedEvent | null;
  /** The error a handler sees for a failure of the server or the connection. */
  toError(error: unknown): Error;
}

function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}

/**
 * A catch-up subscription over one server subscription to `$all` (filtered to our streams), which replays from the
 * position and then stays live. Catching up is decided here, not by the server's caughtUp message (only servers from
 * 23.10 send it): the replay is over once the head that existed at the start has been delivered.
 * Events are handed over one at a time; the next is pulled only when the handler's promise has settled.
 */
export class CatchUpSubscription implements Subscription {
  readonly #source: CatchUpSource;
  readonly #handlers: SubscriptionHandlers;
  #last: bigint | null;
  #stopped = false;
  #caughtUp = false;
  #server: AllStreamSubscription | null = null;
  /** Settles when the subscription has ended, for whatever reason. */
  readonly finished: Promise<void>;

  constructor(source: CatchUpSource, handlers: SubscriptionHandlers, after: bigint | null) {
    this.#source = source;
    this.#handlers = handlers;
    this.#last = after;
    this.finished = this.#run();
  }

  /** No handler call starts after stop(); one already running is not interrupted. */
  async stop(): Promise<void> {
    if (this.#stopped) return;
    this.#stopped = true;
    await this.#closeServerSubscription();
  }

  async #closeServerSubscription(): Promise<void> {
    const server = this.#server;
    this.#server = null;
    if (server === null) return;
    try {
      await server.unsubscribe();
    } catch {
      // The call is going away either way; destroy() below ends the iteration.
    }
    server.destroy();
  }

  async #run(): Promise<void> {
    let head: bigint | null;
    let server: AllStreamSubscription;
    try {
      head = await this.#source.headPosition();
      if (this.#stopped) return;
      server = this.#source.open(this.#last);
      // Errors reach the loop below through the iterator; this keeps a late one (after destroy) from crashing.
      server.on('error', () => undefined);
      this.#server = server;
    } catch (error) {
      this.#fail(this.#source.toError(error));
      return;
    }
    if (head === null || (this.#last !== null && head <= this.#last)) {
      if (!this.#reportCaughtUp()) return;
    }
    try {
      for await (const resolved of server as AsyncIterable<AllStreamResolvedEvent>) {
        if (this.#stopped) return;
        const event = this.#source.decode(resolved);
        if (event === null || (this.#last !== null && event.position <= this.#last)) continue;
        if (!(await this.#deliver(event))) return;
        if (!this.#caughtUp && head !== null && event.position >= head && !this.#reportCaughtUp()) return;
      }
      if (!this.#stopped)
        this.#fail(this.#source.toError(new Error('the server ended the $all subscription')));
    } catch (error) {
      if (!this.#stopped) this.#fail(this.#source.toError(error));
    }
  }

  async #deliver(event: RecordedEvent): Promise<boolean> {
    try {
      await this.#handlers.onEvent(event);
    } catch (error) {
      this.#fail(asError(error));
      return false;
    }
    this.#last = event.position;
    return !this.#stopped;
  }

  #reportCaughtUp(): boolean {
    this.#caughtUp = true;
    try {
      this.#handlers.onCaughtUp?.(this.#last);
    } catch (error) {
      this.#fail(asError(error));
      return false;
    }
    return !this.#stopped;
  }

  #fail(error: Error): void {
    if (this.#stopped) return;
    this.#stopped = true;
    void this.#closeServerSubscription();
    this.#handlers.onError?.(error);
  }
}
