import { CalendarDateSchema, endOfOsloDay, InstantSchema } from '../domain/index.js';

const DURATION = /^(\d{1,5})([hdw])$/;
const UNIT_MS = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

export class InvalidExpiry extends Error {
  override readonly name = 'InvalidExpiry';
}

/**
 * When a token made now expires, from `--expires`: a duration (`12h`, `30d`, `90d`, `8w`), a date (valid through
 * that day in Europe/Oslo) or an instant with `Z` or an offset. It must lie in the future.
 */
export function parseExpiry(text: string, now: Date): Date {
  const duration = DURATION.exec(text);
  let expires: Date;
  if (duration !== null) {
    const amount = Number(duration[1]);
    if (amount === 0) throw new InvalidExpiry('a duration of 0 would expire at once');
    expires = new Date(now.getTime() + amount * UNIT_MS[duration[2] as keyof typeof UNIT_MS]);
  } else if (CalendarDateSchema.safeParse(text).success) {
    expires = new Date(endOfOsloDay(text));
  } else if (InstantSchema.safeParse(text).success) {
    expires = new Date(text);
  } else {
    throw new InvalidExpiry(
      `"${text}" is neither a duration (12h, 30d, 8w), a date nor an instant with an offset`,
    );
  }
  if (Number.isNaN(expires.getTime()) || expires.getTime() <= now.getTime()) {
    throw new InvalidExpiry(`"${text}" is not in the future`);
  }
  return expires;
}
