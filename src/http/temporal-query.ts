import { z } from 'zod';
import { DateOrInstantSchema, endOfOsloDay, isCalendarDate, normalizeInstant } from '../domain/index.js';

export { afterOsloDay, endOfOsloDay, startOfOsloDay } from '../domain/index.js';

/**
 * The instant a date-or-instant parameter names (already validated by dateOrInstantSchema, so the shape tells
 * the two apart: a failed CalendarDateSchema parse per instant cost more than the rest of a cached plan read);
 * a bare date is read by `dateRule`.
 */
export function instantOf(value: string, dateRule: (date: string) => string): string {
  return isCalendarDate(value) ? dateRule(value) : normalizeInstant(value);
}

/** A date (`2021-06-30`) or an instant with `Z` or an offset; anything else names the forms expected. */
export const dateOrInstantSchema = DateOrInstantSchema;

/**
 * A point in time as a query parameter: a bare date is the end of that day in Europe/Oslo, an instant needs `Z` or
 * an offset. The result is ISO 8601 UTC; a point in the future means now (undefined). `example: null` for
 * transaction times, since every documented example must work on a fresh install.
 */
export function pointInTime(description: string, example: string | null = '2021-06-30') {
  return DateOrInstantSchema.optional()
    .transform(function resolvePointInTime(value) {
      if (value === undefined) return undefined;
      const instant = instantOf(value, endOfOsloDay);
      return Date.parse(instant) >= Date.now() ? undefined : instant;
    })
    .meta(example === null ? { description } : { description, example });
}

export const TEMPORAL_VALID_AT_DESCRIPTION =
  'Valid time: the plan as it was on this date (a bare date means the end of that day in Europe/Oslo) or at this instant (with Z or an offset). Default: now.';

export const temporalQuerySchema = z.object({
  validAt: pointInTime(TEMPORAL_VALID_AT_DESCRIPTION),
  knownAt: pointInTime(
    'Transaction time: as the system knew it at this instant (or at the end of this day in Europe/Oslo). Default: now.',
    // No example: a fresh install knows nothing before the moment it was seeded, so any fixed date shows nothing.
    null,
  ),
});
