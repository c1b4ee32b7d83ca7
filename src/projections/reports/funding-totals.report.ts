import type { FundingTotalsRow, PlanView, Report } from '../read-model.js';
import { compareIds, NORWEGIAN, placedTiltak } from '../plan-at/index.js';

export const FUNDING_TOTALS_COLUMNS = [
  'planId',
  'year',
  'source',
  'grants',
  'amountNok',
  'grantsWithoutAmount',
  'withdrawn',
] as const satisfies readonly (keyof FundingTotalsRow)[];

function emptyRow(planId: string, year: number, source: string | null): FundingTotalsRow {
  return { planId, year, source, grants: 0, amountNok: null, grantsWithoutAmount: 0, withdrawn: 0 };
}

function add(row: FundingTotalsRow, amountNok: number | null, withdrawn: boolean): void {
  if (withdrawn) {
    row.withdrawn += 1;
    return;
  }
  row.grants += 1;
  // An unknown amount is counted apart, never as 0; the sum stays null until some grant states one.
  if (amountNok === null) row.grantsWithoutAmount += 1;
  else row.amountNok = (row.amountNok ?? 0) + amountNok;
}

/**
 * Funding totals per year and source (issue 17 §2), then one row per year over all sources (source null). Sums
 * are over standing grants that state an amount; those that do not are counted in `grantsWithoutAmount`; withdrawn
 * grants are counted in `withdrawn` and in no sum. Sorted by plan id, year, source (Norwegian collation), the
 * year's total after its sources.
 */
export function fundingTotals(views: readonly PlanView[]): Report<FundingTotalsRow> {
  const rows: FundingTotalsRow[] = [];
  for (const plan of [...views].sort((a, b) => compareIds(a.planId, b.planId))) {
    const bySource = new Map<string, FundingTotalsRow>();
    const byYear = new Map<number, FundingTotalsRow>();
    for (const { tiltak } of placedTiltak(plan)) {
      for (const grant of tiltak.funding) {
        const key = `${grant.year}\u0000${grant.source}`;
        let sourceRow = bySource.get(key);
        if (sourceRow === undefined) {
          sourceRow = emptyRow(plan.planId, grant.year, grant.source);
          bySource.set(key, sourceRow);
        }
        let yearRow = byYear.get(grant.year);
        if (yearRow === undefined) {
          yearRow = emptyRow(plan.planId, grant.year, null);
          byYear.set(grant.year, yearRow);
        }
        add(sourceRow, grant.amountNok, grant.withdrawnAt !== null);
        add(yearRow, grant.amountNok, grant.withdrawnAt !== null);
      }
    }
    const sources = [...bySource.values()].sort(
      (a, b) => a.year - b.year || NORWEGIAN.compare(a.source ?? '', b.source ?? ''),
    );
    for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
      rows.push(...sources.filter((row) => row.year === year), byYear.get(year) as FundingTotalsRow);
    }
  }
  return { columns: FUNDING_TOTALS_COLUMNS, rows };
}
