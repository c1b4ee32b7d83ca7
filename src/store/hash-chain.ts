import { createHash } from 'node:crypto';
import { canonicalJson } from '../shared/canonical-json.js';
import type { RecordedEvent } from './event-store.js';

/**
 * The fields a hash covers: the whole envelope and data except `position` (which EventStoreDB assigns only after
 * the write) and the hashes themselves. Revision is included, so reordering events in a stream breaks the chain.
 */
export type HashedEventFields = Omit<RecordedEvent, 'position' | 'hash' | 'prevHash'>;

/** hash = sha256(prevHash + canonicalJson(fields)), hex. See docs/canonical-json.md. */
export function computeEventHash(prevHash: string, event: HashedEventFields): string {
  const fields: HashedEventFields = {
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    revision: event.revision,
    recordedAt: event.recordedAt,
    effectiveAt: event.effectiveAt,
    actor: event.actor,
    reason: event.reason,
    correlationId: event.correlationId,
    causationId: event.causationId,
    source: event.source,
    data: event.data,
  };
  return createHash('sha256').update(prevHash).update(canonicalJson(fields)).digest('hex');
}
