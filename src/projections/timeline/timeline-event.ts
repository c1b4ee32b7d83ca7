import type { PlanEvent, TiltakEvent } from '../../domain/index.js';

/**
 * A counting event as the timeline takes it: the domain's parsed event (typed by its aggregate's schema, as the
 * projections' history holds it), with the aggregate it belongs to. Plan and tiltak streams share a type name
 * (EventRetracted), so the aggregate is what tells the two unions apart.
 */
export type TimelineEvent =
  | { aggregate: 'plan'; tiltakId: null; event: PlanEvent }
  | { aggregate: 'tiltak'; tiltakId: string; event: TiltakEvent };
