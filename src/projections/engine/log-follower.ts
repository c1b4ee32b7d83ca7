import type { IndexedEvent } from './entity-history.js';

/**
 * A secondary index built from the log of every applied event (position order) and kept behind it, instead of
 * being updated per event during the replay: the event-id map, the audit's lists per actor, type, plan and
 * tiltak and the plan state keys were a map lookup and a push or more each per event, a fifth of start-up.
 * Every read of such an index first catches it up completely, so it never misses an applied event; after the
 * replay the runner catches them up in slices, so the first read does not pay for the whole log either.
 */
export class LogFollower {
  readonly #log: readonly IndexedEvent<unknown>[];
  readonly #take: (indexed: IndexedEvent<unknown>) => void;
  #followed = 0;

  constructor(log: readonly IndexedEvent<unknown>[], take: (indexed: IndexedEvent<unknown>) => void) {
    this.#log = log;
    this.#take = take;
  }

  /** Takes up to `limit` more events of the log; true when none is left. */
  catchUp(limit = Number.POSITIVE_INFINITY): boolean {
    const log = this.#log;
    const end = Math.min(log.length, this.#followed + limit);
    for (let at = this.#followed; at < end; at++) this.#take(log[at] as IndexedEvent<unknown>);
    this.#followed = end;
    return end === log.length;
  }
}
