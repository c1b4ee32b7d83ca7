import { retractionTarget } from '../retraction/retraction.events.js';
import { instantMillis } from './instants.js';
import {
  compareFoldOrder,
  retractionTimes,
  selectCountingAt,
  type EventTimes,
  type PointMs,
} from './temporal-kernel.js';

/** The envelope fields the temporal rule reads; both StoredEvent and ParsedEvent have them. */
export interface TemporalEvent {
  eventId: string;
  type: string;
  position: bigint;
  effectiveAt: string;
  recordedAt: string;
  data: unknown;
}

/**
 * A point on both time axes (DESIGN.md §3). `validAt`: the world as it was then. `knownAt`: as the system knew it
 * then. An axis left out is unbounded: every event recorded so far, at any valid time.
 */
export interface TemporalPoint {
  validAt?: string | undefined;
  knownAt?: string | undefined;
}

export interface SelectionOptions {
  /** Events to treat as retracted as well, as if a retraction of each had been recorded before knownAt. */
  alsoRetracted?: ReadonlySet<string> | undefined;
}

/** The point in the kernel's milliseconds; an axis left out is +Infinity. */
export function pointMs(at: TemporalPoint = {}): PointMs {
  return {
    validMs: at.validAt === undefined ? Number.POSITIVE_INFINITY : instantMillis(at.validAt),
    knownMs: at.knownAt === undefined ? Number.POSITIVE_INFINITY : instantMillis(at.knownAt),
  };
}

// An event with its instants read once (not once per comparison: a command folds its whole stream twice).
interface Timed<E> {
  event: E;
  effectiveMs: number;
  recordedMs: number;
  retracts: string | null;
}

const TIMED: EventTimes<Timed<TemporalEvent>> = {
  eventId: (timed) => timed.event.eventId,
  position: (timed) => timed.event.position,
  effectiveMs: (timed) => timed.effectiveMs,
  recordedMs: (timed) => timed.recordedMs,
  retracts: (timed) => timed.retracts,
};

function timed<E extends TemporalEvent>(event: E): Timed<E> {
  return {
    event,
    effectiveMs: instantMillis(event.effectiveAt),
    recordedMs: instantMillis(event.recordedAt),
    retracts: retractionTarget(event),
  };
}

/**
 * The kernel's selection (selectCountingAt) on ISO strings: the events that count at (validAt, knownAt), in fold
 * order. Retractions themselves are consumed here and not returned.
 */
export function selectEventsAt<E extends TemporalEvent>(
  events: readonly E[],
  at: TemporalPoint = {},
  options: SelectionOptions = {},
): E[] {
  const times = TIMED as EventTimes<Timed<E>>;
  return selectCountingAt(events.map(timed), times, pointMs(at), options.alsoRetracted).map(
    (entry) => entry.event,
  );
}

/** The ids of the events retracted by retractions recorded at or before knownAt (all of them when unbounded). */
export function retractedEventIds(events: readonly TemporalEvent[], knownAt?: string): Set<string> {
  const { knownMs } = pointMs({ knownAt });
  const ids = new Set<string>();
  for (const [id, retractedMs] of retractionTimes(events.map(timed), TIMED))
    if (retractedMs <= knownMs) ids.add(id);
  return ids;
}

/** What fold order reads of an event. */
type FoldOrdered = Pick<TemporalEvent, 'effectiveAt' | 'position'>;

/** The kernel's fold order (compareFoldOrder) on ISO strings. */
export function compareInValidTime(a: FoldOrdered, b: FoldOrdered): number {
  return compareFoldOrder(instantMillis(a.effectiveAt), a.position, instantMillis(b.effectiveAt), b.position);
}
