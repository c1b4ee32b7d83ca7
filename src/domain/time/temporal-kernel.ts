/**
 * The time-travel rule of DESIGN.md §3, defined once, on milliseconds and store positions: the command side (through
 * selectEventsAt, its form on ISO strings), the read side's per-entity history, timeline, diff and audit, and the
 * plan cache's state keys all decide with these functions what counts at (validAt, knownAt) and in which order.
 */

/** A point on both time axes in epoch milliseconds; +Infinity on an axis is unbounded (now). */
export interface PointMs {
  validMs: number;
  knownMs: number;
}

/**
 * Every event recorded so far, at any valid time. Readonly by its type, not frozen: a frozen object has a map of
 * its own, and the kernel's functions, met with both kinds of point, were deoptimized for it.
 */
export const UNBOUNDED_POINT: Readonly<PointMs> = {
  validMs: Number.POSITIVE_INFINITY,
  knownMs: Number.POSITIVE_INFINITY,
};

/**
 * The bound rule both axes share: an instant is inside a point's bound when it is at or before it. So an event
 * recorded at knownAt is known at knownAt, and one effective at validAt is in effect at validAt.
 */
export function withinBound(ms: number, boundMs: number): boolean {
  return ms <= boundMs;
}

/**
 * How many items of a list sorted ascending by `keyOf` are within the bound (key <= bound): the index of the first
 * one past it. Every valid-time, known-time and position lookup of the read side is this one binary search. The
 * last item is checked first, since most lookups ask about now and everything counts.
 */
export function countWithinBound<Item, Key extends number | bigint>(
  sorted: readonly Item[],
  bound: Key,
  keyOf: (item: Item) => Key,
): number {
  const last = sorted.at(-1);
  if (last === undefined || keyOf(last) <= bound) return sorted.length;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (keyOf(sorted[middle] as Item) <= bound) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Fold order: valid time first, the store's global position breaking ties (and ordering back-dated inserts). */
export function compareFoldOrder(
  effectiveMsA: number,
  positionA: bigint,
  effectiveMsB: number,
  positionB: bigint,
): number {
  const byTime = effectiveMsA - effectiveMsB;
  if (byTime !== 0) return byTime;
  return positionA < positionB ? -1 : positionA > positionB ? 1 : 0;
}

/**
 * Whether one event counts at the point: recorded at or before knownAt, effective at or before validAt, and not
 * retracted by a retraction recorded at or before knownAt (`retractedAtMs`: when the earliest retraction of it was
 * recorded, null when none was; -Infinity treats it as retracted at every point). A retraction itself never
 * counts: it changes what counts, not an entity's state.
 */
export function countsAt(
  effectiveMs: number,
  recordedMs: number,
  isRetraction: boolean,
  retractedAtMs: number | null,
  point: PointMs,
): boolean {
  return (
    !isRetraction &&
    withinBound(recordedMs, point.knownMs) &&
    withinBound(effectiveMs, point.validMs) &&
    (retractedAtMs === null || !withinBound(retractedAtMs, point.knownMs))
  );
}

/** How the kernel reads an event of some shape, without copying it: accessors, not a wrapper per event. */
export interface EventTimes<E> {
  eventId(event: E): string;
  position(event: E): bigint;
  effectiveMs(event: E): number;
  recordedMs(event: E): number;
  /** The event this one retracts, or null when it is not a retraction. */
  retracts(event: E): string | null;
}

/**
 * When each retracted event's earliest retraction was recorded. `alsoRetracted`: events to treat as retracted at
 * every point (what a correction is decided against).
 */
export function retractionTimes<E>(
  events: readonly E[],
  times: EventTimes<E>,
  alsoRetracted?: Iterable<string>,
): ReadonlyMap<string, number> {
  // Made only when an event is retracted: most streams have no retraction, and a read selects on every call.
  let retractedAt: Map<string, number> | null = null;
  for (const event of events) {
    const target = times.retracts(event);
    if (target === null) continue;
    retractedAt ??= new Map();
    const recordedMs = times.recordedMs(event);
    const earlier = retractedAt.get(target);
    if (earlier === undefined || recordedMs < earlier) retractedAt.set(target, recordedMs);
  }
  if (alsoRetracted !== undefined)
    for (const id of alsoRetracted) (retractedAt ??= new Map()).set(id, Number.NEGATIVE_INFINITY);
  return retractedAt ?? NO_RETRACTIONS;
}

const NO_RETRACTIONS: ReadonlyMap<string, number> = new Map();

/** The events that count at the point (countsAt), in fold order (compareFoldOrder). The input is not changed. */
export function selectCountingAt<E>(
  events: readonly E[],
  times: EventTimes<E>,
  point: PointMs,
  alsoRetracted?: Iterable<string>,
): E[] {
  const retractedAt = retractionTimes(events, times, alsoRetracted);
  const counting: E[] = [];
  for (const event of events) {
    const retracted = retractedAt.size === 0 ? null : (retractedAt.get(times.eventId(event)) ?? null);
    const isRetraction = times.retracts(event) !== null;
    if (countsAt(times.effectiveMs(event), times.recordedMs(event), isRetraction, retracted, point))
      counting.push(event);
  }
  return counting.sort((a, b) =>
    compareFoldOrder(times.effectiveMs(a), times.position(a), times.effectiveMs(b), times.position(b)),
  );
}

/**
 * Whether `event` comes after `last` in fold order: appended to a fold that ends at `last`, it leaves the fold
 * of the whole stream (a fold may then be carried forward rather than done again).
 */
export function comesAfter(
  last: { effectiveMs: number; position: bigint },
  event: { effectiveMs: number; position: bigint },
): boolean {
  return compareFoldOrder(event.effectiveMs, event.position, last.effectiveMs, last.position) > 0;
}
