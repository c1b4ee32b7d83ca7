// The difference between a plan at two points, with the events that explain each change.
export { diffQueries, type DiffQueries } from './diff.queries.js';
export {
  diffPlans,
  explainingEvents,
  planChanges,
  tiltakChanges,
  type DiffExplainer,
  type EventsAtBothPoints,
} from './plan-diff.js';
