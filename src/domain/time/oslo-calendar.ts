/**
 * The Europe/Oslo calendar, where the plans' dates live: a bare date in a document or a query is a day in Oslo,
 * a timeline's months and quarters are Oslo's. Oslo switches between +01:00 and +02:00 at 01:00 UTC, so local
 * midnight never falls in a gap or an overlap.
 */

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

export interface OsloWallClock {
  year: number;
  /** 1..12 */
  month: number;
  day: number;
  /** How far Oslo is ahead of UTC at the instant: 3,600,000 ms in winter, 7,200,000 in summer. */
  offsetMs: number;
}

/** The Oslo calendar date and UTC offset at an instant (epoch milliseconds). */
export function osloWallClock(utcMs: number): OsloWallClock {
  const parts = OSLO_PARTS.formatToParts(new Date(utcMs));
  const part = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((candidate) => candidate.type === type)?.value);
  const [year, month, day] = [part('year'), part('month'), part('day')];
  const wallClockAsUtc = Date.UTC(year, month - 1, day, part('hour'), part('minute'), part('second'));
  // formatToParts drops the milliseconds, so the offset is taken against the whole second.
  const wholeSecond = utcMs - (((utcMs % 1000) + 1000) % 1000);
  return { year, month, day, offsetMs: wallClockAsUtc - wholeSecond };
}

// Local midnights already worked out, by UTC midnight of the date: Intl's time-zone lookup is slow, and
// queries ask about the same few thousand dates again and again. Emptied when full, which a plan's days never do.
const MIDNIGHTS = new Map<number, number>();
const MIDNIGHTS_KEPT = 20_000;

/** The instant of local midnight at the start of a day in Oslo; month and day may overflow as in Date.UTC. */
export function osloMidnight(year: number, month: number, day: number): number {
  const midnightAsUtc = Date.UTC(year, month - 1, day);
  let midnight = MIDNIGHTS.get(midnightAsUtc);
  if (midnight === undefined) {
    // The offset changes at 01:00 UTC, so UTC midnight of the date and local midnight share one offset.
    midnight = midnightAsUtc - osloWallClock(midnightAsUtc).offsetMs;
    if (MIDNIGHTS.size >= MIDNIGHTS_KEPT) MIDNIGHTS.clear();
    MIDNIGHTS.set(midnightAsUtc, midnight);
  }
  return midnight;
}

function dateParts(date: string): [number, number, number] {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = date.split('-').map(Number);
  return [year, month, day];
}

/** The first millisecond of a calendar day (`2021-06-30`) in Oslo, as ISO 8601 UTC. */
export function startOfOsloDay(date: string): string {
  const [year, month, day] = dateParts(date);
  return new Date(osloMidnight(year, month, day)).toISOString();
}

/** The last millisecond of a calendar day in Oslo, as ISO 8601 UTC (`2021-06-30` → `…T21:59:59.999Z`). */
export function endOfOsloDay(date: string): string {
  const [year, month, day] = dateParts(date);
  return new Date(osloMidnight(year, month, day + 1) - 1).toISOString();
}

/**
 * The first instant after a calendar day in Oslo, as ISO 8601 UTC: the end of the day + 1 ms, the start of the
 * next. A range that ends on a date (`to=2021-06-30`) holds the whole day when it stops before this instant.
 */
export function afterOsloDay(date: string): string {
  const [year, month, day] = dateParts(date);
  return new Date(osloMidnight(year, month, day + 1)).toISOString();
}

/** The calendar date in Oslo at an instant (ISO 8601): `2021-09-06T22:00:00.000Z` is `2021-09-07`. */
export function osloDateOf(instant: string): string {
  const { year, month, day } = osloWallClock(Date.parse(instant));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** How long a calendar interval of a timeline is. */
export type CalendarIntervalSize = 'month' | 'quarter';

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

function monthsPerInterval(interval: CalendarIntervalSize): number {
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

function intervalLabel(year: number, month: number, interval: CalendarIntervalSize): string {
  return interval === 'month'
    ? `${year}-${String(month).padStart(2, '0')}`
    : `${year}-Q${String(Math.floor((month - 1) / 3) + 1)}`;
}

/** The interval (month or quarter of the Oslo calendar) that contains the instant. */
export function intervalContaining(instantMs: number, interval: CalendarIntervalSize): CalendarInterval {
  const { year, month } = osloWallClock(instantMs);
  const size = monthsPerInterval(interval);
  const firstMonth = month - ((month - 1) % size);
  return {
    label: intervalLabel(year, firstMonth, interval),
    from: osloMonthStart(year, firstMonth),
    to: osloMonthStart(year, firstMonth + size),
  };
}

/**
 * The calendar intervals that hold some instant t with from <= t < to (the one holding `from` when they are
 * equal), in order; null when there would be more than maxIntervals. Whole intervals: the first may start before
 * `from`, the last may end after `to`.
 */
export function calendarIntervals(
  fromMs: number,
  toMs: number,
  interval: CalendarIntervalSize,
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
