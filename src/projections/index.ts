// The read side (DESIGN.md §3): what the HTTP layer, the importer and the benchmarks may use.
import type { EventStore } from '../store/event-store.js';
import { ProjectionIndexes } from './engine/projection-indexes.js';
import { ProjectionQueries } from './engine/projection-read-model.js';
import { ProjectionRunner, type ProjectionLogger } from './engine/projection-runner.js';
import type { ReadModel } from './read-model.js';

export type * from './read-model.js';
export type { PlanStateKey } from './plan-at/index.js';
export { TimelineError, MAX_CHANGES_PER_INTERVAL, type TimelineErrorCode } from './timeline/index.js';
export type { PlacedTiltak } from './plan-at/index.js';
export {
  findTiltak,
  foldForSearch,
  matchesText,
  osloDateOf,
  pageOf,
  plansAt,
  type Page,
  type PageCursor,
  type PartyRoleFilter,
  type TiltakFilter,
} from './finding/index.js';
export {
  buildPartyRegister,
  involvementOf,
  PARTY_ROLES,
  PartyRegister,
  type PartyInvolvement,
  type PartyRole,
  type RegisteredParty,
} from './parties/index.js';
export {
  responsibilityTotals,
  rolledUpResponsibility,
  RESPONSIBILITY_TOTALS_COLUMNS,
  ROLLED_UP_RESPONSIBILITY_COLUMNS,
  type ResponsibilityTotalsRow,
  type RolledUpResponsibilityRow,
} from './reports/index.js';
export type { ProjectionLogger } from './engine/projection-runner.js';
export { checkReadiness, type ReadinessSources, type ReadinessState } from './engine/projection-readiness.js';

export interface Projections extends ReadModel {
  /** Whether the subscription follows the store now (readiness asks). */
  isSubscribed(): boolean;
  stop(): Promise<void>;
}

/**
 * Starts the catch-up subscription from the start of the log and returns at once; isCaughtUp() tells when the
 * replay is done (readiness waits for it).
 */
export function startProjections(
  store: EventStore,
  options: { logger?: ProjectionLogger | undefined; checkpointEvery?: number | undefined } = {},
): Projections {
  const indexes = new ProjectionIndexes({ checkpointEvery: options.checkpointEvery });
  const queries = new ProjectionQueries(indexes);
  const runner = new ProjectionRunner(store, indexes, options.logger);
  runner.start();
  return {
    listPlans: (at) => queries.listPlans(at),
    planAt: (planId, at) => queries.planAt(planId, at),
    planStateKey: (planId, at) => queries.planStateKey(planId, at),
    tiltakAt: (tiltakId, at) => queries.tiltakAt(tiltakId, at),
    tiltakHistory: (tiltakId, query) => queries.tiltakHistory(tiltakId, query),
    timeline: (planId, timelineOptions) => queries.timeline(planId, timelineOptions),
    diff: (planId, from, to) => queries.diff(planId, from, to),
    statusReport: (query) => queries.statusReport(query),
    statusTotals: (query) => queries.statusTotals(query),
    tiltakStatusList: (query) => queries.tiltakStatusList(query),
    fundingReport: (query) => queries.fundingReport(query),
    fundingTotals: (query) => queries.fundingTotals(query),
    responsibilityReport: (query) => queries.responsibilityReport(query),
    audit: (query) => queries.audit(query),
    locateEvent: (eventId) => queries.locateEvent(eventId),
    planOfTiltak: (tiltakId) => queries.planOfTiltak(tiltakId),
    position: () => indexes.position,
    isCaughtUp: () => runner.caughtUp,
    isSubscribed: () => runner.subscribed,
    waitForPosition: (position, timeoutMs) => runner.waitForPosition(position, timeoutMs),
    stop: () => runner.stop(),
  };
}
