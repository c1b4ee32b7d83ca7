export type TimelineErrorCode = 'TIMELINE.INVALID_RANGE' | 'TIMELINE.TOO_MANY_INTERVALS';

/** A timeline that cannot be drawn as asked; both codes are the caller's input (HTTP 400). */
export class TimelineError extends Error {
  readonly code: TimelineErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: TimelineErrorCode, message: string, details: Record<string, unknown>) {
    super(message);
    this.name = 'TimelineError';
    this.code = code;
    this.details = details;
  }
}
