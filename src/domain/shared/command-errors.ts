import type { z } from 'zod';
import { DomainError } from './domain-error.js';

export type CommandErrorCode =
  'COMMAND.INVALID' | 'COMMAND.UNKNOWN_TYPE' | 'COMMAND.EFFECTIVE_IN_FUTURE' | 'COMMAND.EMPTY';

/** One field a command's schema refused: its dotted path, the zod issue code and a human message. */
export interface FieldIssue {
  path: string;
  code: string;
  message: string;
}

/** The command as a whole is refused before any rule is looked at: bad input, unknown type, a date in the future. */
export class CommandError extends DomainError<CommandErrorCode> {
  constructor(
    readonly code: CommandErrorCode,
    message: string,
    details?: Record<string, unknown>,
  ) {
    super(message, details);
  }

  /** The issues of a failed schema parse, for `errors[]` in a problem+json body. */
  get issues(): readonly FieldIssue[] {
    const issues = this.details?.['issues'];
    return Array.isArray(issues) ? (issues as FieldIssue[]) : [];
  }

  static fromZod(commandType: string, error: z.ZodError): CommandError {
    const issues: FieldIssue[] = error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      code: issue.code,
      message: issue.message,
    }));
    return new CommandError('COMMAND.INVALID', `${commandType}: the command does not match its schema`, {
      commandType,
      issues,
    });
  }
}

/**
 * A command that names nothing to change (`{}` as a revision) is wrong input, not a refused rule: whatever the
 * state, it could never do anything. Distinct from `*.NO_CHANGE`, where the values given are those in force.
 */
export function requireSomethingNamed(commandType: string, fields: Readonly<Record<string, unknown>>): void {
  if (Object.values(fields).some((value) => value !== undefined)) return;
  throw new CommandError('COMMAND.EMPTY', `${commandType} names none of ${Object.keys(fields).join(', ')}`, {
    commandType,
    fields: Object.keys(fields),
  });
}
