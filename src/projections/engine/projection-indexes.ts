import {
  instantMillis,
  parseStreamId,
  planDecider,
  retractionTarget,
  StoredEventError,
  tiltakDecider,
  type PlanEvent,
  type PlanState,
  type TiltakEvent,
  type TiltakState,
} from '../../domain/index.js';
import { eventFields, type RecordedEvent } from '../../store/index.js';
import { AuditIndex } from '../audit/index.js';
import { EventIdIndex } from './event-id-index.js';
import { EntityHistory, type IndexedEvent, type ProjectedRecord } from './entity-history.js';
import type { EntityIndexes, PlanHistory, TiltakHistory } from './entity-indexes.js';
import { PlanStateKeys } from '../plan-at/index.js';
import { TILTAK_KEPT_STATES, type KeptTiltak } from './tiltak-kept-states.js';

export type { PlanHistory, TiltakHistory } from './entity-indexes.js';

type Stream =
  | { kind: 'plan'; id: string; history: PlanHistory | null }
  | { kind: 'tiltak'; id: string; history: TiltakHistory | null };

/**
 * Every index the read side answers from, fed one stored event at a time in position order. Only this class
 * mutates them; the read model only reads. An event the domain cannot read is reported and left out, so one bad
 * row never stops the projections. Every index refers to the one IndexedEvent of each event: no copies.
 */
export class ProjectionIndexes implements EntityIndexes {
  readonly plans = new Map<string, PlanHistory>();
  readonly tiltak = new Map<string, TiltakHistory>();
  /** Tiltak ids per plan, in order of creation. */
  readonly tiltakOfPlan = new Map<string, string[]>();
  readonly audit = new AuditIndex();
  /** Every event by id (locateEvent), following the audit's list of every event. */
  readonly eventIds = new EventIdIndex(this.audit.all);
  /** Per plan, the times its answers change at (planStateKey). */
  readonly planStateKeys = new PlanStateKeys(this.audit.all);
  /** Every stream seen, by stream id: what it is, and its history once it has one. */
  readonly #streams = new Map<string, Stream>();
  #position: bigint | null = null;
  readonly #checkpointEvery: number | undefined;

  /** checkpointEvery: the valid-time index keeps a state after every n-th event (tests vary it). */
  constructor(options: { checkpointEvery?: number | undefined } = {}) {
    this.#checkpointEvery = options.checkpointEvery;
  }

  get position(): bigint | null {
    return this.#position;
  }

  /** Applies one event; throws (after advancing the position) when the domain cannot read it. */
  apply(stored: RecordedEvent): void {
    this.#position = stored.position;
    const recorded = withoutHashChain(stored);
    const stream = this.#streamOf(recorded);
    const effectiveMs = instantMillis(recorded.effectiveAt);
    const recordedMs = instantMillis(recorded.recordedAt);
    let indexed: IndexedEvent<PlanEvent | TiltakEvent>;
    if (stream.kind === 'plan') {
      // The replay's reading: current-version data as the domain stored it, older versions upcast.
      const event = planDecider.readTrustedEvent(recorded);
      const planIndexed: IndexedEvent<PlanEvent> = {
        recorded,
        event,
        effectiveMs,
        recordedMs,
        retracts: retractionTarget(event),
        planId: stream.id,
        tiltakId: null,
      };
      stream.history ??= this.#newPlanHistory(stream.id);
      stream.history.add(planIndexed);
      indexed = planIndexed;
    } else {
      const tiltakId = stream.id;
      const event = tiltakDecider.readTrustedEvent(recorded);
      if (event.type === 'TiltakCreated' && stream.history === null) {
        const list = this.tiltakOfPlan.get(event.data.planId);
        if (list === undefined) this.tiltakOfPlan.set(event.data.planId, [tiltakId]);
        else list.push(tiltakId);
      }
      const history = (stream.history ??= this.#newTiltakHistory(tiltakId));
      const tiltakIndexed: IndexedEvent<TiltakEvent> = {
        recorded,
        event,
        effectiveMs,
        recordedMs,
        retracts: retractionTarget(event),
        planId: planIdOf(history) ?? (event.type === 'TiltakCreated' ? event.data.planId : null),
        tiltakId,
      };
      history.add(tiltakIndexed);
      indexed = tiltakIndexed;
    }
    this.audit.add(indexed);
  }

  /**
   * Catches the indexes that follow the log up by up to `limit` events each (LogFollower); true when all are
   * complete. Each read of one of them catches it up in full anyway.
   */
  catchUpFollowers(limit: number): boolean {
    const ids = this.eventIds.catchUp(limit);
    const audit = this.audit.catchUp(limit);
    const keys = this.planStateKeys.catchUp(limit);
    return ids && audit && keys;
  }

  /**
   * The stream an event belongs to, read once per stream rather than per event (the id's schema check and its
   * slice were a tenth of start-up), so every event of a stream shares one id string.
   */
  #streamOf(recorded: ProjectedRecord): Stream {
    const known = this.#streams.get(recorded.streamId);
    if (known !== undefined) return known;
    const parsed = parseStreamId(recorded.streamId);
    if (parsed === null) {
      throw new StoredEventError(
        'EVENT.UNKNOWN_TYPE',
        `${recorded.streamId} is not a plan or tiltak stream`,
        {
          streamId: recorded.streamId,
          type: recorded.type,
        },
      );
    }
    // The history is made with the stream's first readable event, so a stream of unreadable events has none.
    const stream: Stream =
      parsed.kind === 'plan'
        ? { kind: 'plan', id: parsed.id, history: this.plans.get(parsed.id) ?? null }
        : { kind: 'tiltak', id: parsed.id, history: this.tiltak.get(parsed.id) ?? null };
    this.#streams.set(recorded.streamId, stream);
    return stream;
  }

  #newPlanHistory(planId: string): PlanHistory {
    const history = new EntityHistory<PlanState, PlanEvent>(planDecider.evolve, this.#checkpointEvery);
    this.plans.set(planId, history);
    return history;
  }

  #newTiltakHistory(tiltakId: string): TiltakHistory {
    const history = new EntityHistory<TiltakState, TiltakEvent, KeptTiltak>(
      tiltakDecider.evolve,
      this.#checkpointEvery,
      tiltakDecider.fold,
      TILTAK_KEPT_STATES,
    );
    this.tiltak.set(tiltakId, history);
    return history;
  }
}

/** The plan a tiltak belongs to: named by its creation, the stream's first event. */
export function planIdOf(history: TiltakHistory): string | null {
  const first = history.events[0]?.event;
  return first?.type === 'TiltakCreated' ? first.data.planId : null;
}

/** The envelope without its two 64-character hashes (a sixth of what an event costs in memory): the store's one list of its fields, and its position. */
function withoutHashChain(stored: RecordedEvent): ProjectedRecord {
  return Object.assign(eventFields(stored, stored), { position: stored.position });
}
