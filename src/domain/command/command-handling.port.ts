import { StoredEventError } from '../shared/event-errors.js';
import type { CommandMetadata } from '../shared/command-metadata.js';
import type { EventDraft, StoredEvent } from '../shared/stored-event.js';
import { foldForward, foldStream, type CommandFold } from './command-fold.js';
import type { AggregateFolds, CommandStreams } from './decider.js';
import { deciderOfCommand, foldsFor, type TableDecider } from './decider-table.js';
import { commandAt, parseCommand, type CommandInput, type DomainCommand } from './domain-command.js';

export type { CommandStreams };

/** The same two streams as folds (CommandFold); context null when the command reads no second stream. */
export type CommandFolds = AggregateFolds<CommandFold, CommandFold>;

/**
 * The port between the domain and whoever handles commands (src/application): everything the handler needs to
 * know about a command without knowing the domain's rules. The handler owns I/O (reading streams, appending with
 * an expected revision, retrying), ids, clock and actor, and keeps the folds between commands; the domain owns
 * which streams matter, how their events fold, and what to record.
 */
export interface CommandHandlingPort {
  /** Validates the caller's input; throws CommandError. */
  parse(input: CommandInput, metadata: CommandMetadata): DomainCommand;
  /** The same command with a later `now`: the clock read again when its turn on the stream has come. */
  at(command: DomainCommand, now: string): DomainCommand;
  /** The stream the command appends to (and whose revision guards it). */
  targetStream(command: DomainCommand): string;
  /** Pure: the fold of a stream's whole history (its events from revision 0). */
  foldStream(streamId: string, events: readonly StoredEvent[]): CommandFold;
  /** Pure: the fold carried forward over the events after it, or null (fold the whole stream); gives `fold` up. */
  foldForward(fold: CommandFold, events: readonly StoredEvent[]): CommandFold | null;
  /** A second stream to read, known once the target has been folded: the tiltak's plan. Null when none. */
  contextStream(command: DomainCommand, target: CommandFold): string | null;
  /** Whether decide needs the streams' whole history beside their folds (a retraction, a back-dated command). */
  needsHistory(command: DomainCommand, folds: CommandFolds): boolean;
  /**
   * Pure: the events to append, or a DomainError. Never empty. `history` (the streams whole) is given exactly
   * when needsHistory says so.
   */
  decide(command: DomainCommand, folds: CommandFolds, history: CommandStreams | null): EventDraft[];
}

export const commandHandling: CommandHandlingPort = {
  parse: parseCommand,
  at: commandAt,
  targetStream,
  foldStream,
  foldForward,
  contextStream,
  needsHistory,
  decide: decideOnFolds,
};

// Each function below looks the command's decider up in the table (decider-table.ts) and hands the call to it.

export function targetStream(command: DomainCommand): string {
  return deciderOfCommand(command.type).targetStream(command);
}

export function contextStream(command: DomainCommand, target: CommandFold): string | null {
  const decider = deciderOfCommand(command.type);
  return decider.contextStream(command, foldsFor(decider, { target, context: null }).target);
}

export function needsHistory(command: DomainCommand, folds: CommandFolds): boolean {
  const decider = deciderOfCommand(command.type);
  return decider.needsHistory(command, foldsFor(decider, folds));
}

/** Decides on the folds, or on the whole streams when given (DESIGN.md §3: the state at effectiveAt). */
export function decideOnFolds(
  command: DomainCommand,
  folds: CommandFolds,
  history: CommandStreams | null,
): EventDraft[] {
  const decider = deciderOfCommand(command.type);
  if (history !== null) return decided(decider, command, decider.stateFromStreams(command, history));
  return decided(decider, command, decider.stateFromFolds(command, foldsFor(decider, folds)));
}

/** Folds the whole streams to the states the command is checked against (DESIGN.md §3) and decides. */
export function decideCommand(command: DomainCommand, streams: CommandStreams): EventDraft[] {
  const decider = deciderOfCommand(command.type);
  return decided(decider, command, decider.stateFromStreams(command, streams));
}

function decided(decider: TableDecider, command: DomainCommand, state: unknown): EventDraft[] {
  const drafts = decider.decide(command, state);
  for (const draft of drafts) requireReadableDraft(decider, draft);
  return drafts;
}

// A guard against the domain's own bugs: what is appended must read back with the event's current schema.
function requireReadableDraft(decider: TableDecider, draft: EventDraft): void {
  const spec = Object.hasOwn(decider.eventSpecs, draft.type) ? decider.eventSpecs[draft.type] : undefined;
  if (spec?.schema.safeParse(draft.data).success !== true) {
    throw new StoredEventError('EVENT.INVALID_DATA', `decided ${draft.type} does not match its schema`, {
      type: draft.type,
    });
  }
}
