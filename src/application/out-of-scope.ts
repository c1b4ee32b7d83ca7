/**
 * A command or read on a plan the token is not scoped to (docs/api.md, "Tokens"). Not a domain rule: the domain
 * knows no tokens. HTTP answers it 403 `AUTH.OUT_OF_SCOPE`.
 */
export class OutOfScope extends Error {
  override readonly name = 'OutOfScope';
  readonly code = 'AUTH.OUT_OF_SCOPE';
  /** The plan asked about; null for a log-wide read a scoped token may not make. */
  readonly planId: string | null;

  constructor(planId: string | null) {
    super(
      planId === null
        ? 'a token scoped to plans may not read the whole log'
        : `the token is not scoped to the plan ${planId}`,
    );
    this.planId = planId;
  }
}
