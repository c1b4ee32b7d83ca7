import { isPlanCommandType, type PlanCommand } from '../plan/plan.commands.js';
import { decidePlan, loadPlanDecisionState } from '../plan/plan.decide.js';
import { isPlanEventType, planEventSpecs } from '../plan/plan.events.js';
import { StoredEventError } from '../shared/event-errors.js';
import { planStreamId, tiltakStreamId } from '../shared/ids.js';
import type { EventDraft, StoredEvent } from '../shared/stored-event.js';
import {
  decideTiltak,
  loadTiltakDecisionState,
  tiltakDecisionStateFromFolds,
  tiltakNeedsHistory,
  type TiltakCommandFolds,
} from '../tiltak/tiltak.decide.js';
import { isTiltakEventType, tiltakEventSpecs } from '../tiltak/tiltak.events.js';
import type { CommandMetadata } from '../shared/command-metadata.js';
import { foldForward, foldStream, type CommandFold } from './command-fold.js';
import { parseCommand, type CommandInput, type DomainCommand } from './domain-command.js';

/** The streams a command is decided on: the one it appends to, and the one it only reads (a tiltak's plan). */
export interface CommandStreams {
  target: readonly StoredEvent[];
  context: readonly StoredEvent[];
}

/** The same two streams as folds (CommandFold); context null when the command reads no second stream. */
export interface CommandFolds {
  target: CommandFold;
  context: CommandFold | null;
}

/**
 * The port between the domain and whoever handles commands (src/application): everything the handler needs to
 * know about a command without knowing the domain's rules. The handler owns I/O (reading streams, appending with
 * an expected revision, retrying), ids, clock and actor, and keeps the folds between commands; the domain owns
 * which streams matter, how their events fold, and what to record.
 */
export interface CommandHandlingPort {
  /** Validates the caller's input; throws CommandError. */
  parse(input: CommandInput, metadata: CommandMetadata): DomainCommand;
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
  targetStream,
  foldStream,
  foldForward,
  contextStream,
  needsHistory,
  decide: decideOnFolds,
};

export function targetStream(command: DomainCommand): string {
  return isPlanCommand(command) ? planStreamId(command.data.planId) : tiltakStreamId(command.data.tiltakId);
}

export function contextStream(command: DomainCommand, target: CommandFold): string | null {
  if (isPlanCommand(command)) return null;
  if (command.type === 'CreateTiltak') return planStreamId(command.data.planId);
  return target.kind === 'tiltak' && target.planId !== null ? planStreamId(target.planId) : null;
}

/** Plan commands are rare and their streams short: they are always decided on the whole stream. */
export function needsHistory(command: DomainCommand, folds: CommandFolds): boolean {
  return isPlanCommand(command) || tiltakNeedsHistory(command, tiltakFolds(folds));
}

/** Decides on the folds, or on the whole streams when given (DESIGN.md §3: the state at effectiveAt). */
export function decideOnFolds(
  command: DomainCommand,
  folds: CommandFolds,
  history: CommandStreams | null,
): EventDraft[] {
  if (history !== null) return decideCommand(command, history);
  if (isPlanCommand(command)) throw new TypeError(`${command.type} is decided on the whole history`);
  const drafts = decideTiltak(command, tiltakDecisionStateFromFolds(command, tiltakFolds(folds)));
  drafts.forEach(requireReadableDraft);
  return drafts;
}

/** Folds the whole streams to the states the command is checked against (DESIGN.md §3) and decides. */
export function decideCommand(command: DomainCommand, streams: CommandStreams): EventDraft[] {
  const drafts: EventDraft[] = isPlanCommand(command)
    ? decidePlan(command, loadPlanDecisionState(command, streams.target))
    : decideTiltak(command, loadTiltakDecisionState(command, streams.target, streams.context));
  drafts.forEach(requireReadableDraft);
  return drafts;
}

function tiltakFolds(folds: CommandFolds): TiltakCommandFolds {
  const { target, context } = folds;
  if (target.kind !== 'tiltak') throw new TypeError(`${target.streamId} is not a tiltak stream`);
  if (context !== null && context.kind !== 'plan') throw new TypeError(`${context.streamId} is not a plan`);
  return { tiltak: target.latest, tiltakStreamExists: target.revision >= 0n, plan: context?.latest ?? null };
}

function isPlanCommand(command: DomainCommand): command is PlanCommand {
  return isPlanCommandType(command.type);
}

// A guard against the domain's own bugs: what is appended must read back with the event's current schema.
function requireReadableDraft(draft: EventDraft): void {
  const spec = isPlanEventType(draft.type)
    ? planEventSpecs[draft.type]
    : isTiltakEventType(draft.type)
      ? tiltakEventSpecs[draft.type]
      : undefined;
  if (spec?.schema.safeParse(draft.data).success !== true) {
    throw new StoredEventError('EVENT.INVALID_DATA', `decided ${draft.type} does not match its schema`, {
      type: draft.type,
    });
  }
}
