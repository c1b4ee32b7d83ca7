import { TILTAK_STATUSES, type TiltakStatus } from '../../domain/index.js';
import type { PlanView, Report, StatusReportRow } from '../read-model.js';
import { compareIds } from '../plan-at/index.js';
import { reportStatusLabel } from './status-label.js';

export const STATUS_REPORT_COLUMNS = [
  'planId',
  'satsningsomradeNumber',
  'satsningsomrade',
  'tiltaksomrade',
  'status',
  'statusLabel',
  'count',
] as const satisfies readonly (keyof StatusReportRow)[];

type StatusKey = TiltakStatus | null;

/** DESIGN.md §1's order, "Ikke rapportert" (null, as in the plan tree) last. */
const STATUS_ORDER: readonly StatusKey[] = [...TILTAK_STATUSES, null];

/**
 * Tiltak counted per status in each tiltaksområde (issue 4, item 6). Rows with no tiltak are left out. Sorted by
 * plan id, satsningsområde number, tiltaksområde in the plan's order, then status in DESIGN.md §1's order.
 */
export function statusReport(views: readonly PlanView[]): Report<StatusReportRow> {
  const plans = [...views].sort((a, b) => compareIds(a.planId, b.planId));
  const rows: StatusReportRow[] = [];
  for (const plan of plans) {
    const satsningsomrader = [...plan.satsningsomrader].sort((a, b) => a.number - b.number);
    for (const satsningsomrade of satsningsomrader) {
      for (const tiltaksomrade of satsningsomrade.tiltaksomrader) {
        const counts = new Map<
          string,
          { status: StatusKey; lastKnown: number; statusLabel: string; count: number }
        >();
        for (const tiltak of tiltaksomrade.tiltak) {
          // UNKNOWN is split by the last known status, which its label carries.
          const label = reportStatusLabel(tiltak.status, tiltak.lastKnownStatus);
          const found = counts.get(label);
          if (found !== undefined) found.count += 1;
          else {
            const status = tiltak.status;
            const lastKnown = status === 'UNKNOWN' ? STATUS_ORDER.indexOf(tiltak.lastKnownStatus) : 0;
            counts.set(label, { status, lastKnown, statusLabel: label, count: 1 });
          }
        }
        const ordered = [...counts.values()].sort(
          (a, b) =>
            STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.lastKnown - b.lastKnown,
        );
        for (const { status, statusLabel: label, count } of ordered) {
          rows.push({
            planId: plan.planId,
            satsningsomradeNumber: satsningsomrade.number,
            satsningsomrade: satsningsomrade.title,
            tiltaksomrade: tiltaksomrade.title,
            status,
            statusLabel: label,
            count,
          });
        }
      }
    }
  }
  return { columns: STATUS_REPORT_COLUMNS, rows };
}
