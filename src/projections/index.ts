// The read side (DESIGN.md §3): what the HTTP layer, the importer and the benchmarks may use.
import type { EventStore } from '../store/index.js';
import { auditQueries } from './audit/index.js';
import { diffQueries } from './diff/index.js';
import { logQueries } from './engine/log.queries.js';
import { ProjectionIndexes } from './engine/projection-indexes.js';
import { ProjectionRunner, type ProjectionLogger } from './engine/projection-runner.js';
import { planAtQueries, planStateKeySource, type PlanStateKeySource } from './plan-at/index.js';
import type { ReadModel } from './read-model.js';
import { reportQueries } from './reports/index.js';
import { tiltakHistoryQueries } from './tiltak-history/index.js';
import { timelineQueries } from './timeline/index.js';

export type * from './read-model.js';
export type { PlanStateKey, PlanStateKeySource } from './plan-at/index.js';
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
  FUNDING_REPORT_COLUMNS,
  FUNDING_TOTALS_COLUMNS,
  RESPONSIBILITY_REPORT_COLUMNS,
  STATUS_REPORT_COLUMNS,
  STATUS_TOTALS_COLUMNS,
  TILTAK_STATUS_COLUMNS,
  responsibilityTotals,
  rolledUpResponsibility,
  RESPONSIBILITY_TOTALS_COLUMNS,
  ROLLED_UP_RESPONSIBILITY_COLUMNS,
  type ResponsibilityTotalsRow,
  type RolledUpResponsibilityRow,
} from './reports/index.js';
export type { ProjectionLogger } from './engine/projection-runner.js';
export { checkReadiness, type ReadinessSources, type ReadinessState } from './engine/projection-readiness.js';

/**
 * The read models and the runner that keeps them current. The routes read it as ReadModel; the composition root
 * hands it to the HTTP response cache as its PlanStateKeySource.
 */
export interface Projections extends ReadModel, PlanStateKeySource {
  /** Whether the subscription follows the store now (readiness asks). */
  isSubscribed(): boolean;
  stop(): Promise<void>;
}

/**
 * Starts the catch-up subscription from the start of the log and returns at once; isCaughtUp() tells when the
 * replay is done (readiness waits for it). The ReadModel is the read models' own query objects side by side,
 * each over the indexes it reads (and the plan tree, for those built on it): one spread here, at start-up.
 */
export function startProjections(
  store: EventStore,
  options: { logger?: ProjectionLogger | undefined; checkpointEvery?: number | undefined } = {},
): Projections {
  const indexes = new ProjectionIndexes({ checkpointEvery: options.checkpointEvery });
  const runner = new ProjectionRunner(store, indexes, options.logger);
  const plans = planAtQueries(indexes);
  const projections: Projections = {
    ...plans,
    ...planStateKeySource(indexes.planStateKeys),
    ...tiltakHistoryQueries(indexes),
    ...timelineQueries(indexes, plans),
    ...diffQueries(indexes, plans),
    ...reportQueries(indexes, plans),
    ...auditQueries(indexes.audit),
    ...logQueries(indexes, runner),
  };
  runner.start();
  return projections;
}
