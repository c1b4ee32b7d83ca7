// The reports a steering group reads, as pure functions over the plan trees at one point.
export { reportQueries, type ReportQueries } from './report.queries.js';
export { statusReport, STATUS_REPORT_COLUMNS } from './status.report.js';
export { fundingReport, FUNDING_REPORT_COLUMNS } from './funding.report.js';
export { fundingTotals, FUNDING_TOTALS_COLUMNS } from './funding-totals.report.js';
export {
  statusTotals,
  STATUS_TOTALS_COLUMNS,
  tiltakStatusList,
  TILTAK_STATUS_COLUMNS,
} from './status-summary.report.js';
export { responsibilityReport, RESPONSIBILITY_REPORT_COLUMNS } from './responsibility.report.js';
export {
  responsibilityTotals,
  rolledUpResponsibility,
  RESPONSIBILITY_TOTALS_COLUMNS,
  ROLLED_UP_RESPONSIBILITY_COLUMNS,
  type ResponsibilityTotalsRow,
  type RolledUpResponsibilityRow,
} from './responsibility-rollup.report.js';
export { reportStatusLabel } from './status-label.js';
