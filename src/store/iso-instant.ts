const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

/**
 * The instant as ISO 8601 UTC with milliseconds (`2021-06-30T10:00:00.000Z`), or null when the text is not an
 * ISO 8601 date-time with seconds and a zone (`Z` or `±hh:mm`) naming a real calendar instant in years 0000..9999.
 * Digits below the millisecond are truncated. Date.parse alone is too lenient: it rolls 30 February over into March.
 */
export function normalizeIsoInstant(text: string): string | null {
  const match = ISO_INSTANT.exec(text);
  if (match === null) return null;
  const [, year, month, day, hour, minute, second, fraction, zulu, sign, offsetHours, offsetMinutes] = match;
  const fields = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [y, mo, d, h, mi, s] = fields;
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const millis = Number((fraction ?? '').padEnd(3, '0').slice(0, 3));
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999.
  date.setUTCFullYear(y, mo - 1, d);
  if (date.getUTCDate() !== d) return null;
  date.setUTCHours(h, mi, s, millis);
  if (zulu === undefined) {
    const offsetH = Number(offsetHours);
    const offsetM = Number(offsetMinutes);
    if (offsetH > 23 || offsetM > 59) return null;
    const offset = (offsetH * 60 + offsetM) * 60_000;
    date.setTime(date.getTime() - (sign === '-' ? -offset : offset));
  }
  const year4 = date.getUTCFullYear();
  if (year4 < 0 || year4 > 9999) return null;
  return date.toISOString();
}
