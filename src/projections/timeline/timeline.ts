import {
  calendarIntervals,
  compareInValidTime,
  EVENT_RETRACTED,
  instantMillis,
  osloDateOf,
  TILTAK_STATUSES,
  tiltakStatusLabel,
  type CalendarInterval,
  type TiltakStatus,
} from '../../domain/index.js';
import type {
  PlanView,
  StatusCounts,
  Timeline,
  TimelineBucket,
  TimelineChange,
  TimelineInterval,
} from '../read-model.js';
import { narrate, narrationStateFrom } from './change-narration.js';
import { placedTiltak } from '../plan-at/index.js';
import { TimelineError } from './timeline.errors.js';
import type { TimelineEvent } from './timeline-event.js';

/** A timeline may have at most this many intervals (20 years by month); each costs one plan-at query. */
export const MAX_TIMELINE_INTERVALS = 240;

/**
 * An interval lists at most this many of its changes (the first in valid time), with `changeCount` for all of them:
 * a tiltak with thousands of notes must not make one answer grow with them. The rest, and any interval's whole
 * list, is paged by GET /plans/{id}/changes.
 */
export const MAX_CHANGES_PER_INTERVAL = 100;

export interface TimelineInput {
  planId: string;
  /** Instants; the timeline covers the Oslo calendar intervals holding some t with from <= t < to. */
  from: string;
  to: string;
  interval: TimelineInterval;
  /** The transaction-time point every answer is given at; null for "everything recorded so far". */
  knownAt: string | null;
  /** The plan at this valid instant, as known at knownAt; null while the plan did not exist. */
  planAt(validAt: string): PlanView | null;
  /**
   * The plan's counting events (its own stream's and its tiltak's) as known at knownAt, retractions applied, in
   * any order. Those effective before the first interval may be left out: its start state comes from planAt.
   */
  events: readonly TimelineEvent[];
}

/** What the changes of a range are told from: a timeline's input without the interval (they are by quarter). */
export interface ChangesInput extends Omit<TimelineInput, 'interval'> {
  /** The page: the changes from this one (0 the first), at most `limit` of them. */
  offset: number;
  limit: number;
}

/** The statuses a count is kept for, in DESIGN.md §1's order; null ("Ikke rapportert") last. */
const COUNTED_STATUSES: readonly (TiltakStatus | null)[] = [...TILTAK_STATUSES, null];

function countStatuses(view: PlanView | null): { statusCounts: StatusCounts; tiltakCount: number } {
  const tally = new Map<TiltakStatus | null, number>(COUNTED_STATUSES.map((status) => [status, 0]));
  const placed = view === null ? [] : placedTiltak(view);
  for (const { tiltak } of placed) tally.set(tiltak.status, (tally.get(tiltak.status) ?? 0) + 1);
  const statusCounts = COUNTED_STATUSES.map((status) => ({
    status,
    statusLabel: tiltakStatusLabel(status),
    count: tally.get(status) ?? 0,
  }));
  return { statusCounts, tiltakCount: placed.length };
}

function iso(millis: number): string {
  return new Date(millis).toISOString();
}

interface BucketTally {
  created: number;
  completed: number;
  discontinued: number;
  fundingGranted: { count: number; amountNok: number | null; withoutAmount: number };
  changeCount: number;
  changes: TimelineChange[];
}

/**
 * Counts one event into its interval. `statusBefore` is the tiltak's status just before it (undefined when not
 * known): a report repeating the status in force is no second completion (issue 17 §4).
 */
function tally(
  counting: TimelineEvent,
  tallies: BucketTally,
  statusBefore: TiltakStatus | null | undefined,
): void {
  if (counting.aggregate !== 'tiltak') return;
  const read = counting.event;
  const closingStatus =
    read.type === 'TiltakCreated' ||
    (read.type === 'TiltakStatusChanged' && read.data.status !== statusBefore)
      ? read.data.status
      : null;
  if (read.type === 'TiltakCreated') tallies.created += 1;
  if (closingStatus === 'COMPLETED') tallies.completed += 1;
  if (closingStatus === 'DISCONTINUED') tallies.discontinued += 1;
  if (read.type === 'FundingGranted') {
    tallies.fundingGranted.count += 1;
    // A grant without a stated amount is counted apart: its amount is unknown, not 0 (issue 17 §2).
    const amount = read.data.amountNok ?? null;
    if (amount === null) {
      tallies.fundingGranted.withoutAmount += 1;
      // Grants made and none stating an amount: the sum is unknown.
      if (tallies.fundingGranted.withoutAmount === tallies.fundingGranted.count) {
        tallies.fundingGranted.amountNok = null;
      }
    } else tallies.fundingGranted.amountNok = (tallies.fundingGranted.amountNok ?? 0) + amount;
  }
}

/** The range [from, to) in milliseconds; refuses one that ends before it starts (the error names `what`). */
function rangeMillis(
  from: string,
  to: string,
  what: 'timeline' | 'period',
): { fromMs: number; toMs: number } {
  const fromMs = instantMillis(from);
  const toMs = instantMillis(to);
  if (toMs < fromMs) {
    throw new TimelineError('TIMELINE.INVALID_RANGE', `the ${what} ends before it starts`, { from, to });
  }
  return { fromMs, toMs };
}

/** The Oslo calendar intervals a timeline of this range has; refuses a reversed or too long range. */
function intervalsOf(from: string, to: string, interval: TimelineInterval): CalendarInterval[] {
  const { fromMs, toMs } = rangeMillis(from, to, 'timeline');
  const intervals = calendarIntervals(fromMs, toMs, interval, MAX_TIMELINE_INTERVALS);
  if (intervals === null) {
    throw new TimelineError('TIMELINE.TOO_MANY_INTERVALS', 'the timeline has too many intervals', {
      interval,
      max: MAX_TIMELINE_INTERVALS,
    });
  }
  return intervals;
}

/**
 * The changes effective from `fromMs` on, in valid-time order. Retractions are not changes of the plan in valid
 * time: what they retracted is simply absent here.
 */
function changesFrom(events: readonly TimelineEvent[], fromMs: number): TimelineEvent[] {
  return events
    .filter(({ event }) => event.type !== EVENT_RETRACTED && instantMillis(event.effectiveAt) >= fromMs)
    .sort((a, b) => compareInValidTime(a.event, b.event));
}

function changeOf(counting: TimelineEvent, summary: string): TimelineChange {
  const { event } = counting;
  return {
    eventId: event.eventId,
    type: event.type,
    tiltakId: counting.tiltakId,
    effectiveAt: event.effectiveAt,
    effectiveDate: osloDateOf(event.effectiveAt),
    recordedAt: event.recordedAt,
    recordedDate: osloDateOf(event.recordedAt),
    summary,
  };
}

/**
 * How the plan developed, interval by interval (issue 4, item 4): the status counts at each interval's end, what
 * was created, completed, discontinued and granted in it, and one line per change. Pure: the read model supplies
 * the plan at each interval's end and the counting events.
 */
export function buildTimeline(input: TimelineInput): Timeline {
  const intervals = intervalsOf(input.from, input.to, input.interval);
  const first = intervals[0] as CalendarInterval;
  // The last instant before the first interval: the state its first change is told against.
  const narration = narrationStateFrom(input.planAt(iso(first.from - 1)));
  const events = changesFrom(input.events, first.from);
  let next = 0;
  const buckets = intervals.map((interval): TimelineBucket => {
    const tallies: BucketTally = {
      created: 0,
      completed: 0,
      discontinued: 0,
      fundingGranted: { count: 0, amountNok: 0, withoutAmount: 0 },
      changeCount: 0,
      changes: [],
    };
    for (; next < events.length; next++) {
      const counting = events[next] as TimelineEvent;
      if (instantMillis(counting.event.effectiveAt) >= interval.to) break;
      tally(counting, tallies, narration.tiltak.get(counting.tiltakId ?? '')?.status);
      // Every change is narrated, listed or not: the narration of the next one depends on it.
      const summary = narrate(narration, counting);
      tallies.changeCount += 1;
      if (tallies.changes.length < MAX_CHANGES_PER_INTERVAL)
        tallies.changes.push(changeOf(counting, summary));
    }
    // The interval's end is exclusive; its last instant is a millisecond before it.
    const atEnd = countStatuses(input.planAt(iso(interval.to - 1)));
    const [from, to] = [iso(interval.from), iso(interval.to)];
    const dates = { firstDate: osloDateOf(from), lastDate: osloDateOf(iso(interval.to - 1)) };
    return { label: interval.label, from, to, ...dates, ...atEnd, ...tallies };
  });
  return {
    planId: input.planId,
    from: input.from,
    to: input.to,
    interval: input.interval,
    knownAt: input.knownAt,
    buckets,
  };
}

/**
 * One page of the changes effective in [from, to), without the timeline's counts: the plan is built once (the
 * state the first change is told against), not at every interval's end. The changes before the page are still
 * narrated (each line names what the one before it left), those after it only counted.
 */
export function listChanges(input: ChangesInput): { changes: TimelineChange[]; total: number } {
  const { fromMs, toMs } = rangeMillis(input.from, input.to, 'period');
  const events = changesFrom(input.events, fromMs);
  let total = 0;
  while (total < events.length && instantMillis((events[total] as TimelineEvent).event.effectiveAt) < toMs) {
    total++;
  }
  const end = Math.min(total, input.offset + input.limit);
  const changes: TimelineChange[] = [];
  if (input.offset >= end) return { changes, total };
  const narration = narrationStateFrom(input.planAt(iso(fromMs - 1)));
  for (let at = 0; at < end; at++) {
    const counting = events[at] as TimelineEvent;
    const summary = narrate(narration, counting);
    if (at >= input.offset) changes.push(changeOf(counting, summary));
  }
  return { changes, total };
}
