import type { PlanState } from '../domain/index.js';
import { compareTiltakNumbers, NATURAL } from './analysis/plan-view-walk.js';
import type { EventSummary, PlanView, SatsningsomradeView, TiltakView } from './read-model.js';

/**
 * The plan tree from the plan's state and its tiltak's views at the same point: each tiltak under the
 * tiltaksområde it had then. A tiltak whose tiltaksområde the plan did not have at that point is left out (the
 * domain never records one; a retraction of the area's creation could leave one behind). Objects are extended with
 * Object.assign, not `{ ...area, tiltaksomrader }`: docs/performance.md (spread copies outlived young GCs).
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
        tiltaksomrader: plan.tiltaksomrader
          .filter((inner) => inner.satsningsomradeId === area.satsningsomradeId)
          .map((inner) =>
            Object.assign({}, inner, {
              tiltak: (byArea.get(inner.tiltaksomradeId) ?? []).sort(compareTiltak),
            }),
          ),
      }),
    );
  const { satsningsomrader: _flatAreas, tiltaksomrader: _flatInner, ...planFields } = plan;
  return Object.assign(planFields, {
    satsningsomrader,
    revision: origin.revision,
    lastChange: origin.lastChange,
  });
}

function compareTiltak(a: TiltakView, b: TiltakView): number {
  return compareTiltakNumbers(a.number, b.number) || NATURAL.compare(a.title, b.title);
}
