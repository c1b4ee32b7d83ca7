import { osloMidnight, osloWallClock } from '../../domain/index.js';
import type { TimelineInterval } from '../read-model.js';

/** One calendar interval in Europe/Oslo: [from, to) as epoch milliseconds, and its label. */
export interface CalendarInterval {
  label: string;
  from: number;
  to: number;
}

/** The instant of local midnight on the 1st of a month in Oslo (month 1..12; 13 rolls into the next year). */
export function osloMonthStart(year: number, month: number): number {
  return osloMidnight(year, month, 1);
}

function monthsPerInterval(interval: TimelineInterval): number {
  switch (interval) {
    case 'month':
      return 1;
    case 'quarter':
      return 3;
    default: {
      const unknownInterval: never = interval;
      throw new TypeError(`unknown interval ${String(unknownInterval)}`);
    }
  }
}

function label(year: number, month: number, interval: TimelineInterval): string {
  return interval === 'month'
    ? `${year}-${String(month).padStart(2, '0')}`
    : `${year}-Q${String(Math.floor((month - 1) / 3) + 1)}`;
}

/** The interval (month or quarter of the Oslo calendar) that contains the instant. */
export function intervalContaining(instantMs: number, interval: TimelineInterval): CalendarInterval {
  const { year, month } = osloWallClock(instantMs);
  const size = monthsPerInterval(interval);
  const firstMonth = month - ((month - 1) % size);
  return {
    label: label(year, firstMonth, interval),
    from: osloMonthStart(year, firstMonth),
    to: osloMonthStart(year, firstMonth + size),
  };
}

/**
 * The calendar intervals that hold some instant t with from <= t < to (the one holding `from` when they are
 * equal), in order. Whole intervals: the first may start before `from`, the last may end after `to`.
 */
export function calendarIntervals(
  fromMs: number,
  toMs: number,
  interval: TimelineInterval,
  maxIntervals: number,
): CalendarInterval[] | null {
  const intervals = [intervalContaining(fromMs, interval)];
  for (;;) {
    const last = intervals[intervals.length - 1];
    if (last === undefined || last.to >= toMs) return intervals;
    if (intervals.length >= maxIntervals) return null;
    // Ask for the interval holding the next one's start plus a day, safely inside it whatever the offset.
    intervals.push(intervalContaining(last.to + 86_400_000, interval));
  }
}
