import type { EventTypeSpec } from '../shared/event-registry.js';
import type { EventDraft, StoredEvent } from '../shared/stored-event.js';
import type { TemporalPoint } from '../time/temporal-selection.js';

/** The kinds of stream an aggregate owns: `plan-<id>`, `tiltak-<id>` (parseStreamId). */
export type StreamKind = 'plan' | 'tiltak';

/**
 * An aggregate as one value, shaped as Emmett's Decider: the state of a stream with no events, one event applied
 * to a state, and a command decided on a state. Pure, all three.
 *
 * Unlike Emmett's, `decide` is not handed the evolved state itself but a `DecisionState` built from it (DESIGN.md
 * §3): a command is checked against the entity at its own effectiveAt and against its latest state, and a
 * retraction against the stream's ledger, so the state it sees is two folds and a ledger rather than one fold.
 */
export interface Decider<Command, Event, State, DecisionState = State> {
  initialState: () => State;
  evolve: (state: State, event: Event) => State;
  decide: (command: Command, state: DecisionState) => EventDraft[];
}

/** What the command side keeps of one stream between commands (the application's state cache keys on it). */
export interface FoldEnvelope<Kind extends StreamKind> {
  kind: Kind;
  streamId: string;
  /** Revision of the last event covered; -1n when the stream has none. */
  revision: bigint;
}

/** The streams a command is decided on: the one it appends to, and the one it only reads (a tiltak's plan). */
export interface CommandStreams {
  target: readonly StoredEvent[];
  context: readonly StoredEvent[];
}

/** The same two streams as folds; context null when the command reads no second stream. */
export interface AggregateFolds<TargetFold, ContextFold> {
  target: TargetFold;
  context: ContextFold | null;
}

/**
 * One aggregate's decider with what reading its streams and the command handler need of it: the entry of the
 * decider table (command/decider-table.ts) that the command side and the projections' per-entity history both use.
 */
export interface AggregateDecider<
  Command extends { type: string },
  Event,
  State,
  DecisionState,
  Fold extends FoldEnvelope<StreamKind>,
  ContextFold extends FoldEnvelope<StreamKind> = never,
> extends Decider<Command, Event, State, DecisionState> {
  /** The kind of stream it owns, and the kind of the one stream it may read beside it (null: none). */
  kind: Fold['kind'];
  contextKind: ContextFold['kind'] | null;
  /** The command types it decides; each is decided by exactly one aggregate. */
  commandTypes: readonly Command['type'][];
  /** Its event types, each with its current schema version and its upcasters. */
  eventSpecs: Readonly<Record<string, EventTypeSpec<unknown>>>;
  /** A stored event of its stream, upcast and checked against its schema. */
  readEvent: (stored: StoredEvent) => Event;
  /** The same as a replay of the log reads it: current-version data as stored, not checked again. */
  readTrustedEvent: (stored: StoredEvent) => Event;
  /** Folds events already selected and ordered onto `state` without changing it: evolve, reduced. */
  fold: (state: State, events: readonly Event[]) => State;
  /** The state at (validAt, knownAt) from the stream's stored events (DESIGN.md §3). */
  stateAt: (events: readonly StoredEvent[], at?: TemporalPoint) => State;
  /** The stream the command appends to (and whose revision guards it). */
  targetStream: (command: Command) => string;
  /** The second stream to read, known once the target has been folded; null when none. */
  contextStream: (command: Command, target: Fold) => string | null;
  /** The command side's fold of a stream's whole history, its events from revision 0. */
  foldStream: (streamId: string, events: readonly StoredEvent[]) => Fold;
  /** `fold` carried over the events after it, or null (fold the whole stream); gives `fold` up. */
  foldForward: (fold: Fold, events: readonly StoredEvent[]) => Fold | null;
  /** Whether the command needs the streams whole beside their folds (a retraction, a back-dated command). */
  needsHistory: (command: Command, folds: AggregateFolds<Fold, ContextFold>) => boolean;
  /** What decide is handed, from the folds alone (needsHistory said no). */
  stateFromFolds: (command: Command, folds: AggregateFolds<Fold, ContextFold>) => DecisionState;
  /** What decide is handed, from the whole streams. */
  stateFromStreams: (command: Command, streams: CommandStreams) => DecisionState;
}
