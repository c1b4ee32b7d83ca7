import type { FundingReportRow, PlanView, Report } from '../read-model.js';
import { compareIds, NORWEGIAN, placedTiltak } from '../plan-at/index.js';

export const FUNDING_REPORT_COLUMNS = [
  'planId',
  'year',
  'source',
  'tiltakId',
  'tiltakNumber',
  'tiltak',
  'grantId',
  'amountNok',
  'decisionReference',
  'withdrawnAt',
] as const satisfies readonly (keyof FundingReportRow)[];

/**
 * One row per grant at the point the views were taken at, issue 4, item 6; a withdrawn grant stays, with its
 * `withdrawnAt` (issue 17 §2: withdrawn, not gone). Sorted by
 * plan id, year, source (Norwegian collation), the tiltak's place in the plan, then grant id.
 */
export function fundingReport(views: readonly PlanView[]): Report<FundingReportRow> {
  const rows: (FundingReportRow & { order: number })[] = [];
  for (const plan of views) {
    for (const { tiltak, order } of placedTiltak(plan)) {
      for (const grant of tiltak.funding) {
        rows.push({
          planId: plan.planId,
          year: grant.year,
          source: grant.source,
          tiltakId: tiltak.tiltakId,
          tiltakNumber: tiltak.number,
          tiltak: tiltak.title,
          grantId: grant.grantId,
          amountNok: grant.amountNok,
          decisionReference: grant.decisionReference,
          withdrawnAt: grant.withdrawnAt,
          order,
        });
      }
    }
  }
  rows.sort(
    (a, b) =>
      compareIds(a.planId, b.planId) ||
      a.year - b.year ||
      NORWEGIAN.compare(a.source, b.source) ||
      a.order - b.order ||
      compareIds(a.grantId, b.grantId),
  );
  return { columns: FUNDING_REPORT_COLUMNS, rows: rows.map(({ order: _order, ...row }) => row) };
}
