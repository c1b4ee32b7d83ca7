/**
 * The Europe/Oslo calendar, where the plans' dates live: a bare date in a document or a query is a day in Oslo.
 * Oslo switches between +01:00 and +02:00 at 01:00 UTC, so local midnight never falls in a gap or an overlap.
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

// Local midnights already worked out, by UTC midnight of the date: Intl's time-zone lookup costs ~10 µs, and
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

/** The calendar date in Oslo at an instant (ISO 8601): `2021-09-06T22:00:00.000Z` is `2021-09-07`. */
export function osloDateOf(instant: string): string {
  const { year, month, day } = osloWallClock(Date.parse(instant));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
