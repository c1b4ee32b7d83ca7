import { CommandError } from '../shared/command-errors.js';
import type { CommandMetadata } from '../shared/command-metadata.js';
import { instantMillis, normalizeInstant } from './instants.js';

/** The draft's effectiveAt: the client's, normalised to UTC, or null for "when it is recorded". */
export function explicitEffectiveAt(data: { effectiveAt?: string | undefined }): string | null {
  return data.effectiveAt === undefined ? null : normalizeInstant(data.effectiveAt);
}

/** The valid time a command is checked at: its effectiveAt, or now. */
export function commandEffectiveAt(
  data: { effectiveAt?: string | undefined },
  metadata: CommandMetadata,
): string {
  return explicitEffectiveAt(data) ?? normalizeInstant(metadata.now);
}

/** Nothing is reported as having happened after the moment it is reported. */
export function requireNotInFuture(effectiveAt: string, metadata: CommandMetadata): void {
  if (instantMillis(effectiveAt) > instantMillis(metadata.now)) {
    throw new CommandError('COMMAND.EFFECTIVE_IN_FUTURE', `effectiveAt ${effectiveAt} is after now`, {
      effectiveAt,
      now: normalizeInstant(metadata.now),
    });
  }
}
