// The plan tree at a point on both time axes, and the walk over it that the other read models share.
export { planAtQueries, type PlanAtQueries } from './plan-at.queries.js';
export { tiltakViewAt } from './tiltak-view.js';
export { assemblePlanView, GONE_SATSNINGSOMRADE } from './plan-view.assemble.js';
export {
  compareIds,
  compareTiltakNumbers,
  NATURAL,
  NORWEGIAN,
  placedTiltak,
  type PlacedTiltak,
} from './plan-view-walk.js';
export { PlanStateKeys, type PlanStateKey } from './plan-state-keys.js';
export { planStateKeySource, type PlanStateKeySource } from './plan-state-key-source.js';
