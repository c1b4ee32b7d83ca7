import { instantMillis } from '../time/instants.js';
import type { StatusReport } from './tiltak.state.js';
import { nextStatusPosition, statusTransitionRule, type StatusPosition } from './tiltak.status.js';

export const NO_STATUS: StatusPosition = { status: null, lastKnownStatus: null };

/**
 * The first report that is not an allowed step from the one before it (a forbidden transition, or a reopening
 * without a reason), starting from `start`; null when every step holds. A report of the same status again is not a
 * step and passes: back-dating can make an existing report repeat the status before it.
 */
export function findStatusConflict(
  reports: readonly StatusReport[],
  start: StatusPosition = NO_STATUS,
): StatusReport | null {
  let position = start;
  for (const report of reports) {
    const rule = statusTransitionRule(position, report.status);
    if (rule === 'forbidden' || (rule === 'reopen' && report.reason === null)) return report;
    position = nextStatusPosition(position, report.status);
  }
  return null;
}

/**
 * The reports effective strictly after `effectiveAt`: those a new report at that time would come before. A status
 * history is in fold order, so they are its tail, found from the end (usually empty: a report made today).
 */
export function reportsAfter(reports: readonly StatusReport[], effectiveAt: string): StatusReport[] {
  const limit = instantMillis(effectiveAt);
  let start = reports.length;
  while (start > 0 && instantMillis((reports[start - 1] as StatusReport).effectiveAt) > limit) start -= 1;
  return reports.slice(start);
}
