import type { RecordedEvent } from '../../store/index.js';
import {
  comesAfter,
  compareFoldOrder,
  countWithinBound,
  selectCountingAt,
  UNBOUNDED_POINT,
  withinBound,
  type EventTimes,
  type PointMs,
} from '../../domain/index.js';

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

/**
 * How a history keeps the states of its valid-time index. `Kept` is a state as the index holds it: the latest one
 * is grown in place by each event that comes last in valid time, and the checkpoints share what it grows (a
 * tiltak's notes and status history: a kept tiltak is its state with the lengths of those arrays that are its own),
 * so appending an event costs what the event costs, not what the history is long.
 */
export interface KeptStates<State, Event, Kept> {
  /** Nothing folded yet. */
  readonly none: Kept;
  /** `kept` with one more event, which comes after all of kept's in fold order; `kept` is given up. */
  grow(kept: Kept, event: Event): Kept;
  /** The state `kept` stands for, as a reader may keep it: later growth never shows in it. */
  read(kept: Kept): State | null;
  /** The state after `events` (in fold order, after kept's), without changing `kept` or what it shares. */
  readOnward(kept: Kept, events: readonly Event[]): State | null;
}

/** The valid-time index for knownAt = now. */
interface ValidTimeIndex<Event, Kept> {
  /** The events that count now, in valid-time order. */
  counting: IndexedEvent<Event>[];
  /** checkpoints[j] is the state after counting[(j + 1) * every - 1]. */
  checkpoints: Kept[];
  /** The state after every counting event: the plan now, without a fold. */
  latest: Kept;
  every: number;
}

/**
 * A state is kept after every 4th counting event rather than after each: at 1M events, every 4th rather than every
 * 8th halved the young-generation GCs during 2,000 plan reads (docs/performance.md). The checkpoints share the
 * latest state's growing arrays (KeptStates), so they cost a few numbers each, not a copy of a history.
 */
export const DEFAULT_CHECKPOINT_EVERY = 4;

export type { PointMs };

export type Evolve<State, Event> = (state: State | null, event: Event) => State | null;
/** Folds events onto a state, without changing it; the same result as reducing with Evolve. */
export type FoldFrom<State, Event> = (state: State | null, events: readonly Event[]) => State | null;

/** States kept as they are, each step a new state (a plan: its few events copy what they change). */
export function copiedStates<State, Event>(
  evolve: Evolve<State, Event>,
  foldFrom: FoldFrom<State, Event> = (state, events) => events.reduce(evolve, state),
): KeptStates<State, Event, State | null> {
  return {
    none: null,
    grow: evolve,
    read: (kept) => kept,
    readOnward: foldFrom,
  };
}

/**
 * The history of one entity (a plan or a tiltak stream), indexed by valid time (docs/projections.md). For
 * knownAt = now it keeps the counting events in valid-time order with checkpointed states, so the state at any
 * validAt is a binary search and a fold of at most three events (DEFAULT_CHECKPOINT_EVERY); the index is built
 * on the first read, rebuilt after a back-dated event or a retraction, and extended in place for an event that
 * comes last in valid time (the usual write). Earlier knownAt points fold the known prefix of the stream:
 * recordedAt never decreases in position order, so what was known at K is a prefix. What counts where is the
 * domain's temporal kernel (domain/time/temporal-kernel.ts).
 */
export class EntityHistory<
  State,
  Event extends { type: string; data: unknown; position: bigint },
  Kept = State | null,
> {
  /** Every event of the stream, in position (= recording) order. */
  readonly events: IndexedEvent<Event>[] = [];
  readonly #retractedBy = new Map<string, IndexedEvent<Event>>();
  readonly evolve: Evolve<State, Event>;
  readonly #foldFrom: FoldFrom<State, Event>;
  readonly #kept: KeptStates<State, Event, Kept>;
  // Null until the first read at knownAt = now (the replay at start folds nothing), and again when stale.
  #index: ValidTimeIndex<Event, Kept> | null = null;
  readonly #checkpointEvery: number;

  /**
   * `foldFrom`, when given, folds several events at once (a tiltak's fold copies its status history once, not per
   * status event); otherwise the events are reduced with `evolve`. `kept`: how the valid-time index keeps states
   * (copiedStates when left out, which needs Kept = State | null).
   */
  constructor(
    evolve: Evolve<State, Event>,
    checkpointEvery = DEFAULT_CHECKPOINT_EVERY,
    foldFrom?: FoldFrom<State, Event>,
    kept?: KeptStates<State, Event, Kept>,
  ) {
    this.evolve = evolve;
    this.#checkpointEvery = checkpointEvery;
    this.#foldFrom = foldFrom ?? ((state, events) => events.reduce(evolve, state));
    this.#kept = kept ?? (copiedStates(evolve, this.#foldFrom) as unknown as KeptStates<State, Event, Kept>);
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
    if (last !== undefined && !comesAfter(timesOf(last), timesOf(indexed))) {
      this.#index = null;
      return;
    }
    this.#extend(index, indexed);
  }

  /** The retraction of an event, if one was recorded at or before knownMs. */
  retractionOf(eventId: string, knownMs = Number.POSITIVE_INFINITY): IndexedEvent<Event> | null {
    const retraction = this.#retractedBy.get(eventId);
    return retraction !== undefined && withinBound(retraction.recordedMs, knownMs) ? retraction : null;
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

  /** The events that count at the point, in fold order: the kernel's selection over the known prefix. */
  countingAt(point: PointMs): IndexedEvent<Event>[] {
    const known = this.events.slice(0, this.knownCount(point.knownMs));
    return selectCountingAt(known, INDEXED_TIMES as EventTimes<IndexedEvent<Event>>, point);
  }

  /** The state these events (in fold order) make from nothing: one linear fold, whatever the history's length. */
  foldEvents(events: readonly IndexedEvent<Event>[]): State | null {
    return this.#foldFrom(null, events.map(eventOf));
  }

  /** How many events (a prefix in position order) had been recorded at knownMs. */
  knownCount(knownMs: number): number {
    return countWithinBound(this.events, knownMs, recordedMsOf);
  }

  #fromIndex(validMs: number): Folded<State, Event> | null {
    const index = (this.#index ??= this.#buildIndex());
    const { counting } = index;
    const low = countWithinBound(counting, validMs, effectiveMsOf);
    const event = counting[low - 1];
    if (event === undefined) return null;
    if (low === counting.length) return { state: this.#kept.read(index.latest), event };
    const checkpoint = Math.floor(low / index.every);
    const start = checkpoint === 0 ? this.#kept.none : (index.checkpoints[checkpoint - 1] as Kept);
    const after: Event[] = [];
    for (let at = checkpoint * index.every; at < low; at++)
      after.push((counting[at] as IndexedEvent<Event>).event);
    return { state: this.#kept.readOnward(start, after), event };
  }

  #buildIndex(): ValidTimeIndex<Event, Kept> {
    const index: ValidTimeIndex<Event, Kept> = {
      counting: [],
      checkpoints: [],
      latest: this.#kept.none,
      every: this.#checkpointEvery,
    };
    for (const indexed of this.countingAt(UNBOUNDED_POINT)) this.#extend(index, indexed);
    return index;
  }

  #extend(index: ValidTimeIndex<Event, Kept>, indexed: IndexedEvent<Event>): void {
    index.counting.push(indexed);
    index.latest = this.#kept.grow(index.latest, indexed.event);
    if (index.counting.length % index.every === 0) index.checkpoints.push(index.latest);
  }

  #fold(counting: readonly IndexedEvent<Event>[]): Folded<State, Event> | null {
    const last = counting.at(-1);
    if (last === undefined) return null;
    return { state: this.#foldFrom(null, counting.map(eventOf)), event: last };
  }
}

/** How the kernel reads an indexed event: its times were read once, when it was indexed. */
const INDEXED_TIMES: EventTimes<IndexedEvent<unknown>> = {
  eventId: (indexed) => indexed.recorded.eventId,
  position: (indexed) => indexed.recorded.position,
  effectiveMs: (indexed) => indexed.effectiveMs,
  recordedMs: (indexed) => indexed.recordedMs,
  retracts: (indexed) => indexed.retracts,
};

function timesOf(indexed: IndexedEvent<unknown>): { effectiveMs: number; position: bigint } {
  return { effectiveMs: indexed.effectiveMs, position: indexed.recorded.position };
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

/** The kernel's fold order (compareFoldOrder) on indexed events. */
export function compareIndexed<Event>(a: IndexedEvent<Event>, b: IndexedEvent<Event>): number {
  return compareFoldOrder(a.effectiveMs, a.recorded.position, b.effectiveMs, b.recorded.position);
}
