// Finding tiltak (issue 17): pure functions over the plan trees at one point.
import { osloDateOf as osloDateAt } from '../../domain/index.js';
import type { PlanView, ReadModel, TemporalQuery } from '../read-model.js';

export { foldForSearch, matchesText } from './text-fold.js';
export { pageOf, type Page, type PageCursor } from './page.js';
export { findTiltak, type PartyRoleFilter, type TiltakFilter } from './tiltak-search.js';
/** Every plan that exists at the point, in the order of `listPlans` (title, then id). */
export function plansAt(readModel: ReadModel, at: TemporalQuery, planIds?: readonly string[]): PlanView[] {
  return readModel
    .listPlans(at)
    .filter((summary) => planIds === undefined || planIds.includes(summary.planId))
    .map((summary) => readModel.planAt(summary.planId, at))
    .filter((view): view is PlanView => view !== null);
}

/** The Europe/Oslo date of a valid time (today when it is now): the day a kommunenummer is looked up for. */
export function osloDateOf(validAt: string | undefined): string {
  return osloDateAt(validAt ?? new Date().toISOString());
}
