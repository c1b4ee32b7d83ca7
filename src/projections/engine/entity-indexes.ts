import type { PlanEvent, PlanState, TiltakEvent, TiltakState } from '../../domain/index.js';
import type { EntityHistory } from './entity-history.js';
import type { EventIdIndex } from './event-id-index.js';
import type { KeptTiltak } from './tiltak-kept-states.js';

export type PlanHistory = EntityHistory<PlanState, PlanEvent>;
export type TiltakHistory = EntityHistory<TiltakState, TiltakEvent, KeptTiltak>;

/**
 * What the read models read of the indexes. ProjectionIndexes alone writes them; a read model's queries take
 * this view of it, so they can neither change an index nor depend on how the runner fills it.
 */
export interface EntityIndexes {
  readonly plans: ReadonlyMap<string, PlanHistory>;
  readonly tiltak: ReadonlyMap<string, TiltakHistory>;
  /** Tiltak ids per plan, in order of creation. */
  readonly tiltakOfPlan: ReadonlyMap<string, readonly string[]>;
  readonly eventIds: EventIdIndex;
}
