import { instantMillis } from '../domain/index.js';

const ZERO = 48;

/**
 * Milliseconds of an instant, as the domain's instantMillis, with a fast path for the form the store keeps
 * (`2021-03-04T05:06:07.890Z`): replay reads two instants per event, and Date.parse was a tenth of its cost.
 */
export function instantMs(instant: string): number {
  if (instant.length === 24 && instant.charCodeAt(23) === 90 && instant.charCodeAt(10) === 84) {
    const year = digits(instant, 0, 4);
    const month = digits(instant, 5, 2);
    const day = digits(instant, 8, 2);
    const hours = digits(instant, 11, 2);
    const minutes = digits(instant, 14, 2);
    const seconds = digits(instant, 17, 2);
    // Out-of-range fields would wrap in Date.UTC; leave anything unusual to the full parser.
    if (
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysIn(year, month) &&
      hours < 24 &&
      minutes < 60 &&
      seconds < 60
    ) {
      const millis = Date.UTC(
        digits(instant, 0, 4),
        month - 1,
        day,
        hours,
        minutes,
        seconds,
        digits(instant, 20, 3),
      );
      if (!Number.isNaN(millis)) return millis;
    }
  }
  return instantMillis(instant);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

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
