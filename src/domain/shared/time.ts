import { z } from 'zod';

/**
 * An instant: ISO 8601 date-time with a zone (`Z` or `±hh:mm`) naming a real calendar time. Stored and compared
 * in UTC with milliseconds (`normalizeInstant`).
 */
export const InstantSchema = z.iso.datetime({ offset: true });

/** A calendar date (`2020-01-01`), a real day of the proleptic Gregorian calendar. */
export const CalendarDateSchema = z.iso.date();

/** Milliseconds since the epoch of a valid instant (the schemas guarantee validity before this is reached). */
export function instantMillis(instant: string): number {
  const millis = Date.parse(instant);
  if (Number.isNaN(millis)) throw new TypeError(`not an instant: ${instant}`);
  return millis;
}

/** The instant as ISO 8601 UTC with milliseconds, the form the store keeps. */
export function normalizeInstant(instant: string): string {
  return new Date(instantMillis(instant)).toISOString();
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
