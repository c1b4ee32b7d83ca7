// A tiny given/when/then harness: given stored events, when a command, then the events decided or an error.
// It drives the same pure functions the command handler uses (parseCommand, targetStream, contextStream,
// decideOnFolds), so a scenario here is exactly what the handler would decide on those streams.
import type { Test } from 'tap';
import {
  contextStream,
  decideOnFolds,
  foldStream,
  needsHistory,
  isPlanEventType,
  isTiltakEventType,
  normalizeInstant,
  parseCommand,
  planEventSpecs,
  tiltakEventSpecs,
  targetStream,
  type Actor,
  type DomainError,
  type EventDraft,
  type StoredEvent,
} from '../../src/domain/index.js';

export const DEFAULT_NOW = '2023-01-01T12:00:00.000Z';
export const ACTOR: Actor = { id: 'user-1', name: 'Kari Nordmann', role: 'editor', organization: 'Ahus' };

/** An event as a scenario states it: the stream, the payload, when it took effect and (optionally) was recorded. */
export interface GivenEvent {
  streamId: string;
  type: string;
  data: unknown;
  effectiveAt: string;
  recordedAt?: string;
  reason?: string | null;
  eventId?: string;
  schemaVersion?: number;
}

/** What a scenario expects of a decided event; effectiveAt and reason are compared only when stated. */
export interface ExpectedEvent {
  type: string;
  data: unknown;
  effectiveAt?: string | null;
  reason?: string | null;
}

export interface When {
  type: string;
  data: unknown;
  now?: string;
}

type ErrorClass = abstract new (...args: never[]) => DomainError;

/** Stored events as a store would return them: ids, per-stream revisions, positions, non-decreasing recordedAt. */
export class History {
  readonly events: StoredEvent[] = [];
  private nextPosition = 1n;

  constructor(given: readonly GivenEvent[] = []) {
    for (const event of given) this.add(event);
  }

  add(event: GivenEvent): StoredEvent {
    const effectiveAt = normalizeInstant(event.effectiveAt);
    const previous = this.events.at(-1)?.recordedAt;
    const wanted = normalizeInstant(event.recordedAt ?? effectiveAt);
    const stored: StoredEvent = {
      eventId: event.eventId ?? `e${this.nextPosition}`,
      type: event.type,
      schemaVersion: event.schemaVersion ?? currentVersion(event.type),
      streamId: event.streamId,
      revision: BigInt(this.stream(event.streamId).length),
      position: this.nextPosition,
      recordedAt: previous !== undefined && previous > wanted ? previous : wanted,
      effectiveAt,
      reason: event.reason ?? null,
      data: event.data,
    };
    this.nextPosition += 1n;
    this.events.push(stored);
    return stored;
  }

  /** Records decided drafts as the store would: at `now`, effectiveAt defaulting to it. */
  record(streamId: string, drafts: readonly EventDraft[], now: string): StoredEvent[] {
    return drafts.map((draft) =>
      this.add({
        streamId,
        type: draft.type,
        schemaVersion: draft.schemaVersion,
        data: draft.data,
        effectiveAt: draft.effectiveAt ?? now,
        recordedAt: now,
        reason: draft.reason,
      }),
    );
  }

  stream(streamId: string): StoredEvent[] {
    return this.events.filter((event) => event.streamId === streamId);
  }
}

export function given(...events: (GivenEvent | readonly GivenEvent[])[]): Scenario {
  return new Scenario(new History(events.flat()));
}

export class Scenario {
  constructor(readonly history: History) {}

  when(command: When): Outcome {
    return new Outcome(this.history, command);
  }
}

export class Outcome {
  constructor(
    readonly history: History,
    readonly command: When,
  ) {}

  /** Decides the command; throws what the domain throws. */
  decide(): { streamId: string; drafts: EventDraft[] } {
    const now = this.command.now ?? DEFAULT_NOW;
    const command = parseCommand({ type: this.command.type, data: this.command.data }, { now, actor: ACTOR });
    const streamId = targetStream(command);
    // The handler's path: fold the streams, and read them whole only when the domain asks for it.
    const target = this.history.stream(streamId);
    const targetFold = foldStream(streamId, target);
    const context = contextStream(command, targetFold);
    const contextEvents = context === null ? [] : this.history.stream(context);
    const folds = {
      target: targetFold,
      context: context === null ? null : foldStream(context, contextEvents),
    };
    const history = needsHistory(command, folds) ? { target, context: contextEvents } : null;
    const drafts = decideOnFolds(command, folds, history);
    return { streamId, drafts };
  }

  then(t: Test, expected: readonly ExpectedEvent[]): EventDraft[] {
    return this.check(t, expected).drafts;
  }

  /** Decides, checks and records the events in the history, as the handler would append them at `now`. */
  thenRecorded(t: Test, expected: readonly ExpectedEvent[]): History {
    const { streamId, drafts } = this.check(t, expected);
    this.history.record(streamId, drafts, this.command.now ?? DEFAULT_NOW);
    return this.history;
  }

  private check(t: Test, expected: readonly ExpectedEvent[]): { streamId: string; drafts: EventDraft[] } {
    const decided = this.decide();
    const comparable = decided.drafts.map((draft, index) => pickLike(draft, expected[index]));
    t.strictSame(comparable, expected, 'the decided events');
    return decided;
  }

  thenThrows(t: Test, errorClass: ErrorClass, code: string): DomainError | undefined {
    try {
      const { drafts } = this.decide();
      t.fail(`expected ${code}, but decided ${drafts.map((draft) => draft.type).join(', ')}`);
      return undefined;
    } catch (error) {
      if (!(error instanceof errorClass)) throw error;
      t.equal(error.code, code, `refused with ${code}`);
      return error;
    }
  }
}

/** Asserts that `run` throws a DomainError of the class and code given (never a message). */
export function throwsDomainError(t: Test, run: () => unknown, errorClass: ErrorClass, code: string): void {
  try {
    run();
    t.fail(`expected ${code}`);
  } catch (error) {
    if (!(error instanceof errorClass)) throw error;
    t.equal(error.code, code, `refused with ${code}`);
  }
}

function pickLike(draft: EventDraft, expected: ExpectedEvent | undefined): ExpectedEvent {
  const picked: ExpectedEvent = { type: draft.type, data: draft.data };
  if (expected !== undefined && 'effectiveAt' in expected) picked.effectiveAt = draft.effectiveAt;
  if (expected !== undefined && 'reason' in expected) picked.reason = draft.reason;
  return picked;
}

/** Scenarios state events in their current shape unless they say otherwise. */
function currentVersion(type: string): number {
  if (isTiltakEventType(type)) return tiltakEventSpecs[type].schemaVersion;
  if (isPlanEventType(type)) return planEventSpecs[type].schemaVersion;
  return 1;
}
