// The monthly or quarterly timeline of a plan: counts per interval and the changes that moved them, in words.
export { timelineQueries, type TimelineQueries } from './timeline.queries.js';
export {
  buildTimeline,
  listChanges,
  MAX_CHANGES_PER_INTERVAL,
  MAX_TIMELINE_INTERVALS,
  type ChangesInput,
  type TimelineInput,
} from './timeline.js';
export type { TimelineEvent } from './timeline-event.js';
export { TimelineError, type TimelineErrorCode } from './timeline.errors.js';
export { calendarIntervals, intervalContaining, type CalendarInterval } from '../../domain/index.js';
