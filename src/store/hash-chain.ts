import { createHash } from 'node:crypto';
import { canonicalJson } from '../shared/index.js';
import { eventFields, type EventFields, type RecordedEvent } from './event-store.js';

/**
 * The fields a hash covers: the whole envelope and data except `position` (which EventStoreDB assigns only after
 * the write) and the hashes themselves. Revision is included, so reordering events in a stream breaks the chain.
 */
export type HashedEventFields = EventFields;

/** hash = sha256(prevHash + canonicalJson(fields)), hex. See docs/canonical-json.md. */
export function computeEventHash(prevHash: string, event: HashedEventFields): string {
  // Copied to the hashed fields alone: whatever else the object carries is not hashed.
  const fields = eventFields(event, event);
  return createHash('sha256').update(prevHash).update(canonicalJson(fields)).digest('hex');
}

/** Events whose hash this process computed from their own fields as it appended them (see `hashedHere`). */
const hashedInThisProcess = new WeakSet<RecordedEvent>();

/**
 * Notes that `event.hash` was computed here, from this very object's fields, when the event was appended; freezes
 * the event (the store shares it frozen anyway), so no field the hash covers is replaced after.
 */
export function markHashedHere(event: RecordedEvent): void {
  hashedInThisProcess.add(Object.freeze(event));
}

/**
 * Whether this process computed the event's hash from this very (frozen) object as it appended it: recomputing it
 * then only repeats that computation and can find nothing. The audit log's check of each new event skips it for
 * these; an event read from the file, whoever wrote it, is a new object and is rehashed.
 */
export function hashedHere(event: RecordedEvent): boolean {
  return hashedInThisProcess.has(event);
}
