// The plan tree at a point on both time axes, and the walk over it that the other read models share.
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
