import { tiltakStatusLabel, type TiltakStatus } from '../../domain/index.js';

/** A status as reports show it: UNKNOWN with the last known status beside it (DESIGN.md §1). */
export function reportStatusLabel(status: TiltakStatus | null, lastKnown: TiltakStatus | null): string {
  const label = tiltakStatusLabel(status);
  return status === 'UNKNOWN' && lastKnown !== null && lastKnown !== 'UNKNOWN'
    ? `${label} (sist kjent: ${tiltakStatusLabel(lastKnown)})`
    : label;
}
