import type { TiltakView } from '../projections/index.js';
import type { PageLimits } from './paging.js';

/**
 * How much of a tiltak's growing collections its own view (and the plan tree) carries: the latest ones, with a
 * count beside each (docs/api.md, "Bounded answers"). The rest is paged: notes at /tiltak/{id}/notes, status
 * reports and grants in /tiltak/{id}/history.
 */
export const TILTAK_VIEW_LIMITS = { notes: 10, statusHistory: 20, funding: 50 } as const;

/** A history entry holds at most one note or description twice (≤ 5,000 characters each) and its envelope. */
export const HISTORY_PAGE: PageLimits = { defaultLimit: 50, maxLimit: 200 };
export const NOTES_PAGE: PageLimits = { defaultLimit: 50, maxLimit: 200 };

/** The view with only the latest notes, status reports and grants: the same object when none is cut. */
export function boundedTiltakView(view: TiltakView): TiltakView {
  const { notes, statusHistory, funding } = TILTAK_VIEW_LIMITS;
  if (
    view.notes.length <= notes &&
    view.statusHistory.length <= statusHistory &&
    view.funding.length <= funding
  ) {
    return view;
  }
  return Object.assign({}, view, {
    notes: latest(view.notes, notes),
    statusHistory: latest(view.statusHistory, statusHistory),
    funding: latest(view.funding, funding),
  });
}

function latest<T>(items: readonly T[], count: number): readonly T[] {
  return items.length <= count ? items : items.slice(items.length - count);
}
