import type { PlanEvent } from './plan/plan.events.js';
import { planDecider } from './plan/plan.decider.js';
import { StoredEventError } from './shared/event-errors.js';
import { parseStreamId } from './shared/ids.js';
import type { StoredEvent } from './shared/stored-event.js';
import type { TiltakEvent } from './tiltak/tiltak.events.js';
import { tiltakDecider } from './tiltak/tiltak.decider.js';

export type DomainEvent =
  | ({ aggregate: 'plan'; aggregateId: string } & PlanEvent)
  | ({ aggregate: 'tiltak'; aggregateId: string } & TiltakEvent);

/** Any stored event of a plan or tiltak stream, upcast and parsed; for readers of the whole log (projections). */
export function parseDomainEvent(stored: StoredEvent): DomainEvent {
  const stream = parseStreamId(stored.streamId);
  if (stream === null) {
    throw new StoredEventError(
      'EVENT.UNKNOWN_TYPE',
      `${stored.streamId} is neither a plan nor a tiltak stream`,
      {
        streamId: stored.streamId,
        type: stored.type,
      },
    );
  }
  switch (stream.kind) {
    case 'plan':
      return { aggregate: 'plan', aggregateId: stream.id, ...planDecider.readEvent(stored) };
    case 'tiltak':
      return { aggregate: 'tiltak', aggregateId: stream.id, ...tiltakDecider.readEvent(stored) };
    default: {
      const unknownKind: never = stream.kind;
      throw new TypeError(`unknown stream kind ${String(unknownKind)}`);
    }
  }
}
