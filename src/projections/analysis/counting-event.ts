import {
  parseStreamId,
  planEventSchemas,
  tiltakEventSchemas,
  type PlanEventData,
  type PlanEventType,
  type TiltakEventBody,
} from '../../domain/index.js';
import type { EventSummary } from '../read-model.js';

/** A counting event as the read model hands it to the analyses: its envelope and its (upcast) payload. */
export interface CountingEvent extends EventSummary {
  data: unknown;
  /** The tiltak it belongs to; null for an event of the plan's own stream. */
  tiltakId: string | null;
}

export type PlanEventBody = { [T in PlanEventType]: { type: T; data: PlanEventData<T> } }[PlanEventType];

/** An event's type and payload, typed by the schema of its stream's aggregate. */
export type ReadEvent = ({ aggregate: 'plan' } & PlanEventBody) | ({ aggregate: 'tiltak' } & TiltakEventBody);

/**
 * Types a counting event's payload by checking it against the current schema of its type. Null for a payload that
 * does not match (the read model hands over parsed data, so that would be a bug upstream; analyses then skip it).
 */
export function readEvent(event: { streamId: string; type: string; data: unknown }): ReadEvent | null {
  const stream = parseStreamId(event.streamId);
  if (stream === null) return null;
  if (stream.kind === 'plan') {
    if (!Object.hasOwn(planEventSchemas, event.type)) return null;
    const parsed = planEventSchemas[event.type as PlanEventType].safeParse(event.data);
    // The schema of `type` accepted the data, so the pair is that member of the union.
    return parsed.success ? ({ aggregate: 'plan', type: event.type, data: parsed.data } as ReadEvent) : null;
  }
  if (!Object.hasOwn(tiltakEventSchemas, event.type)) return null;
  const parsed = tiltakEventSchemas[event.type as TiltakEventBody['type']].safeParse(event.data);
  return parsed.success ? ({ aggregate: 'tiltak', type: event.type, data: parsed.data } as ReadEvent) : null;
}

/** The envelope alone, without the payload and the tiltak id the analyses were given. */
export { summaryOf } from '../event-summary.js';
