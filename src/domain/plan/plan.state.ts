import type { Party } from '../party/party.schema.js';
import type { GoalKind, PlanPeriod } from './plan.events.js';

export interface Goal {
  goalId: string;
  kind: GoalKind;
  text: string;
}

export interface Satsningsomrade {
  satsningsomradeId: string;
  number: number;
  title: string;
}

export interface Tiltaksomrade {
  tiltaksomradeId: string;
  satsningsomradeId: string;
  title: string;
}

/** A plan as the events that count at some (validAt, knownAt) make it. Lists keep the order things were added. */
export interface PlanState {
  planId: string;
  title: string;
  period: PlanPeriod;
  owner: Party;
  /** effectiveAt of PlanCreated. */
  createdAt: string;
  /** effectiveAt of PlanPublished, or null while the plan is a draft. */
  publishedAt: string | null;
  goals: readonly Goal[];
  satsningsomrader: readonly Satsningsomrade[];
  tiltaksomrader: readonly Tiltaksomrade[];
}

export function findSatsningsomrade(plan: PlanState, satsningsomradeId: string): Satsningsomrade | undefined {
  return plan.satsningsomrader.find((area) => area.satsningsomradeId === satsningsomradeId);
}

export function findTiltaksomrade(plan: PlanState, tiltaksomradeId: string): Tiltaksomrade | undefined {
  return plan.tiltaksomrader.find((area) => area.tiltaksomradeId === tiltaksomradeId);
}

export function findGoal(plan: PlanState, goalId: string): Goal | undefined {
  return plan.goals.find((goal) => goal.goalId === goalId);
}
