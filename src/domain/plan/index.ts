// The plan aggregate: its decider (decide, evolve, initialState, and how its streams are read and folded), its
// events, commands, state and errors.

export { planDecider, type PlanCommandFold } from './plan.decider.js';
export * from './plan.events.js';
export * from './plan.commands.js';
export type { PlanState, Goal, Satsningsomrade, Tiltaksomrade } from './plan.state.js';
export type { PlanDecisionState } from './plan.decide.js';
export { PlanError, type PlanErrorCode } from './plan.errors.js';
