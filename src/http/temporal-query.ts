import { z } from 'zod';
import { CalendarDateSchema, InstantSchema } from '../domain/index.js';

const OSLO = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Oslo',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Minutes Europe/Oslo is ahead of UTC at this instant (60 in winter, 120 in summer). */
function osloOffsetMinutes(utcMillis: number): number {
  const parts = Object.fromEntries(
    OSLO.formatToParts(new Date(utcMillis)).map((part) => [part.type, Number(part.value)]),
  );
  const wall = Date.UTC(
    parts['year'] ?? 0,
    (parts['month'] ?? 1) - 1,
    parts['day'] ?? 1,
    parts['hour'] ?? 0,
    parts['minute'] ?? 0,
    parts['second'] ?? 0,
  );
  return Math.round((wall - (utcMillis - (utcMillis % 1000))) / 60_000);
}

/** The last millisecond of a calendar day in Europe/Oslo, as ISO 8601 UTC (`2021-06-30` → `…T21:59:59.999Z`). */
export function endOfOsloDay(date: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const nextMidnightWall = Date.UTC(year, month - 1, day + 1);
  // Midnight never falls in a DST gap in Oslo (the clocks change at 02:00/03:00), so two rounds settle it.
  let instant = nextMidnightWall - osloOffsetMinutes(nextMidnightWall) * 60_000;
  instant = nextMidnightWall - osloOffsetMinutes(instant) * 60_000;
  return new Date(instant - 1).toISOString();
}

/** The first millisecond of a calendar day in Europe/Oslo, as ISO 8601 UTC. */
export function startOfOsloDay(date: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const previousDay = new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
  return new Date(Date.parse(endOfOsloDay(previousDay)) + 1).toISOString();
}

/** The instant a date-or-instant parameter names; a bare date is read by `dateRule`. */
export function instantOf(value: string, dateRule: (date: string) => string): string {
  return CalendarDateSchema.safeParse(value).success
    ? dateRule(value)
    : new Date(Date.parse(value)).toISOString();
}

/** A date (`2021-06-30`) or an instant with `Z` or an offset. */
export const dateOrInstantSchema = z.union([CalendarDateSchema, InstantSchema]);

/**
 * A point in time as a query parameter: a bare date is the end of that day in Europe/Oslo, an instant needs `Z` or
 * an offset. The result is ISO 8601 UTC; a point in the future means now (undefined).
 */
export function pointInTime(description: string) {
  return z
    .union([CalendarDateSchema, InstantSchema])
    .optional()
    .transform(function resolvePointInTime(value) {
      if (value === undefined) return undefined;
      const instant = instantOf(value, endOfOsloDay);
      return Date.parse(instant) >= Date.now() ? undefined : instant;
    })
    .meta({ description, example: '2021-06-30' });
}

export const temporalQuerySchema = z.object({
  validAt: pointInTime(
    'Valid time: the plan as it was on this date (a bare date means the end of that day in Europe/Oslo) or at this instant (with Z or an offset). Default: now.',
  ),
  knownAt: pointInTime(
    'Transaction time: as the system knew it at this instant (or at the end of this day in Europe/Oslo). Default: now.',
  ),
});
