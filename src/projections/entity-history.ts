import type { EventSummary } from './read-model.js';

/** One stored event as the projections keep it: the envelope, the parsed payload and its two times in ms. */
export interface IndexedEvent<Event> {
  summary: EventSummary;
  /** The domain's parsed event (payload upcast to the current schema). */
  event: Event;
  effectiveMs: number;
  recordedMs: number;
  /** The event this one retracts, when it is an EventRetracted. */
  retracts: string | null;
}

/** An entity's state at a point, with what it came from. */
export interface StateAt<State, Event> {
  state: State;
  /** The counting event folded last (valid-time order). */
  lastChange: IndexedEvent<Event>;
  /** The stream's revision as known at the point. */
  revision: bigint;
}

interface Snapshot<State, Event> {
  effectiveMs: number;
  state: State | null;
  event: IndexedEvent<Event>;
}

/** The temporal point in milliseconds; +Infinity on an axis means unbounded (now). */
export interface PointMs {
  validMs: number;
  knownMs: number;
}

export type Evolve<State, Event> = (state: State | null, event: Event) => State | null;

/**
 * The history of one entity (a plan or a tiltak stream), indexed by valid time (docs/projections.md). For
 * knownAt = now it keeps the state after every counting event, so the state at any validAt is a binary search;
 * the snapshots are rebuilt lazily after a back-dated event or a retraction, and extended in place for an event
 * that comes last in valid time (the usual write). Earlier knownAt points fold the known prefix of the stream:
 * recordedAt never decreases in position order, so what was known at K is a prefix.
 */
export class EntityHistory<State, Event extends { type: string; data: unknown; position: bigint }> {
  /** Every event of the stream, in position (= recording) order. */
  readonly events: IndexedEvent<Event>[] = [];
  readonly #retractedBy = new Map<string, IndexedEvent<Event>>();
  readonly evolve: Evolve<State, Event>;
  #snapshots: Snapshot<State, Event>[] | null = [];

  constructor(evolve: Evolve<State, Event>) {
    this.evolve = evolve;
  }

  add(indexed: IndexedEvent<Event>): void {
    this.events.push(indexed);
    if (indexed.retracts !== null) {
      this.#retractedBy.set(indexed.retracts, indexed);
      this.#snapshots = null;
      return;
    }
    const snapshots = this.#snapshots;
    if (snapshots === null) return;
    const last = snapshots.at(-1);
    if (last !== undefined && compareIndexed(last.event, indexed) > 0) {
      this.#snapshots = null;
      return;
    }
    snapshots.push({
      effectiveMs: indexed.effectiveMs,
      state: this.evolve(last?.state ?? null, indexed.event),
      event: indexed,
    });
  }

  /** The retraction of an event, if one was recorded at or before knownMs. */
  retractionOf(eventId: string, knownMs = Number.POSITIVE_INFINITY): IndexedEvent<Event> | null {
    const retraction = this.#retractedBy.get(eventId);
    return retraction !== undefined && retraction.recordedMs <= knownMs ? retraction : null;
  }

  /** The state at the point, or null when the entity did not exist then (or was not known yet). */
  stateAt(point: PointMs): StateAt<State, Event> | null {
    const known = this.knownCount(point.knownMs);
    const lastKnown = this.events[known - 1];
    if (lastKnown === undefined) return null;
    const folded =
      known === this.events.length ? this.#fromSnapshots(point.validMs) : this.#fold(this.countingAt(point));
    if (folded === null || folded.state === null) return null;
    return { state: folded.state, lastChange: folded.event, revision: lastKnown.summary.revision };
  }

  /** The events that count at the point, in fold order: known, not retracted as known then, effective by then. */
  countingAt(point: PointMs): IndexedEvent<Event>[] {
    const known = this.events.slice(0, this.knownCount(point.knownMs));
    return known
      .filter(
        (indexed) =>
          indexed.retracts === null &&
          indexed.effectiveMs <= point.validMs &&
          this.retractionOf(indexed.summary.eventId, point.knownMs) === null,
      )
      .sort(compareIndexed);
  }

  /** How many events (a prefix in position order) had been recorded at knownMs. */
  knownCount(knownMs: number): number {
    const { events } = this;
    const last = events.at(-1);
    if (last === undefined || last.recordedMs <= knownMs) return events.length;
    let low = 0;
    let high = events.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((events[middle] as IndexedEvent<Event>).recordedMs <= knownMs) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #fromSnapshots(validMs: number): Snapshot<State, Event> | null {
    const snapshots = (this.#snapshots ??= this.#buildSnapshots());
    let low = 0;
    let high = snapshots.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((snapshots[middle] as Snapshot<State, Event>).effectiveMs <= validMs) low = middle + 1;
      else high = middle;
    }
    return snapshots[low - 1] ?? null;
  }

  #buildSnapshots(): Snapshot<State, Event>[] {
    const snapshots: Snapshot<State, Event>[] = [];
    let state: State | null = null;
    for (const indexed of this.countingAt({
      validMs: Number.POSITIVE_INFINITY,
      knownMs: Number.POSITIVE_INFINITY,
    })) {
      state = this.evolve(state, indexed.event);
      snapshots.push({ effectiveMs: indexed.effectiveMs, state, event: indexed });
    }
    return snapshots;
  }

  #fold(counting: readonly IndexedEvent<Event>[]): Snapshot<State, Event> | null {
    const last = counting.at(-1);
    if (last === undefined) return null;
    let state: State | null = null;
    for (const indexed of counting) state = this.evolve(state, indexed.event);
    return { effectiveMs: last.effectiveMs, state, event: last };
  }
}

/** Fold order (DESIGN.md §3, the domain's compareInValidTime): effectiveAt, then position; on the parsed times. */
export function compareIndexed<Event>(a: IndexedEvent<Event>, b: IndexedEvent<Event>): number {
  const byTime = a.effectiveMs - b.effectiveMs;
  if (byTime !== 0) return byTime;
  const [p, q] = [a.summary.position, b.summary.position];
  return p < q ? -1 : p > q ? 1 : 0;
}
