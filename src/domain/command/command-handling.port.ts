import { isPlanCommandType, type PlanCommand } from '../plan/plan.commands.js';
import { decidePlan, loadPlanDecisionState } from '../plan/plan.decide.js';
import { isPlanEventType, planEventSpecs } from '../plan/plan.events.js';
import { StoredEventError } from '../shared/event-errors.js';
import { planStreamId, tiltakStreamId } from '../shared/ids.js';
import type { EventDraft, StoredEvent } from '../shared/stored-event.js';
import { decideTiltak, loadTiltakDecisionState } from '../tiltak/tiltak.decide.js';
import { isTiltakEventType, tiltakEventSpecs } from '../tiltak/tiltak.events.js';
import { parseTiltakEvent } from '../tiltak/tiltak.read.js';
import type { CommandMetadata } from '../shared/command-metadata.js';
import { parseCommand, type CommandInput, type DomainCommand } from './domain-command.js';

/** The streams a command is decided on: the one it appends to, and the one it only reads (a tiltak's plan). */
export interface CommandStreams {
  target: readonly StoredEvent[];
  context: readonly StoredEvent[];
}

/**
 * The port between the domain and whoever handles commands (src/application): everything the handler needs to
 * know about a command without knowing the domain's rules. The handler owns I/O (reading streams, appending with
 * an expected revision, retrying), ids, clock and actor; the domain owns which streams matter and what to record.
 */
export interface CommandHandlingPort {
  /** Validates the caller's input; throws CommandError. */
  parse(input: CommandInput, metadata: CommandMetadata): DomainCommand;
  /** The stream the command appends to (and whose revision guards it). */
  targetStream(command: DomainCommand): string;
  /** A second stream to read, known once the target has been read: the tiltak's plan. Null when none. */
  contextStream(command: DomainCommand, target: readonly StoredEvent[]): string | null;
  /** Pure: the events to append, or a DomainError. Never empty. */
  decide(command: DomainCommand, streams: CommandStreams): EventDraft[];
}

export const commandHandling: CommandHandlingPort = {
  parse: parseCommand,
  targetStream,
  contextStream,
  decide: decideCommand,
};

export function targetStream(command: DomainCommand): string {
  return isPlanCommand(command) ? planStreamId(command.data.planId) : tiltakStreamId(command.data.tiltakId);
}

export function contextStream(command: DomainCommand, target: readonly StoredEvent[]): string | null {
  if (isPlanCommand(command)) return null;
  if (command.type === 'CreateTiltak') return planStreamId(command.data.planId);
  const [first] = target;
  if (first === undefined) return null;
  const created = parseTiltakEvent(first);
  return created.type === 'TiltakCreated' ? planStreamId(created.data.planId) : null;
}

/** Folds the streams to the states the command is checked against (DESIGN.md §3) and decides. */
export function decideCommand(command: DomainCommand, streams: CommandStreams): EventDraft[] {
  const drafts: EventDraft[] = isPlanCommand(command)
    ? decidePlan(command, loadPlanDecisionState(command, streams.target))
    : decideTiltak(command, loadTiltakDecisionState(command, streams.target, streams.context));
  drafts.forEach(requireReadableDraft);
  return drafts;
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
