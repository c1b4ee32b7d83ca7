import { problem } from './problem.js';

/** The one answer for a plan that does not exist at the point asked about, on every route that names a plan. */
export function planNotFound(planId: string) {
  return problem(404, 'PLAN.NOT_FOUND', 'Not Found', `no plan ${planId} at that point`);
}
