import { z } from 'zod';
import { startOfOsloDay } from './oslo-calendar.js';

/**
 * An instant: ISO 8601 date-time with a zone (`Z` or `±hh:mm`) naming a real calendar time. Stored and compared
 * in UTC with milliseconds (`normalizeInstant`).
 */
export const InstantSchema = z.iso.datetime({ offset: true });

/** A calendar date (`2020-01-01`), a real day of the proleptic Gregorian calendar. */
export const CalendarDateSchema = z.iso.date();

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** The forms a date-or-instant may take, named in the error a client gets for anything else. */
export const DATE_OR_INSTANT_FORMS = [
  'YYYY-MM-DD',
  'YYYY-MM-DDTHH:MM:SSZ',
  'YYYY-MM-DDTHH:MM:SS.sssZ',
  'YYYY-MM-DDTHH:MM:SS+HH:MM',
] as const;

/**
 * A calendar date or an instant with a zone. One check rather than a union, so that a wrong value is one issue
 * (`invalid_format`, `expected` the forms above) and not an `invalid_union` of two; the shape picks the parser.
 */
export const DateOrInstantSchema = z.string().check(function dateOrInstant(context) {
  const value = context.value;
  const schema = DATE_SHAPE.test(value) ? CalendarDateSchema : InstantSchema;
  if (schema.safeParse(value).success) return;
  context.issues.push({
    code: 'invalid_format',
    format: 'date-or-instant',
    expected: [...DATE_OR_INSTANT_FORMS],
    message: `expected a date (YYYY-MM-DD) or an instant with Z or an offset (2021-06-30T12:00:00+02:00)`,
    input: value,
  });
});

/** True when a date-or-instant is a bare date. */
export function isCalendarDate(value: string): boolean {
  return DATE_SHAPE.test(value);
}

/**
 * When a command happened, as a client says it: an instant, or a bare date meaning the start of that day in
 * Europe/Oslo (as the importer reads a document's dates), so that `validAt` on that date already shows it.
 */
export const EffectiveAtSchema = DateOrInstantSchema.transform(function effectiveInstant(value) {
  return DATE_SHAPE.test(value) ? startOfOsloDay(value) : value;
}).meta({
  description:
    'When it happened: an instant with Z or an offset, or a date (the start of that day in Europe/Oslo). Default: when it is recorded.',
});

/**
 * Milliseconds since the epoch of a valid instant (the schemas guarantee validity before this is reached). The
 * form the store keeps (`2021-03-04T05:06:07.890Z`) is read by hand: every fold reads two instants per event,
 * and Date.parse was a tenth of a replay's cost. Anything else, or anything odd, goes to Date.parse.
 */
export function instantMillis(instant: string): number {
  const fast = storedFormMillis(instant);
  if (fast !== null) return fast;
  const millis = Date.parse(instant);
  if (Number.isNaN(millis)) throw new TypeError(`not an instant: ${instant}`);
  return millis;
}

const ZERO = 48;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function storedFormMillis(instant: string): number | null {
  // `YYYY-MM-DDTHH:MM:SS.mmmZ`: 24 characters, T at 10, Z at 23.
  if (instant.length !== 24 || instant.charCodeAt(23) !== 90 || instant.charCodeAt(10) !== 84) return null;
  const year = digits(instant, 0, 4);
  const month = digits(instant, 5, 2);
  const day = digits(instant, 8, 2);
  const hours = digits(instant, 11, 2);
  const minutes = digits(instant, 14, 2);
  const seconds = digits(instant, 17, 2);
  const millis = digits(instant, 20, 3);
  const separators = instant[4] === '-' && instant[7] === '-' && instant[13] === ':' && instant[16] === ':';
  // Date.UTC reads years below 100 as 19xx and wraps out-of-range fields: those go to Date.parse.
  const inRange =
    year >= 100 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    hours < 24 &&
    minutes < 60 &&
    seconds < 60 &&
    instant[19] === '.' &&
    millis >= 0;
  return separators && inRange ? Date.UTC(year, month - 1, day, hours, minutes, seconds, millis) : null;
}

function daysIn(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** The decimal number in `text` at [start, start + length), or NaN if any character is not a digit. */
function digits(text: string, start: number, length: number): number {
  let value = 0;
  for (let at = start; at < start + length; at++) {
    const digit = text.charCodeAt(at) - ZERO;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

/** The instant as ISO 8601 UTC with milliseconds, the form the store keeps. */
export function normalizeInstant(instant: string): string {
  return new Date(instantMillis(instant)).toISOString();
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}
