import { EVENT_RETRACTED } from '../retraction/retraction.events.js';
import { instantMillis } from '../shared/time.js';
import { selectEventsAt } from '../time/temporal-selection.js';
import type { TiltakEvent } from './tiltak.events.js';
import { foldTiltak, foldTiltakFrom } from './tiltak.evolve.js';
import type { TiltakState } from './tiltak.state.js';

/** A tiltak stream folded whole: every counting event, at any valid time, as known now. */
export interface LatestFold {
  state: TiltakState | null;
  /** effectiveAt of the last counting event in fold order (the latest valid time), -Infinity when none. */
  lastEffectiveMs: number;
  lastPosition: bigint;
}

interface KeptFold extends LatestFold {
  /** How many events of the stream it covers. */
  length: number;
}

/** How far back from a stream's end a kept fold is looked for (a command appends one event, an import a few). */
const LOOK_BACK = 8;

/**
 * Folds kept by the last event they cover. Parsed events of frozen stored events are themselves frozen and
 * kept (parseStoredEvent), so the same stream read again brings the same objects: an event never changes, and
 * a stream only grows, so a fold kept for its first n events holds for every later read of it.
 */
const keptFolds = new WeakMap<TiltakEvent, KeptFold>();

/**
 * The stream's state at any valid time, as known now: what `foldTiltak(selectEventsAt(events))` gives. Every
 * command folds its stream, so a fold is kept for frozen events and carried forward: when the events after a
 * kept fold come last in valid time and retract nothing (a status report today, say), they are applied to it
 * instead of folding the whole history again. Anything else (a back-dated event, a retraction) folds in full.
 */
export function latestTiltakFold(events: readonly TiltakEvent[]): LatestFold {
  const last = events.at(-1);
  if (last === undefined)
    return { state: null, lastEffectiveMs: Number.NEGATIVE_INFINITY, lastPosition: -1n };
  const kept = keptFolds.get(last);
  if (kept !== undefined && kept.length === events.length) return kept;
  const fold = carriedForward(events) ?? foldInFull(events);
  if (Object.isFrozen(last)) keptFolds.set(last, fold);
  return fold;
}

function carriedForward(events: readonly TiltakEvent[]): KeptFold | null {
  for (let covered = events.length - 1; covered >= Math.max(1, events.length - LOOK_BACK); covered--) {
    const kept = keptFolds.get(events[covered - 1] as TiltakEvent);
    if (kept === undefined || kept.length !== covered) continue;
    const newer = events.slice(covered);
    let { lastEffectiveMs, lastPosition } = kept;
    for (const event of newer) {
      const effectiveMs = instantMillis(event.effectiveAt);
      const comesLast =
        effectiveMs > lastEffectiveMs || (effectiveMs === lastEffectiveMs && event.position > lastPosition);
      if (event.type === EVENT_RETRACTED || !comesLast) return null;
      lastEffectiveMs = effectiveMs;
      lastPosition = event.position;
    }
    return { state: foldTiltakFrom(kept.state, newer), lastEffectiveMs, lastPosition, length: events.length };
  }
  return null;
}

function foldInFull(events: readonly TiltakEvent[]): KeptFold {
  const counting = selectEventsAt(events);
  const lastCounting = counting.at(-1);
  return {
    state: foldTiltak(counting),
    lastEffectiveMs:
      lastCounting === undefined ? Number.NEGATIVE_INFINITY : instantMillis(lastCounting.effectiveAt),
    lastPosition: lastCounting?.position ?? -1n,
    length: events.length,
  };
}
