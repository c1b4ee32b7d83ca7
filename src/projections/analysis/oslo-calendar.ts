import type { TimelineInterval } from '../read-model.js';

/** One calendar interval in Europe/Oslo: [from, to) as epoch milliseconds, and its label. */
export interface CalendarInterval {
  label: string;
  from: number;
  to: number;
}

const OSLO_PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

interface OsloWallClock {
  year: number;
  /** 1..12 */
  month: number;
  offsetMs: number;
}

function osloWallClock(utcMs: number): OsloWallClock {
  const parts = OSLO_PARTS.formatToParts(new Date(utcMs));
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  const year = part('year');
  const month = part('month');
  const wallClockAsUtc = Date.UTC(year, month - 1, part('day'), part('hour'), part('minute'), part('second'));
  // formatToParts drops the milliseconds, so the offset is taken against the whole second.
  return { year, month, offsetMs: wallClockAsUtc - (utcMs - (((utcMs % 1000) + 1000) % 1000)) };
}

/** The instant of local midnight on the 1st of a month in Oslo (month 1..12; 13 rolls into the next year). */
export function osloMonthStart(year: number, month: number): number {
  const midnightAsUtc = Date.UTC(year, month - 1, 1);
  // Oslo switches between +01:00 and +02:00 at 01:00 UTC on the last Sunday of March and October, never on a 1st,
  // so the offset at UTC midnight of the 1st is the offset at local midnight too.
  return midnightAsUtc - osloWallClock(midnightAsUtc).offsetMs;
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
