import { createHash } from 'node:crypto';
import { canonicalJson } from '../shared/canonical-json.js';
import { eventFields, type EventFields } from './event-store.js';

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
