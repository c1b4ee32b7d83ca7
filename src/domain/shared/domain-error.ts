/**
 * Base of every error the domain throws on purpose: a broken rule or bad input. `code` is stable (clients and the
 * HTTP layer switch on it, docs/domain.md lists them all); `details` carries the facts that explain it. No HTTP
 * status here: src/http maps codes to responses.
 */
export abstract class DomainError<Code extends string = string> extends Error {
  abstract readonly code: Code;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = new.target.name;
    this.details = details;
  }
}

/** A refusal by the domain (bad input or a broken rule), as opposed to a failure of the store or a bug. */
export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
