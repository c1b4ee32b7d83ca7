// Norwegian forms of dates and numbers (Intl, nb-NO), and the status labels and colours of the page.
const dateFormat = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'Europe/Oslo',
});
const dateTimeFormat = new Intl.DateTimeFormat('nb-NO', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Oslo',
});
const numberFormat = new Intl.NumberFormat('nb-NO');

/** "7. sep. 2021" for an instant or a YYYY-MM-DD date (a date is read as noon UTC so no zone moves its day). */
export function formatDate(value: string): string {
  const instant = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value;
  return dateFormat.format(new Date(instant));
}

export function formatDateTime(value: string): string {
  return dateTimeFormat.format(new Date(value));
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

export const STATUS_ORDER = [
  'PLANNED',
  'IN_PROGRESS',
  'ON_HOLD',
  'COMPLETED',
  'DISCONTINUED',
  'CARRIED_OVER',
  'UNKNOWN',
  null,
] as const;
export type StatusKey = (typeof STATUS_ORDER)[number];

export const STATUS_LABELS: Record<string, string> = {
  PLANNED: 'Under planlegging',
  IN_PROGRESS: 'Pågår',
  ON_HOLD: 'Satt på vent',
  COMPLETED: 'Fullført',
  DISCONTINUED: 'Avsluttet uten gjennomføring',
  CARRIED_OVER: 'Videreført i ny plan',
  UNKNOWN: 'Uviss status',
  NONE: 'Ikke rapportert',
};

/** Colours chosen to stay apart for common colour blindness and to carry dark text (contrast ≥ 4.5). */
export const STATUS_COLOURS: Record<string, string> = {
  PLANNED: '#9ecae1',
  IN_PROGRESS: '#fdd49e',
  ON_HOLD: '#d9d9d9',
  COMPLETED: '#a1d99b',
  DISCONTINUED: '#fcbba1',
  CARRIED_OVER: '#dadaeb',
  UNKNOWN: '#fff7bc',
  NONE: '#f0f0f0',
};

export function statusKey(status: string | null | undefined): string {
  return status ?? 'NONE';
}

/** Today in Oslo as YYYY-MM-DD. */
export function todayInOslo(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(new Date());
}

/** The event types in words; an unknown type is shown as it is. */
export const EVENT_LABELS: Record<string, string> = {
  TiltakCreated: 'Tiltak opprettet',
  TiltakStatusChanged: 'Status endret',
  TiltakRevised: 'Tiltak revidert',
  ResponsibilityReassigned: 'Ansvar endret',
  ParticipantsChanged: 'Deltakere endret',
  FundingGranted: 'Midler tildelt',
  FundingWithdrawn: 'Tildeling trukket',
  ProgressNoted: 'Notat',
  TiltakMoved: 'Flyttet',
  EventRetracted: 'Tilbaketrekking',
};

const osloDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' });
const osloTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const osloOffsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Oslo',
  timeZoneName: 'longOffset',
});

/** The day of an instant in Oslo, YYYY-MM-DD (a date field's value). */
export function osloDay(instant: string): string {
  return osloDayFormat.format(new Date(instant));
}

/** The time of day of an instant in Oslo, HH:MM:SS (a time field's value). */
export function osloTime(instant: string): string {
  return osloTimeFormat.format(new Date(instant));
}

/** A day and a time of day in Oslo as an instant with its offset, as the API takes it ("2021-06-30T14:05:00+02:00"). */
export function osloInstant(date: string, time: string): string {
  const [hours = '00', minutes = '00', seconds = '00'] = time.split(':');
  const local = `${date}T${hours}:${minutes}:${seconds}`;
  // The offset in force an hour before this wall-clock time read as UTC: right except inside a DST switch hour.
  const near = new Date(Date.parse(`${local}Z`) - 3_600_000);
  const name = osloOffsetFormat.formatToParts(near).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const offset = /^GMT[+-]\d{2}:\d{2}$/.test(name) ? name.slice(3) : '+00:00';
  return `${local}${offset}`;
}

/** A date or an instant in words: "7. sep. 2021", or with the time when it is an instant. */
export function formatPoint(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : formatDateTime(value);
}

/** Field names of the diff and the history in words. */
export const FIELD_LABELS: Record<string, string> = {
  status: 'Status',
  title: 'Tittel',
  number: 'Nummer',
  description: 'Beskrivelse',
  responsible: 'Ansvarlig',
  participants: 'Deltakere',
  funding: 'Finansiering',
  tiltaksomradeId: 'Tiltaksområde',
  notes: 'Notat',
};

/** "250 000", "250000" and "250 000 kr" are the same whole number of kroner; empty is an unknown amount. */
export function parseKroner(text: string): number | null | 'invalid' {
  const digits = text.replace(/[\s\u00a0\u202f.]/g, '').replace(/kr$/i, '');
  if (digits === '') return null;
  return /^\d{1,15}$/.test(digits) ? Number(digits) : 'invalid';
}
