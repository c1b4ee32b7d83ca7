import type { PlanState } from '../../domain/index.js';
import { compareIds, compareTiltakNumbers } from './plan-view-walk.js';
import type {
  EventSummary,
  PlanView,
  SatsningsomradeView,
  TiltakView,
  TiltaksomradeView,
} from '../read-model.js';

/** The satsningsområde that holds the tiltaksområder a plan no longer has, last in the tree. */
export const GONE_SATSNINGSOMRADE = {
  satsningsomradeId: 'tiltaksomrade-finnes-ikke-lenger',
  // Real satsningsområder are numbered 1..99; 0 sorts apart and says it is none of them.
  number: 0,
  title: 'Tiltaksområder som ikke finnes lenger',
} as const;

/**
 * The plan tree from the plan's state and its tiltak's views at the same point: each tiltak under the
 * tiltaksområde it had then. A tiltak whose tiltaksområde the plan does not have at that point (a retraction of
 * the area's creation leaves one behind: docs/domain.md) still shows, under a tiltaksområde marked `exists: false`
 * in GONE_SATSNINGSOMRADE, so the reports and `tiltakCount` count it as the commands still reach it. Objects are
 * extended with Object.assign, not `{ ...area, tiltaksomrader }`: docs/performance.md (spread copies outlived
 * young GCs).
 */
export function assemblePlanView(
  plan: PlanState,
  origin: { revision: bigint; lastChange: EventSummary },
  tiltak: readonly TiltakView[],
): PlanView {
  const byArea = new Map<string, TiltakView[]>();
  for (const view of tiltak) {
    const list = byArea.get(view.tiltaksomradeId);
    if (list === undefined) byArea.set(view.tiltaksomradeId, [view]);
    else list.push(view);
  }
  const satsningsomrader: SatsningsomradeView[] = [...plan.satsningsomrader]
    .sort((a, b) => a.number - b.number)
    .map((area) =>
      Object.assign({}, area, {
        exists: true,
        tiltaksomrader: plan.tiltaksomrader
          .filter((inner) => inner.satsningsomradeId === area.satsningsomradeId)
          .map((inner) =>
            Object.assign({}, inner, {
              exists: true,
              tiltak: (byArea.get(inner.tiltaksomradeId) ?? []).sort(compareTiltak),
            }),
          ),
      }),
    );
  const gone = goneTiltaksomrader(plan, byArea);
  if (gone.length > 0) {
    satsningsomrader.push(Object.assign({}, GONE_SATSNINGSOMRADE, { exists: false, tiltaksomrader: gone }));
  }
  const { satsningsomrader: _flatAreas, tiltaksomrader: _flatInner, ...planFields } = plan;
  return Object.assign(planFields, {
    satsningsomrader,
    revision: origin.revision,
    lastChange: origin.lastChange,
  });
}

/** The tiltaksområder tiltak name that the plan does not have (or whose satsningsområde it does not have). */
function goneTiltaksomrader(plan: PlanState, byArea: ReadonlyMap<string, TiltakView[]>): TiltaksomradeView[] {
  const placed = new Set<string>();
  const areas = new Set(plan.satsningsomrader.map((area) => area.satsningsomradeId));
  for (const inner of plan.tiltaksomrader)
    if (areas.has(inner.satsningsomradeId)) placed.add(inner.tiltaksomradeId);
  const gone: TiltaksomradeView[] = [];
  for (const [tiltaksomradeId, list] of byArea) {
    if (placed.has(tiltaksomradeId)) continue;
    gone.push({
      tiltaksomradeId,
      satsningsomradeId: GONE_SATSNINGSOMRADE.satsningsomradeId,
      title: `Tiltaksområde ${tiltaksomradeId} finnes ikke lenger`,
      exists: false,
      tiltak: list.sort(compareTiltak),
    });
  }
  return gone.sort((a, b) => compareIds(a.tiltaksomradeId, b.tiltaksomradeId));
}

/**
 * By number, then in the order they were created (the sort is stable and `tiltak` comes in creation order): the
 * importer creates a document's tiltak in its order, so two "Tiltak 3" and the unnumbered HSØ projects keep it.
 */
function compareTiltak(a: TiltakView, b: TiltakView): number {
  return compareTiltakNumbers(a.number, b.number);
}
