import { z } from 'zod';

/** The reported status of a tiltak (DESIGN.md §1). `null`, "Ikke rapportert", means no status reported yet. */
export const TILTAK_STATUSES = [
  'PLANNED',
  'IN_PROGRESS',
  'ON_HOLD',
  'COMPLETED',
  'DISCONTINUED',
  'CARRIED_OVER',
  'UNKNOWN',
] as const;
export const TiltakStatusSchema = z.enum(TILTAK_STATUSES);
export type TiltakStatus = z.infer<typeof TiltakStatusSchema>;

/** The users' words, for display. */
export const TILTAK_STATUS_LABELS: Readonly<Record<TiltakStatus, string>> = {
  PLANNED: 'Under planlegging',
  IN_PROGRESS: 'Pågår',
  ON_HOLD: 'Satt på vent',
  COMPLETED: 'Fullført',
  DISCONTINUED: 'Avsluttet uten gjennomføring',
  CARRIED_OVER: 'Videreført i ny plan',
  UNKNOWN: 'Uviss status',
};
export const NOT_REPORTED_LABEL = 'Ikke rapportert';

export function tiltakStatusLabel(status: TiltakStatus | null): string {
  return status === null ? NOT_REPORTED_LABEL : TILTAK_STATUS_LABELS[status];
}

/** Statuses that close a tiltak; leaving one of them is reopening, which needs a reason. */
export const CLOSED_STATUSES: ReadonlySet<TiltakStatus> = new Set([
  'COMPLETED',
  'DISCONTINUED',
  'CARRIED_OVER',
]);

/**
 * `allowed`: no conditions. `reopen`: allowed with a reason (leaving a closed status). `forbidden`: never; a wrong
 * earlier report is corrected by retracting it, not by a status change. `same`: not a change at all.
 */
export type TransitionRule = 'allowed' | 'reopen' | 'forbidden' | 'same';

type Row = Readonly<Record<TiltakStatus, TransitionRule>>;

function row(rules: Row): Row {
  return rules;
}

/**
 * The status transition table (docs/domain.md shows it). Rows are the status before, `NOT_REPORTED` standing for
 * null. The `UNKNOWN` row is all `allowed` here: leaving UNKNOWN is judged against the last known status instead
 * (see `statusTransitionRule`), so that COMPLETED -> UNKNOWN -> IN_PROGRESS still needs the reason a reopening needs.
 */
export const STATUS_TRANSITIONS: Readonly<Record<TiltakStatus | 'NOT_REPORTED', Row>> = {
  NOT_REPORTED: row({
    PLANNED: 'allowed',
    IN_PROGRESS: 'allowed',
    ON_HOLD: 'allowed',
    COMPLETED: 'allowed',
    DISCONTINUED: 'allowed',
    CARRIED_OVER: 'allowed',
    UNKNOWN: 'allowed',
  }),
  PLANNED: row({
    PLANNED: 'same',
    IN_PROGRESS: 'allowed',
    ON_HOLD: 'allowed',
    COMPLETED: 'allowed',
    DISCONTINUED: 'allowed',
    CARRIED_OVER: 'allowed',
    UNKNOWN: 'allowed',
  }),
  IN_PROGRESS: row({
    // Work that has started is paused (ON_HOLD), not planned again.
    PLANNED: 'forbidden',
    IN_PROGRESS: 'same',
    ON_HOLD: 'allowed',
    COMPLETED: 'allowed',
    DISCONTINUED: 'allowed',
    CARRIED_OVER: 'allowed',
    UNKNOWN: 'allowed',
  }),
  ON_HOLD: row({
    PLANNED: 'allowed',
    IN_PROGRESS: 'allowed',
    ON_HOLD: 'same',
    COMPLETED: 'allowed',
    DISCONTINUED: 'allowed',
    CARRIED_OVER: 'allowed',
    UNKNOWN: 'allowed',
  }),
  COMPLETED: row({
    PLANNED: 'reopen',
    IN_PROGRESS: 'reopen',
    ON_HOLD: 'reopen',
    COMPLETED: 'same',
    // Completed and discontinued contradict each other: one of the reports was wrong and is retracted instead.
    DISCONTINUED: 'forbidden',
    CARRIED_OVER: 'reopen',
    UNKNOWN: 'allowed',
  }),
  DISCONTINUED: row({
    PLANNED: 'reopen',
    IN_PROGRESS: 'reopen',
    ON_HOLD: 'reopen',
    COMPLETED: 'forbidden',
    DISCONTINUED: 'same',
    CARRIED_OVER: 'reopen',
    UNKNOWN: 'allowed',
  }),
  CARRIED_OVER: row({
    PLANNED: 'reopen',
    IN_PROGRESS: 'reopen',
    ON_HOLD: 'reopen',
    COMPLETED: 'reopen',
    DISCONTINUED: 'reopen',
    CARRIED_OVER: 'same',
    UNKNOWN: 'allowed',
  }),
  UNKNOWN: row({
    PLANNED: 'allowed',
    IN_PROGRESS: 'allowed',
    ON_HOLD: 'allowed',
    COMPLETED: 'allowed',
    DISCONTINUED: 'allowed',
    CARRIED_OVER: 'allowed',
    UNKNOWN: 'same',
  }),
};

/** Where a tiltak stands: its status, and the last status other than UNKNOWN (what reports show beside UNKNOWN). */
export interface StatusPosition {
  status: TiltakStatus | null;
  lastKnownStatus: TiltakStatus | null;
}

/** The rule for going from a position to a new status. */
export function statusTransitionRule(from: StatusPosition, to: TiltakStatus): TransitionRule {
  if (from.status === 'UNKNOWN' && to !== 'UNKNOWN') {
    const lastKnown = from.lastKnownStatus;
    return lastKnown !== null && CLOSED_STATUSES.has(lastKnown) && lastKnown !== to ? 'reopen' : 'allowed';
  }
  return STATUS_TRANSITIONS[from.status ?? 'NOT_REPORTED'][to];
}

/** The position after a status change. */
export function nextStatusPosition(from: StatusPosition, to: TiltakStatus | null): StatusPosition {
  return { status: to, lastKnownStatus: to === 'UNKNOWN' ? from.lastKnownStatus : to };
}
