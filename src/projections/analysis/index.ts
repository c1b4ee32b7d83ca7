// Timeline, diff and reports (issue 4, items 4-6) as pure functions over what the read model can give cheaply.
export {
  buildTimeline,
  MAX_CHANGES_PER_INTERVAL,
  MAX_TIMELINE_INTERVALS,
  type TimelineInput,
} from './timeline.analysis.js';
export { TimelineError, type TimelineErrorCode } from './timeline.errors.js';
export type { CountingEvent } from './counting-event.js';
export { calendarIntervals, intervalContaining, type CalendarInterval } from './oslo-calendar.js';
export {
  diffPlans,
  explainingEvents,
  planChanges,
  tiltakChanges,
  type DiffExplainer,
  type EventsAtBothPoints,
} from './plan-diff.analysis.js';
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
export { reportStatusLabel } from './status-label.js';
export { toCsv, neutraliseCell, type CsvOptions, type CsvTable } from './csv.js';
