import { planCommandSchemas, type PlanCommand } from '../plan/plan.commands.js';
import { CommandError } from '../shared/command-errors.js';
import { CommandMetadataSchema, type CommandMetadata } from '../shared/command-metadata.js';
import { tiltakCommandSchemas, type TiltakCommand } from '../tiltak/tiltak.commands.js';
import { InstantSchema } from '../time/instants.js';

/** Every command's data schema by command type: what HTTP bodies and the importer are built from. */
export const commandSchemas = { ...planCommandSchemas, ...tiltakCommandSchemas } as const;

export type DomainCommandType = keyof typeof commandSchemas;
export type DomainCommand = PlanCommand | TiltakCommand;

/** A command as a caller hands it in, before validation. */
export interface CommandInput {
  type: string;
  data: unknown;
}

export function isCommandType(type: string): type is DomainCommandType {
  return Object.hasOwn(commandSchemas, type);
}

/**
 * Validates a command's data against its schema (unknown fields, lengths, dates, amounts) and joins it with the
 * server's metadata. Nothing reaches decide unparsed; a refusal is a CommandError naming each bad field.
 */
export function parseCommand(input: CommandInput, metadata: CommandMetadata): DomainCommand {
  const { type } = input;
  if (!isCommandType(type)) {
    throw new CommandError('COMMAND.UNKNOWN_TYPE', `no command ${type}`, { commandType: type });
  }
  const parsedMetadata = CommandMetadataSchema.safeParse(metadata);
  if (!parsedMetadata.success) throw CommandError.fromZod(type, parsedMetadata.error);
  const parsed = commandSchemas[type].safeParse(input.data);
  if (!parsed.success) throw CommandError.fromZod(type, parsed.error);
  // The schema chosen by `type` parsed the data, so the triple is one member of the DomainCommand union.
  return { type, data: parsed.data, metadata: parsedMetadata.data } as DomainCommand;
}

/**
 * The command as handled at `now` (the same command, a later clock reading). The handler reads the clock again once
 * the command's stream is its own: a command queued behind others on its stream was parsed before they were
 * recorded, and a `now` from then would lie before their effective times (each is recorded when its turn came),
 * making a change "as of now" look back-dated.
 */
export function commandAt(command: DomainCommand, now: string): DomainCommand {
  // Only `now` is new: the actor was parsed with the command.
  const metadata = Object.assign({}, command.metadata, { now: InstantSchema.parse(now) });
  return Object.assign({}, command, { metadata });
}
