import type { PlanEvent } from './plan.events.js';
import type { PlanState } from './plan.state.js';

/**
 * One event applied to a plan. Pure and total: an event that finds no plan (or no entity to change) leaves the
 * state as it is, so a fold never throws on history the rules would not produce today.
 */
export function evolvePlan(state: PlanState | null, event: PlanEvent): PlanState | null {
  if (event.type === 'PlanCreated') {
    const { planId, title, period, owner } = event.data;
    return {
      planId,
      title,
      period,
      owner,
      createdAt: event.effectiveAt,
      publishedAt: null,
      goals: [],
      satsningsomrader: [],
      tiltaksomrader: [],
    };
  }
  if (state === null) return null;
  switch (event.type) {
    case 'PlanRevised':
      return {
        ...state,
        title: event.data.title ?? state.title,
        period: event.data.period ?? state.period,
      };
    case 'GoalAdded': {
      const { goalId, kind, text } = event.data;
      return { ...state, goals: [...state.goals, { goalId, kind, text }] };
    }
    case 'GoalRevised':
      return {
        ...state,
        goals: state.goals.map((goal) =>
          goal.goalId === event.data.goalId ? { ...goal, text: event.data.text } : goal,
        ),
      };
    case 'SatsningsomradeAdded': {
      const { satsningsomradeId, number, title } = event.data;
      return {
        ...state,
        satsningsomrader: [...state.satsningsomrader, { satsningsomradeId, number, title }],
      };
    }
    case 'SatsningsomradeRevised':
      return {
        ...state,
        satsningsomrader: state.satsningsomrader.map((area) =>
          area.satsningsomradeId === event.data.satsningsomradeId
            ? { ...area, number: event.data.number ?? area.number, title: event.data.title ?? area.title }
            : area,
        ),
      };
    case 'TiltaksomradeAdded': {
      const { tiltaksomradeId, satsningsomradeId, title } = event.data;
      return {
        ...state,
        tiltaksomrader: [...state.tiltaksomrader, { tiltaksomradeId, satsningsomradeId, title }],
      };
    }
    case 'TiltaksomradeRevised':
      return {
        ...state,
        tiltaksomrader: state.tiltaksomrader.map((area) =>
          area.tiltaksomradeId === event.data.tiltaksomradeId ? { ...area, title: event.data.title } : area,
        ),
      };
    case 'PlanPublished':
      return { ...state, publishedAt: state.publishedAt ?? event.effectiveAt };
    case 'EventRetracted':
      // The temporal selection has already applied it; it changes what counts, not the plan.
      return state;
    default: {
      const unknownEvent: never = event;
      throw new TypeError(`unknown plan event ${JSON.stringify(unknownEvent)}`);
    }
  }
}

/** Folds events already selected and ordered (see selectEventsAt) into a plan. */
export function foldPlan(events: readonly PlanEvent[]): PlanState | null {
  return foldPlanFrom(null, events);
}

/** The same, continuing from `start` (a plan step copies what it changes, so `start` stays as it was). */
export function foldPlanFrom(start: PlanState | null, events: readonly PlanEvent[]): PlanState | null {
  return events.reduce<PlanState | null>(evolvePlan, start);
}
