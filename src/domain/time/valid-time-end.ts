import { EVENT_RETRACTED } from '../retraction/retraction.events.js';
import { instantMillis } from './instants.js';
import { comesAfter } from './temporal-kernel.js';
import type { TemporalEvent } from './temporal-selection.js';

/** Where a stream's fold order ends: the last counting event's valid time and position. */
export interface ValidTimeEnd {
  /** effectiveAt of the last counting event in fold order (the latest valid time), -Infinity when none. */
  lastEffectiveMs: number;
  lastPosition: bigint;
}

export const NO_VALID_TIME_END: ValidTimeEnd = {
  lastEffectiveMs: Number.NEGATIVE_INFINITY,
  lastPosition: -1n,
};

/** The end of events already selected and sorted (selectEventsAt). */
export function validTimeEndOf(counting: readonly TemporalEvent[]): ValidTimeEnd {
  const last = counting.at(-1);
  return last === undefined
    ? NO_VALID_TIME_END
    : { lastEffectiveMs: instantMillis(last.effectiveAt), lastPosition: last.position };
}

/**
 * The end after `newer` (events recorded after those `end` sums up) when each of them comes last in fold order
 * and none is a retraction: then folding them onto the earlier fold is the fold of the whole stream. Null when one
 * is back-dated or retracts something: only a fold of the whole stream is right then.
 */
export function extendValidTimeEnd(end: ValidTimeEnd, newer: readonly TemporalEvent[]): ValidTimeEnd | null {
  let { lastEffectiveMs, lastPosition } = end;
  for (const event of newer) {
    const effectiveMs = instantMillis(event.effectiveAt);
    const last = { effectiveMs: lastEffectiveMs, position: lastPosition };
    if (event.type === EVENT_RETRACTED || !comesAfter(last, { effectiveMs, position: event.position }))
      return null;
    lastEffectiveMs = effectiveMs;
    lastPosition = event.position;
  }
  return { lastEffectiveMs, lastPosition };
}
