import type { RecordedEvent } from '../../store/event-store.js';
import { countAtMost } from './sorted-search.js';

/** A stored event without its hash chain, which no read of the projections shows (the audit verifies the store). */
export type ProjectedRecord = Omit<RecordedEvent, 'prevHash' | 'hash'>;

/**
 * One stored event as the projections keep it: its envelope (one object per event, shared by every index: that
 * is what keeps a million events in memory), the parsed payload, its two times in ms and its entities.
 */
export interface IndexedEvent<Event> {
  recorded: ProjectedRecord;
  /** The domain's parsed event (payload upcast to the current schema). */
  event: Event;
  effectiveMs: number;
  recordedMs: number;
  /** The event this one retracts, when it is an EventRetracted. */
  retracts: string | null;
  /** The plan it belongs to (a tiltak's plan, named by its creation); null for a tiltak stream without one. */
  planId: string | null;
  /** The tiltak, for events of a tiltak stream. */
  tiltakId: string | null;
}

/** An entity's state at a point, with what it came from. */
export interface StateAt<State, Event> {
  state: State;
  /** The counting event folded last (valid-time order). */
  lastChange: IndexedEvent<Event>;
  /** The stream's revision as known at the point. */
  revision: bigint;
}

interface Folded<State, Event> {
  state: State | null;
  event: IndexedEvent<Event>;
}

/** The valid-time index for knownAt = now. */
interface ValidTimeIndex<State, Event> {
  /** The events that count now, in valid-time order. */
  counting: IndexedEvent<Event>[];
  /** checkpoints[j] is the state after counting[(j + 1) * every - 1]. */
  checkpoints: (State | null)[];
  /** The state after every counting event: the plan now, without a fold. */
  latest: State | null;
  every: number;
}

/**
 * A state is kept after every 4th counting event rather than after each: a state holds its whole status history,
 * so one per event grows with the square of a history's length (10,000 tiltak of 100 events took 800 MB more).
 * A read at a past validAt folds at most 3 events per entity instead. Each fold step copied the status history
 * (a tiltak's fold now copies it once: foldTiltakFrom), and that garbage sets how often a plan read meets a
 * young-generation GC (its p99): at 1M events, every 4th rather than every 8th halved the GCs during 2,000 plan
 * reads (28 against 52-57) and took the median from 0.54-0.63 to 0.38-0.45 ms, for 100 MiB more heap once every
 * plan was read (905 against 800 MiB).
 */
export const DEFAULT_CHECKPOINT_EVERY = 4;

/** The temporal point in milliseconds; +Infinity on an axis means unbounded (now). */
export interface PointMs {
  validMs: number;
  knownMs: number;
}

export type Evolve<State, Event> = (state: State | null, event: Event) => State | null;
/** Folds events onto a state, without changing it; the same result as reducing with Evolve. */
export type FoldFrom<State, Event> = (state: State | null, events: readonly Event[]) => State | null;

/**
 * The history of one entity (a plan or a tiltak stream), indexed by valid time (docs/projections.md). For
 * knownAt = now it keeps the counting events in valid-time order with checkpointed states, so the state at any
 * validAt is a binary search and a fold of at most three events (DEFAULT_CHECKPOINT_EVERY); the index is built
 * on the first read, rebuilt after a back-dated event or a retraction, and extended in place for an event that
 * comes last in valid time (the usual write). Earlier knownAt points fold the known prefix of the stream:
 * recordedAt never decreases in position order, so what was known at K is a prefix.
 */
export class EntityHistory<State, Event extends { type: string; data: unknown; position: bigint }> {
  /** Every event of the stream, in position (= recording) order. */
  readonly events: IndexedEvent<Event>[] = [];
  readonly #retractedBy = new Map<string, IndexedEvent<Event>>();
  readonly evolve: Evolve<State, Event>;
  readonly #foldFrom: FoldFrom<State, Event>;
  // Null until the first read at knownAt = now (the replay at start folds nothing), and again when stale.
  #index: ValidTimeIndex<State, Event> | null = null;
  readonly #checkpointEvery: number;

  /**
   * `foldFrom`, when given, folds several events at once (a tiltak's fold copies its status history once, not per
   * status event: at 1M events a history is 100 reports long); otherwise the events are reduced with `evolve`.
   */
  constructor(
    evolve: Evolve<State, Event>,
    checkpointEvery = DEFAULT_CHECKPOINT_EVERY,
    foldFrom?: FoldFrom<State, Event>,
  ) {
    this.evolve = evolve;
    this.#checkpointEvery = checkpointEvery;
    this.#foldFrom = foldFrom ?? ((state, events) => events.reduce(evolve, state));
  }

  add(indexed: IndexedEvent<Event>): void {
    this.events.push(indexed);
    if (indexed.retracts !== null) {
      this.#retractedBy.set(indexed.retracts, indexed);
      this.#index = null;
      return;
    }
    const index = this.#index;
    if (index === null) return;
    const last = index.counting.at(-1);
    if (last !== undefined && compareIndexed(last, indexed) > 0) {
      this.#index = null;
      return;
    }
    extend(index, indexed, this.evolve);
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
      known === this.events.length ? this.#fromIndex(point.validMs) : this.#fold(this.countingAt(point));
    if (folded === null || folded.state === null) return null;
    return { state: folded.state, lastChange: folded.event, revision: lastKnown.recorded.revision };
  }

  /** The events that count at the point, in fold order: known, not retracted as known then, effective by then. */
  countingAt(point: PointMs): IndexedEvent<Event>[] {
    const known = this.events.slice(0, this.knownCount(point.knownMs));
    return known
      .filter(
        (indexed) =>
          indexed.retracts === null &&
          indexed.effectiveMs <= point.validMs &&
          this.retractionOf(indexed.recorded.eventId, point.knownMs) === null,
      )
      .sort(compareIndexed);
  }

  /** The state these events (in fold order) make from nothing: one linear fold, whatever the history's length. */
  foldEvents(events: readonly IndexedEvent<Event>[]): State | null {
    return this.#foldFrom(null, events.map(eventOf));
  }

  /** How many events (a prefix in position order) had been recorded at knownMs. */
  knownCount(knownMs: number): number {
    return countAtMost(this.events, knownMs, recordedMsOf);
  }

  #fromIndex(validMs: number): Folded<State, Event> | null {
    const index = (this.#index ??= this.#buildIndex());
    const { counting } = index;
    const low = countAtMost(counting, validMs, effectiveMsOf);
    const event = counting[low - 1];
    if (event === undefined) return null;
    if (low === counting.length) return { state: index.latest, event };
    const checkpoint = Math.floor(low / index.every);
    const start = checkpoint === 0 ? null : (index.checkpoints[checkpoint - 1] ?? null);
    const after: Event[] = [];
    for (let at = checkpoint * index.every; at < low; at++)
      after.push((counting[at] as IndexedEvent<Event>).event);
    return { state: this.#foldFrom(start, after), event };
  }

  #buildIndex(): ValidTimeIndex<State, Event> {
    const index: ValidTimeIndex<State, Event> = {
      counting: [],
      checkpoints: [],
      latest: null,
      every: this.#checkpointEvery,
    };
    const all = { validMs: Number.POSITIVE_INFINITY, knownMs: Number.POSITIVE_INFINITY };
    for (const indexed of this.countingAt(all)) extend(index, indexed, this.evolve);
    return index;
  }

  #fold(counting: readonly IndexedEvent<Event>[]): Folded<State, Event> | null {
    const last = counting.at(-1);
    if (last === undefined) return null;
    return { state: this.#foldFrom(null, counting.map(eventOf)), event: last };
  }
}

function extend<State, Event>(
  index: ValidTimeIndex<State, Event>,
  indexed: IndexedEvent<Event>,
  evolve: Evolve<State, Event>,
): void {
  index.counting.push(indexed);
  index.latest = evolve(index.latest, indexed.event);
  if (index.counting.length % index.every === 0) index.checkpoints.push(index.latest);
}

function eventOf<Event>(indexed: IndexedEvent<Event>): Event {
  return indexed.event;
}

function recordedMsOf(indexed: IndexedEvent<unknown>): number {
  return indexed.recordedMs;
}

function effectiveMsOf(indexed: IndexedEvent<unknown>): number {
  return indexed.effectiveMs;
}

/** Fold order (DESIGN.md §3, the domain's compareInValidTime): effectiveAt, then position; on the parsed times. */
export function compareIndexed<Event>(a: IndexedEvent<Event>, b: IndexedEvent<Event>): number {
  const byTime = a.effectiveMs - b.effectiveMs;
  if (byTime !== 0) return byTime;
  const [p, q] = [a.recorded.position, b.recorded.position];
  return p < q ? -1 : p > q ? 1 : 0;
}
