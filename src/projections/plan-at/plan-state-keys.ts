import { countWithinBound, type PointMs } from '../../domain/index.js';
import type { IndexedEvent } from '../engine/entity-history.js';
import { LogFollower } from '../engine/log-follower.js';

/**
 * What a plan's answer at a point depends on, in a few numbers (ReadModel.planStateKey). The plan at (validAt,
 * knownAt) is a function of the plan's events (its own stream and its tiltak's) known at knownAt and effective by
 * validAt. Known at knownAt is a prefix in position order (recordedAt never decreases along the log), so it is
 * named by its length; effective by validAt is named by how many of the plan's effective times are <= validAt.
 * Both counts use the temporal kernel's bound rule (countWithinBound: at or before), the one the per-entity
 * history selects with, so two points with the same counts under the same version get the same answer: a cache
 * keyed by them can serve one state to every date inside it (a plan changes on a few hundred dates; users ask
 * about thousands).
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
  /** effectiveMs of every event of the plan; ascending unless `unsorted`. */
  effective: number[];
  /** A back-dated event was appended since the last sort. */
  unsorted: boolean;
}

export class PlanStateKeys {
  readonly #plans = new Map<string, PlanTimes>();
  readonly #follower: LogFollower;

  /** `log`: every applied event in position order, which the keys follow (LogFollower). */
  constructor(log: readonly IndexedEvent<unknown>[]) {
    this.#follower = new LogFollower(log, (indexed) => {
      if (indexed.planId === null) return;
      this.#add(indexed.planId, indexed.recorded.position, indexed.recordedMs, indexed.effectiveMs);
    });
  }

  /** Takes up to `limit` more events of the log; true when none is left. */
  catchUp(limit: number): boolean {
    return this.#follower.catchUp(limit);
  }

  /** Records one event of the plan (its own stream or one of its tiltak's), in position order. */
  #add(planId: string, position: bigint, recordedMs: number, effectiveMs: number): void {
    let times = this.#plans.get(planId);
    if (times === undefined) {
      times = { version: position, recorded: [], effective: [], unsorted: false };
      this.#plans.set(planId, times);
    }
    times.version = position;
    times.recorded.push(recordedMs);
    // Sorted when a key is asked for, not here: a replay writes each tiltak's whole history in turn, so almost
    // every event is back-dated against its plan's, and a splice each moved half of the plan's list (at 1M
    // events, 10,000 per plan). The sort after a live write meets one element out of place (TimSort: linear).
    const { effective } = times;
    const last = effective.at(-1);
    if (last !== undefined && effectiveMs < last) times.unsorted = true;
    effective.push(effectiveMs);
  }

  keyOf(planId: string, point: PointMs): PlanStateKey | null {
    this.#follower.catchUp();
    const times = this.#plans.get(planId);
    if (times === undefined) return null;
    if (times.unsorted) {
      times.effective.sort(ascending);
      times.unsorted = false;
    }
    return {
      version: times.version,
      knownCount: countWithinBound(times.recorded, point.knownMs, itself),
      effectiveCount: countWithinBound(times.effective, point.validMs, itself),
    };
  }
}

function ascending(a: number, b: number): number {
  return a - b;
}

function itself(value: number): number {
  return value;
}
