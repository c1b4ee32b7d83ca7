/**
 * An Idempotency-Key whose events are stored already, sent with a different request (another body, another
 * tiltak). Keys that appended are bound to their command for good: their event ids are derived from them.
 */
export class IdempotencyKeyReused extends Error {
  readonly code = 'IDEMPOTENCY.KEY_REUSED';
  constructor() {
    super('this Idempotency-Key was used for a different request; use a new key');
    this.name = 'IdempotencyKeyReused';
  }
}
