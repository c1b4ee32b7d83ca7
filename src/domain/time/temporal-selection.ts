import { retractionTarget } from '../retraction/retraction.events.js';
import { instantMillis } from '../shared/time.js';

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

/**
 * The events that count at (validAt, knownAt), in fold order: recorded at or before knownAt, not retracted by a
 * retraction recorded at or before knownAt, effective at or before validAt, sorted by (effectiveAt, position).
 * Retractions themselves are consumed here and not returned: they change what counts, not an entity's state.
 */
export function selectEventsAt<E extends TemporalEvent>(
  events: readonly E[],
  at: TemporalPoint = {},
  options: SelectionOptions = {},
): E[] {
  const knownAt = at.knownAt === undefined ? Number.POSITIVE_INFINITY : instantMillis(at.knownAt);
  const validAt = at.validAt === undefined ? Number.POSITIVE_INFINITY : instantMillis(at.validAt);
  const known =
    knownAt === Number.POSITIVE_INFINITY
      ? events
      : events.filter((event) => instantMillis(event.recordedAt) <= knownAt);
  const retracted = new Set(options.alsoRetracted);
  for (const event of known) {
    const target = retractionTarget(event);
    if (target !== null) retracted.add(target);
  }
  // Each instant is read once, not once per comparison: a command folds its whole stream twice.
  const counting: { event: E; effectiveMs: number }[] = [];
  for (const event of known) {
    if (retractionTarget(event) !== null || retracted.has(event.eventId)) continue;
    const effectiveMs = instantMillis(event.effectiveAt);
    if (effectiveMs <= validAt) counting.push({ event, effectiveMs });
  }
  counting.sort(
    (a, b) =>
      a.effectiveMs - b.effectiveMs ||
      (a.event.position < b.event.position ? -1 : a.event.position > b.event.position ? 1 : 0),
  );
  return counting.map((entry) => entry.event);
}

/** The ids of the events retracted by retractions recorded at or before knownAt (all of them when unbounded). */
export function retractedEventIds(events: readonly TemporalEvent[], knownAt?: string): Set<string> {
  const limit = knownAt === undefined ? Number.POSITIVE_INFINITY : instantMillis(knownAt);
  const ids = new Set<string>();
  for (const event of events) {
    const target = retractionTarget(event);
    if (target !== null && instantMillis(event.recordedAt) <= limit) ids.add(target);
  }
  return ids;
}

/** Fold order: valid time first, the store's global position breaking ties (and ordering back-dated inserts). */
export function compareInValidTime(a: TemporalEvent, b: TemporalEvent): number {
  const byTime = instantMillis(a.effectiveAt) - instantMillis(b.effectiveAt);
  if (byTime !== 0) return byTime;
  return a.position < b.position ? -1 : a.position > b.position ? 1 : 0;
}
