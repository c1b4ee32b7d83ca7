import { countWithinBound, instantMillis } from '../../domain/index.js';
import type { IndexedEvent } from '../engine/entity-history.js';
import { eventSummary } from '../engine/event-summary.js';
import { LogFollower } from '../engine/log-follower.js';
import type { AuditEntry, AuditPage, AuditQuery } from '../read-model.js';

type Indexed = IndexedEvent<unknown>;

/**
 * Every event by position (= recordedAt order), with a list per actor, tiltak, plan and type, so a filtered page
 * walks the shortest list that applies rather than the whole log. The lists hold the projections' own
 * IndexedEvent objects; an AuditEntry is built only for the events a page returns.
 */
export class AuditIndex {
  readonly #all: Indexed[] = [];
  readonly #byActor = new Map<string, Indexed[]>();
  readonly #byType = new Map<string, Indexed[]>();
  readonly #byPlan = new Map<string, Indexed[]>();
  readonly #byTiltak = new Map<string, Indexed[]>();
  // The lists per actor, type, plan and tiltak follow the list of every event (LogFollower).
  readonly #lists = new LogFollower(this.#all, (indexed) => {
    addTo(this.#byActor, indexed.recorded.actor.id, indexed);
    addTo(this.#byType, indexed.recorded.type, indexed);
    if (indexed.planId !== null) addTo(this.#byPlan, indexed.planId, indexed);
    if (indexed.tiltakId !== null) addTo(this.#byTiltak, indexed.tiltakId, indexed);
  });

  /** Every event in position order (the log the other indexes follow). */
  get all(): readonly Indexed[] {
    return this.#all;
  }

  add(indexed: Indexed): void {
    this.#all.push(indexed);
  }

  /** Takes up to `limit` more events into the filtered lists; true when none is left. */
  catchUp(limit: number): boolean {
    return this.#lists.catchUp(limit);
  }

  query(query: AuditQuery): AuditPage {
    const candidates = this.#candidates(query);
    const fromMs = query.from === undefined ? Number.NEGATIVE_INFINITY : instantMillis(query.from);
    const toMs = query.to === undefined ? Number.POSITIVE_INFINITY : instantMillis(query.to);
    const entries: AuditEntry[] = [];
    for (let at = firstAfter(candidates, query.after); at < candidates.length; at++) {
      const found = candidates[at] as Indexed;
      if (found.recordedMs >= toMs) break;
      if (found.recordedMs < fromMs || !matches(found, query)) continue;
      if (entries.length === query.limit) {
        return { entries, nextAfter: (entries.at(-1) as AuditEntry).position };
      }
      entries.push(auditEntry(found));
    }
    return { entries, nextAfter: null };
  }

  #candidates(query: AuditQuery): readonly Indexed[] {
    this.#lists.catchUp();
    const lists = [
      query.actorId === undefined ? null : (this.#byActor.get(query.actorId) ?? []),
      query.tiltakId === undefined ? null : (this.#byTiltak.get(query.tiltakId) ?? []),
      query.planId === undefined ? null : (this.#byPlan.get(query.planId) ?? []),
      query.type === undefined ? null : (this.#byType.get(query.type) ?? []),
    ].filter((list): list is Indexed[] => list !== null);
    return lists.reduce((shortest, list) => (list.length < shortest.length ? list : shortest), this.#all);
  }
}

/**
 * The event's summary extended in place, as the tiltak history's entries are: not `{ ...eventSummary(indexed), data }`,
 * whose objects outlive young-generation GCs in Node 20's V8 (docs/performance.md).
 */
function auditEntry(indexed: Indexed): AuditEntry {
  return Object.assign(eventSummary(indexed), {
    tiltakId: indexed.tiltakId,
    planId: indexed.planId,
    data: indexed.recorded.data,
  });
}

function addTo(lists: Map<string, Indexed[]>, key: string, indexed: Indexed): void {
  const list = lists.get(key);
  if (list === undefined) lists.set(key, [indexed]);
  else list.push(indexed);
}

/** The index of the first candidate with a position after `after` (lists are in position order). */
function firstAfter(candidates: readonly Indexed[], after: bigint | undefined): number {
  return after === undefined ? 0 : countWithinBound(candidates, after, positionOf);
}

function positionOf(indexed: Indexed): bigint {
  return indexed.recorded.position;
}

function matches(indexed: Indexed, query: AuditQuery): boolean {
  return (
    (query.actorId === undefined || indexed.recorded.actor.id === query.actorId) &&
    (query.tiltakId === undefined || indexed.tiltakId === query.tiltakId) &&
    (query.planId === undefined || indexed.planId === query.planId) &&
    (query.type === undefined || indexed.recorded.type === query.type)
  );
}
