import { TILTAK_STATUSES, type TiltakStatus } from '../../domain/index.js';
import type { PlanView, Report, StatusTotalsRow, TiltakStatusRow } from '../read-model.js';
import { compareIds, placedTiltak } from '../plan-at/index.js';
import { reportStatusLabel } from './status-label.js';

/** A status as a column name: its code, or NOT_REPORTED for "Ikke rapportert" (null in the plan tree). */
type StatusColumn = TiltakStatus | 'NOT_REPORTED';
const STATUS_COLUMNS: readonly StatusColumn[] = [...TILTAK_STATUSES, 'NOT_REPORTED'];

export const STATUS_TOTALS_COLUMNS = [
  'planId',
  'satsningsomradeNumber',
  'satsningsomrade',
  ...STATUS_COLUMNS,
  'total',
] as const satisfies readonly (keyof StatusTotalsRow)[];

function emptyRow(planId: string, number: number | null, title: string): StatusTotalsRow {
  const counts = Object.fromEntries(STATUS_COLUMNS.map((status) => [status, 0])) as Record<
    StatusColumn,
    number
  >;
  return { planId, satsningsomradeNumber: number, satsningsomrade: title, ...counts, total: 0 };
}

/**
 * The satsningsområde × status table with its totals (issue 17 §2): one row per satsningsområde, then one row for
 * the whole plan (satsningsomradeNumber null, "Hele planen"); one column per status and `total`, so nobody adds
 * rows up by hand. Every status has its column, zeros too; UNKNOWN is one column here (the status report splits it
 * by the last known status).
 */
export function statusTotals(views: readonly PlanView[]): Report<StatusTotalsRow> {
  const rows: StatusTotalsRow[] = [];
  for (const plan of [...views].sort((a, b) => compareIds(a.planId, b.planId))) {
    const planRow = emptyRow(plan.planId, null, 'Hele planen');
    for (const satsningsomrade of [...plan.satsningsomrader].sort((a, b) => a.number - b.number)) {
      const row = emptyRow(plan.planId, satsningsomrade.number, satsningsomrade.title);
      for (const tiltaksomrade of satsningsomrade.tiltaksomrader) {
        for (const tiltak of tiltaksomrade.tiltak) {
          const column: StatusColumn = tiltak.status ?? 'NOT_REPORTED';
          row[column] += 1;
          row.total += 1;
          planRow[column] += 1;
          planRow.total += 1;
        }
      }
      rows.push(row);
    }
    rows.push(planRow);
  }
  return { columns: STATUS_TOTALS_COLUMNS, rows };
}

export const TILTAK_STATUS_COLUMNS = [
  'planId',
  'satsningsomradeNumber',
  'satsningsomrade',
  'tiltaksomrade',
  'tiltakId',
  'tiltakNumber',
  'tiltak',
  'status',
  'statusLabel',
  'responsible',
  'lastChangeAt',
  'lastChangeType',
] as const satisfies readonly (keyof TiltakStatusRow)[];

/**
 * What a steering group reads at its meeting: each tiltak in the plan's order with its status, who is responsible
 * (names joined with "; ", or the source's own words when no party is given) and when it last changed.
 */
export function tiltakStatusList(views: readonly PlanView[]): Report<TiltakStatusRow> {
  const rows: TiltakStatusRow[] = [];
  for (const plan of [...views].sort((a, b) => compareIds(a.planId, b.planId))) {
    for (const { satsningsomrade, tiltaksomrade, tiltak } of placedTiltak(plan)) {
      const names = tiltak.responsible.map((party) => party.name).join('; ');
      rows.push({
        planId: plan.planId,
        satsningsomradeNumber: satsningsomrade.number,
        satsningsomrade: satsningsomrade.title,
        tiltaksomrade: tiltaksomrade.title,
        tiltakId: tiltak.tiltakId,
        tiltakNumber: tiltak.number,
        tiltak: tiltak.title,
        status: tiltak.status,
        statusLabel: reportStatusLabel(tiltak.status, tiltak.lastKnownStatus),
        responsible: names === '' ? (tiltak.responsibleAsWritten ?? '') : names,
        lastChangeAt: tiltak.lastChange.effectiveAt,
        lastChangeType: tiltak.lastChange.type,
      });
    }
  }
  return { columns: TILTAK_STATUS_COLUMNS, rows };
}
