import type { PointMs } from './entity-history.js';
import { countAtMost } from './sorted-search.js';

/**
 * What a plan's answer at a point depends on, in a few numbers (ReadModel.planStateKey). The plan at (validAt,
 * knownAt) is a function of the plan's events (its own stream and its tiltak's) known at knownAt and effective by
 * validAt. Known at knownAt is a prefix in position order (recordedAt never decreases along the log), so it is
 * named by its length; effective by validAt is named by how many of the plan's effective times are <= validAt.
 * Two points with the same counts under the same version get the same answer, so a cache keyed by them can
 * serve one state to every date inside it (a plan changes on a few hundred dates; users ask about thousands).
 */
export interface PlanStateKey {
  /** Position of the last event of the plan or one of its tiltak the projections applied. */
  version: bigint;
  /** How many of those events were recorded at or before knownAt. */
  knownCount: number;
  /** How many of those events take effect at or before validAt. */
  effectiveCount: number;
}

interface PlanTimes {
  version: bigint;
  /** recordedMs of every event of the plan, in position order (never decreasing). */
  recorded: number[];
  /** effectiveMs of every event of the plan, ascending. */
  effective: number[];
}

export class PlanStateKeys {
  readonly #plans = new Map<string, PlanTimes>();

  /** Records one event of the plan (its own stream or one of its tiltak's), in position order. */
  add(planId: string, position: bigint, recordedMs: number, effectiveMs: number): void {
    let times = this.#plans.get(planId);
    if (times === undefined) {
      times = { version: position, recorded: [], effective: [] };
      this.#plans.set(planId, times);
    }
    times.version = position;
    times.recorded.push(recordedMs);
    const { effective } = times;
    // Usually the latest in valid time too (appended); a back-dated event is spliced in.
    const at = countAtMost(effective, effectiveMs, itself);
    if (at === effective.length) effective.push(effectiveMs);
    else effective.splice(at, 0, effectiveMs);
  }

  keyOf(planId: string, point: PointMs): PlanStateKey | null {
    const times = this.#plans.get(planId);
    if (times === undefined) return null;
    return {
      version: times.version,
      knownCount: countAtMost(times.recorded, point.knownMs, itself),
      effectiveCount: countAtMost(times.effective, point.validMs, itself),
    };
  }
}

function itself(value: number): number {
  return value;
}
