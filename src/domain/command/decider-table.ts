import { planDecider, type PlanCommandFold } from '../plan/plan.decider.js';
import { CommandError } from '../shared/command-errors.js';
import { parseStreamId } from '../shared/ids.js';
import { tiltakDecider, type TiltakCommandFold } from '../tiltak/tiltak.decider.js';
import type { AggregateDecider, AggregateFolds, StreamKind } from './decider.js';
import type { DomainCommand } from './domain-command.js';

/** What the command side keeps of any stream between commands: one aggregate's fold, tagged with its kind. */
export type CommandFold = PlanCommandFold | TiltakCommandFold;

/** An entry of the table with its own types erased: the table hands it only its own commands, streams and folds. */
export type TableDecider = AggregateDecider<
  DomainCommand,
  unknown,
  unknown,
  unknown,
  CommandFold,
  CommandFold
>;

// The one place the aggregates' own types are widened: every lookup below checks the command type or the fold's
// kind against the entry before handing anything to it.
function entry<C extends DomainCommand, E, S, D, F extends CommandFold, X extends CommandFold>(
  decider: AggregateDecider<C, E, S, D, F, X>,
): TableDecider {
  return decider as unknown as TableDecider;
}

/** Every aggregate's decider by the kind of stream it owns: adding an aggregate is adding a row here. */
export const deciders: Readonly<Record<StreamKind, TableDecider>> = {
  plan: entry(planDecider),
  tiltak: entry(tiltakDecider),
};

const byCommandType: ReadonlyMap<string, TableDecider> = commandIndex(Object.values(deciders));

function commandIndex(entries: readonly TableDecider[]): ReadonlyMap<string, TableDecider> {
  const index = new Map<string, TableDecider>();
  for (const decider of entries) {
    for (const type of decider.commandTypes) {
      if (index.has(type)) throw new TypeError(`command ${type} is decided by two aggregates`);
      index.set(type, decider);
    }
  }
  return index;
}

/** The decider of a command type; an unknown type is the caller's mistake (COMMAND.UNKNOWN_TYPE). */
export function deciderOfCommand(type: string): TableDecider {
  const decider = byCommandType.get(type);
  if (decider === undefined) {
    throw new CommandError('COMMAND.UNKNOWN_TYPE', `no command ${type}`, { commandType: type });
  }
  return decider;
}

/** The decider owning a stream; a stream of no aggregate is a bug of the caller (TypeError). */
export function deciderOfStream(streamId: string): TableDecider {
  const parsed = parseStreamId(streamId);
  if (parsed === null) throw new TypeError(`${streamId} is neither a plan nor a tiltak stream`);
  return deciders[parsed.kind];
}

/** The folds as `decider` takes them: its own kind of target, and its kind of context when there is one. */
export function foldsFor(
  decider: TableDecider,
  folds: AggregateFolds<CommandFold, CommandFold>,
): AggregateFolds<CommandFold, CommandFold> {
  const { target, context } = folds;
  if (target.kind !== decider.kind) throw new TypeError(`${target.streamId} is not a ${decider.kind} stream`);
  if (context !== null && context.kind !== decider.contextKind) {
    throw new TypeError(`${context.streamId} is not a ${String(decider.contextKind)} stream`);
  }
  return folds;
}
