/** One command of an import that the domain refused, or a fact the importer cannot express as a command. */
export interface ImportProblem {
  /** JSON Pointer (RFC 6901) into the plan document: the fact the command was made from. */
  path: string;
  /** The domain's error code (`TILTAK.TRANSITION_NOT_ALLOWED`, `COMMAND.INVALID`, ...) or an `IMPORT.*` code. */
  code: string;
  /** The command that was refused, or null when the fact gave no command. */
  command: string | null;
  message: string;
}

/**
 * A document that passed its schema but whose commands broke domain rules. Every refused command is listed, and
 * nothing of the document was appended.
 */
export class PlanImportRejected extends Error {
  readonly code = 'IMPORT.COMMANDS_REJECTED';
  constructor(
    readonly document: string,
    readonly problems: readonly ImportProblem[],
  ) {
    const first = problems[0];
    super(
      `${document}: ${problems.length} command(s) refused; first: ${first?.path ?? ''} ${first?.code ?? ''}`,
    );
    this.name = 'PlanImportRejected';
  }
}
