import { setTimeout as sleep } from 'node:timers/promises';
import {
  commandHandling,
  type CommandFold,
  type CommandHandlingPort,
  type CommandInput,
  type DomainCommand,
  type EventDraft,
  parseStreamId,
} from '../domain/index.js';
import {
  VersionConflict,
  newEvent,
  type Actor,
  type EventSource,
  type EventStore,
  type ExpectedRevision,
  type NewEvent,
  type RecordedEvent,
} from '../store/index.js';
import type { TraceSpan } from '../observability/index.js';
import { IdempotencyKeyReused } from './idempotency-errors.js';
import { KeyedLock } from './keyed-lock.js';
import { OutOfScope } from './out-of-scope.js';
import { nameBasedUuid } from './name-based-id.js';
import { DEFAULT_STATE_CACHE_STREAMS, StateCache } from './state-cache.js';
import { timeOrderedUuid } from './time-ordered-id.js';

/** Who asks, from where, and on what condition. Everything here comes from the server, never from a body. */
export interface CommandContext {
  /** The authenticated principal. */
  actor: Actor;
  /** Default `{ kind: 'api' }`; the importer passes the document and a locator into its text. */
  source?: EventSource;
  /** The client's `If-Match` revision: append only if the stream is still there. No retry when given. */
  expectedRevision?: bigint;
  /** One id per request, shared by every event it appends; generated when absent. */
  correlationId?: string;
  /** The request's span when traces are exported: the command and its append become spans inside it. */
  traceSpan?: TraceSpan | null;
  /** What caused the events; defaults to the correlation id (the request itself). */
  causationId?: string | null;
  /**
   * Names the event ids (an Idempotency-Key with its token): a retry with the same seed finds its own earlier
   * append in the stream and returns that result instead of appending again, even after a crash between the
   * append and the answer.
   */
  eventIdSeed?: string;
  /**
   * With eventIdSeed: the digest of the request the key came with, stored in each event's source. A retry whose
   * seed finds events with another digest is refused (IdempotencyKeyReused) rather than answered with them.
   */
  requestDigest?: string;
  /**
   * The plans the caller may change; absent: every plan. A command on a tiltak is in the plan its stream was
   * created in (read from the stream itself, not a read model that may lag), a plan command in its own plan.
   */
  planScope?: readonly string[] | undefined;
}

export interface CommandResult {
  streamId: string;
  /** Revision of the last event appended: the stream's new ETag. */
  revision: bigint;
  /** Position of the last event appended: a reader waiting for it sees the whole append. */
  position: bigint;
  eventIds: string[];
  /** True when the result is that of an earlier append with the same Idempotency-Key: nothing was appended. */
  replayed: boolean;
}

export interface CommandHandlerOptions {
  store: EventStore;
  /** The server's clock: `now` of every command. */
  clock?: () => Date;
  /**
   * Event and correlation ids; time-ordered uuids (RFC 9562 version 7) unless a test injects one. In time order,
   * each new event id goes to the end of the store's event-id index rather than to a random page of it: a commit
   * of many appends then changes one of its pages, not one per append (docs/performance.md).
   */
  newId?: () => string;
  /** Retries after a version conflict when the caller gave no expected revision. Default 5. */
  maxRetries?: number;
  /** Pause before retry n (0-based), in ms. Default: random up to 5·2ⁿ ms, so competing writers spread out. */
  retryDelayMs?: (attempt: number) => number;
  /** The domain's side of command handling; the real one unless a test replaces it. */
  domain?: CommandHandlingPort;
  /** Streams whose folds are kept between commands (least recently used go first). Default 10,000. */
  stateCacheStreams?: number;
}

export const DEFAULT_MAX_RETRIES = 5;

/**
 * The command loop of DESIGN.md §3-§4, outside the pure domain: validate, bring the folds of the target stream
 * (and of the plan a tiltak belongs to) up to date from the state cache and the events recorded since, decide,
 * append with the revision the fold covers (the store's check is the authority), carry the fold over the
 * appended events. Without If-Match a version conflict (another writer in between) is retried a bounded number of times
 * on fresh reads; with If-Match it surfaces as the store's VersionConflict.
 */
export class CommandHandler {
  readonly #store: EventStore;
  readonly #clock: () => Date;
  readonly #newId: () => string;
  readonly #maxRetries: number;
  readonly #retryDelayMs: (attempt: number) => number;
  readonly #domain: CommandHandlingPort;
  readonly #streamLock = new KeyedLock();
  readonly #states: StateCache;

  constructor(options: CommandHandlerOptions) {
    this.#store = options.store;
    this.#clock = options.clock ?? (() => new Date());
    this.#newId = options.newId ?? (() => timeOrderedUuid());
    this.#maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.#retryDelayMs = options.retryDelayMs ?? ((attempt) => Math.random() * 5 * 2 ** attempt);
    this.#domain = options.domain ?? commandHandling;
    this.#states = new StateCache(options.stateCacheStreams ?? DEFAULT_STATE_CACHE_STREAMS);
  }

  /**
   * Handles one command. Throws CommandError for bad input, another DomainError for a broken rule (nothing is
   * appended), VersionConflict when If-Match does not hold or retries run out.
   */
  async handle(input: CommandInput, context: CommandContext): Promise<CommandResult> {
    const requestSpan = context.traceSpan ?? null;
    if (requestSpan === null) return this.#handle(input, context, null);
    const span = requestSpan.child('command');
    try {
      const result = await this.#handle(input, context, span);
      span.setAttributes({
        'samhandlingsplan.stream': result.streamId,
        'samhandlingsplan.position': String(result.position),
        'samhandlingsplan.revision': String(result.revision),
        'samhandlingsplan.replayed': result.replayed,
      });
      return result;
    } catch (error) {
      span.fail(error);
      throw error;
    } finally {
      span.end();
    }
  }

  #handle(input: CommandInput, context: CommandContext, span: TraceSpan | null): Promise<CommandResult> {
    const command = this.#domain.parse(input, { now: this.#clock().toISOString(), actor: context.actor });
    // Named once parsed: an unknown type is the client's text and is not recorded.
    span?.setAttributes({ 'samhandlingsplan.command.type': command.type });
    const streamId = this.#domain.targetStream(command);
    const correlationId = context.correlationId ?? this.#newId();
    return this.#streamLock.run(streamId, () =>
      this.#decideAndAppend(command, streamId, context, correlationId, span),
    );
  }

  async #decideAndAppend(
    parsed: DomainCommand,
    streamId: string,
    context: CommandContext,
    correlationId: string,
    span: TraceSpan | null,
  ): Promise<CommandResult> {
    for (let attempt = 0; ; attempt++) {
      // `now` read with the stream ours: the commands queued before this one are recorded by then (see commandAt).
      const command = this.#domain.at(parsed, this.#clock().toISOString());
      if (context.eventIdSeed !== undefined) {
        const earlier = await this.#earlierAppend(streamId, context.eventIdSeed);
        if (earlier !== null) {
          if (earlier.requestDigest !== undefined && earlier.requestDigest !== context.requestDigest) {
            throw new IdempotencyKeyReused();
          }
          return earlier.result;
        }
      }
      const target = await this.#currentFold(streamId);
      const actual = target.revision === -1n ? 'no_stream' : target.revision;
      const expected = context.expectedRevision ?? actual;
      // A precondition that fails is reported as such, before any rule is looked at.
      if (context.expectedRevision !== undefined && context.expectedRevision !== actual) {
        throw new VersionConflict(streamId, context.expectedRevision, actual);
      }
      const contextStreamId = this.#domain.contextStream(command, target);
      if (context.planScope !== undefined) requireInScope(context.planScope, streamId, contextStreamId);
      // Read as of the target's read: one look at what other processes wrote serves both.
      const contextFold =
        contextStreamId === null
          ? null
          : await this.#currentFold(contextStreamId, { asOfPreviousRead: true });
      const folds = { target, context: contextFold };
      // Only a command the folds cannot decide (a retraction, a correction, a back-dated one) reads the streams whole.
      const history = this.#domain.needsHistory(command, folds)
        ? {
            target: await this.#store.readStream(streamId),
            context: contextStreamId === null ? [] : await this.#store.readStream(contextStreamId),
          }
        : null;
      const drafts = this.#domain.decide(command, folds, history);
      const corrected = history === null ? null : correctedEvent(command, history.target);
      const events = drafts.map((draft, index) => {
        const event = this.#toNewEvent(draft, index, context, correlationId);
        // A correction's drafts are the retraction, then the right event: that one keeps the corrected source.
        return corrected === null || index === 0
          ? event
          : { ...event, source: correctionSource(corrected, event.source) };
      });
      try {
        const result = await this.#append(streamId, events, expected, span);
        this.#carryForward(streamId, result.events);
        return {
          streamId,
          revision: result.revision,
          position: result.position,
          eventIds: events.map((event) => event.eventId),
          replayed: false,
        };
      } catch (error) {
        // The key's event ids are stored, but in another stream: the key was used for another command.
        if (context.eventIdSeed !== undefined && isDuplicateEventId(error)) throw new IdempotencyKeyReused();
        // The fold was behind the store (another writer): the next attempt folds what it did not cover.
        if (error instanceof VersionConflict) this.#states.delete(streamId);
        const retry =
          error instanceof VersionConflict &&
          context.expectedRevision === undefined &&
          attempt < this.#maxRetries;
        if (!retry) throw error;
        await sleep(this.#retryDelayMs(attempt));
      }
    }
  }

  /**
   * The stream's fold as the store has it now: the cached fold carried forward over the events recorded after
   * it, read from its revision on; the whole stream only when nothing is cached or the new events cannot be
   * carried forward (a retraction, a back-dated event).
   */
  async #currentFold(streamId: string, { asOfPreviousRead = false } = {}): Promise<CommandFold> {
    const cached = this.#states.get(streamId);
    const events = await this.#store.readStream(
      streamId,
      cached === undefined ? { asOfPreviousRead } : { fromRevision: cached.revision + 1n, asOfPreviousRead },
    );
    // Another command may have carried the same fold on meanwhile (a plan read by many tiltak commands at once).
    const base = this.#states.get(streamId) ?? cached;
    if (base === undefined) return this.#keep(this.#domain.foldStream(streamId, events));
    const newer = base === cached ? events : events.filter((event) => event.revision > base.revision);
    const carried = this.#carry(streamId, base, newer);
    if (carried !== null) return carried;
    return this.#keep(this.#domain.foldStream(streamId, await this.#store.readStream(streamId)));
  }

  /** After an append: the fold kept for the stream takes the events just recorded, so the next command reads none. */
  #carryForward(streamId: string, recorded: readonly RecordedEvent[]): void {
    const base = this.#states.get(streamId);
    if (base === undefined || recorded.length === 0) return;
    try {
      this.#carry(streamId, base, recorded);
    } catch {
      // The append stands; a fold that cannot take its events is dropped and the next command folds afresh.
    }
  }

  // `base` is given up by foldForward: its result takes its place at once, or the stream's entry goes.
  #carry(streamId: string, base: CommandFold, events: readonly RecordedEvent[]): CommandFold | null {
    let carried: CommandFold | null;
    try {
      carried = this.#domain.foldForward(base, events);
    } catch (error) {
      this.#states.delete(streamId);
      throw error;
    }
    if (carried === null) this.#states.delete(streamId);
    else if (carried !== base) this.#states.set(carried);
    return carried;
  }

  #keep(fold: CommandFold): CommandFold {
    const kept = this.#states.get(fold.streamId);
    if (kept === undefined || kept.revision < fold.revision) this.#states.set(fold);
    return fold;
  }

  /**
   * The result of an append made earlier with the same seed, with the request digest its events carry; null
   * when there is none. Looked up by event id where the store can (no scan of the stream), else in the stream.
   */
  async #earlierAppend(streamId: string, seed: string): Promise<EarlierAppend | null> {
    if (this.#store.findEvent === undefined) {
      return earlierAppendIn(await this.#store.readStream(streamId), seed);
    }
    const first = await this.#store.findEvent(seededEventId(seed, 0));
    if (first === null) return null;
    // The key's events are in another stream: the key was used for another command.
    if (first.streamId !== streamId) throw new IdempotencyKeyReused();
    return earlierAppendIn(await this.#store.readStream(streamId, { fromRevision: first.revision }), seed);
  }

  /** The store's append, as a span inside the command's when traces are exported; untraced, the bare call. */
  #append(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedRevision,
    commandSpan: TraceSpan | null,
  ): ReturnType<EventStore['append']> {
    if (commandSpan === null) return this.#store.append(streamId, events, expected);
    return this.#tracedAppend(streamId, events, expected, commandSpan);
  }

  async #tracedAppend(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedRevision,
    commandSpan: TraceSpan,
  ): ReturnType<EventStore['append']> {
    const span = commandSpan.child('append', {
      'samhandlingsplan.stream': streamId,
      'samhandlingsplan.expected_revision': String(expected),
      'samhandlingsplan.events': events.length,
    });
    try {
      const result = await this.#store.append(streamId, events, expected);
      span.setAttributes({
        'samhandlingsplan.position': String(result.position),
        'samhandlingsplan.revision': String(result.revision),
      });
      return result;
    } catch (error) {
      span.fail(error);
      throw error;
    } finally {
      span.end();
    }
  }

  #toNewEvent(draft: EventDraft, index: number, context: CommandContext, correlationId: string): NewEvent {
    return newEvent(draft, {
      eventId: context.eventIdSeed === undefined ? this.#newId() : seededEventId(context.eventIdSeed, index),
      actor: context.actor,
      correlationId,
      causationId: context.causationId === undefined ? correlationId : context.causationId,
      source:
        context.source ??
        (context.requestDigest === undefined
          ? { kind: 'api' }
          : { kind: 'api', requestDigest: context.requestDigest }),
    });
  }
}

/** The event a correction command retracts and replaces, as read from its stream; null for other commands. */
function correctedEvent(command: DomainCommand, target: readonly RecordedEvent[]): RecordedEvent | null {
  if (command.type !== 'CorrectTiltakEvent' && command.type !== 'CorrectPlanEvent') return null;
  const { eventId } = command.data;
  return target.find((event) => event.eventId === eventId) ?? null;
}

/**
 * The source of the right value a correction records: the corrected event's document and locator when it was
 * imported (the fact still comes from there), else the request's own; either way naming the corrected event.
 */
function correctionSource(corrected: RecordedEvent, own: EventSource): EventSource {
  const correctionOf = corrected.eventId;
  if (corrected.source.kind === 'import') {
    const { document, locator } = corrected.source;
    return { kind: 'import', document, locator, correctionOf };
  }
  return own.kind === 'system' ? own : { ...own, correctionOf };
}

/** The plan a command changes is the plan stream it appends to or reads; none (an unknown tiltak) is decided. */
function requireInScope(scope: readonly string[], streamId: string, contextStreamId: string | null): void {
  const planStream = [streamId, contextStreamId].map((id) => (id === null ? null : parseStreamId(id)));
  const plan = planStream.find((parsed) => parsed?.kind === 'plan');
  if (plan !== undefined && plan !== null && !scope.includes(plan.id)) throw new OutOfScope(plan.id);
}

function seededEventId(seed: string, index: number): string {
  return nameBasedUuid('samhandlingsplan:command', `${seed}#${index}`);
}

interface EarlierAppend {
  result: CommandResult;
  requestDigest: string | undefined;
}

/** The earlier append with the seed's event ids among `stream` (events of the target stream), or null. */
function earlierAppendIn(stream: readonly RecordedEvent[], seed: string): EarlierAppend | null {
  const first = seededEventId(seed, 0);
  const start = stream.findIndex((event) => event.eventId === first);
  if (start === -1) return null;
  const appended: RecordedEvent[] = [];
  for (let index = start; index < stream.length; index++) {
    const event = stream[index] as RecordedEvent;
    if (event.eventId !== seededEventId(seed, appended.length)) break;
    appended.push(event);
  }
  const last = appended.at(-1) as RecordedEvent;
  const firstEvent = appended[0] as RecordedEvent;
  return {
    result: {
      streamId: last.streamId,
      revision: last.revision,
      position: last.position,
      eventIds: appended.map((event) => event.eventId),
      replayed: true,
    },
    requestDigest: firstEvent.source.kind === 'api' ? firstEvent.source.requestDigest : undefined,
  };
}

/** Each adapter's duplicate-id error carries this code (SQLite's DuplicateEventId, and any other's). */
function isDuplicateEventId(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'STORE.DUPLICATE_EVENT_ID';
}
