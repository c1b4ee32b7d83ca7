import type { IndexedEvent } from './entity-history.js';
import { LogFollower } from './log-follower.js';

/** Every applied event by its id (locateEvent), following the log (LogFollower). */
export class EventIdIndex {
  readonly #byId = new Map<string, IndexedEvent<unknown>>();
  readonly #follower: LogFollower;

  constructor(log: readonly IndexedEvent<unknown>[]) {
    this.#follower = new LogFollower(log, (indexed) => this.#byId.set(indexed.recorded.eventId, indexed));
  }

  get(eventId: string): IndexedEvent<unknown> | undefined {
    this.#follower.catchUp();
    return this.#byId.get(eventId);
  }

  /** Takes up to `limit` more events of the log; true when none is left. */
  catchUp(limit: number): boolean {
    return this.#follower.catchUp(limit);
  }
}
