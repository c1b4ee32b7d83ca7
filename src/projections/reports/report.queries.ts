import type { EntityIndexes } from '../engine/entity-indexes.js';
import type { PlanAtQueries } from '../plan-at/index.js';
import type { PlanView, ReadModel, ReportQuery } from '../read-model.js';
import { fundingReport } from './funding.report.js';
import { fundingTotals } from './funding-totals.report.js';
import { responsibilityReport } from './responsibility.report.js';
import { statusReport } from './status.report.js';
import { statusTotals, tiltakStatusList } from './status-summary.report.js';

export type ReportQueries = Pick<
  ReadModel,
  | 'statusReport'
  | 'statusTotals'
  | 'tiltakStatusList'
  | 'fundingReport'
  | 'fundingTotals'
  | 'responsibilityReport'
>;

/** Each report over the plan trees at the query's point: one plan, a token's plans, or all of them. */
export function reportQueries(indexes: EntityIndexes, plans: Pick<PlanAtQueries, 'planAt'>): ReportQueries {
  const viewsFor = (query: ReportQuery): PlanView[] => {
    const all = query.planId === undefined ? [...indexes.plans.keys()] : [query.planId];
    const planIds = query.planIds === undefined ? all : all.filter((id) => query.planIds?.includes(id));
    return planIds
      .map((planId) => plans.planAt(planId, query))
      .filter((view): view is PlanView => view !== null);
  };
  return {
    statusReport: (query) => statusReport(viewsFor(query)),
    statusTotals: (query) => statusTotals(viewsFor(query)),
    tiltakStatusList: (query) => tiltakStatusList(viewsFor(query)),
    fundingReport: (query) => fundingReport(viewsFor(query)),
    fundingTotals: (query) => fundingTotals(viewsFor(query)),
    responsibilityReport: (query) => responsibilityReport(viewsFor(query)),
  };
}
