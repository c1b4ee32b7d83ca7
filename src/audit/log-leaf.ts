import type { RecordedEvent } from '../store/index.js';
import { leafHash } from './merkle-tree.js';

/**
 * The leaf of the log-wide Merkle tree for one event (docs/audit.md): its position, stream, revision and hash,
 * one per line in UTF-8. The event's hash covers its content but not its position; the leaf binds both, so moving
 * an event to another position changes the tree even when every stream keeps its order.
 */
export function logLeafData(
  event: Pick<RecordedEvent, 'position' | 'streamId' | 'revision' | 'hash'>,
): string {
  return `${event.position.toString()}\n${event.streamId}\n${event.revision.toString()}\n${event.hash}`;
}

export function logLeafHash(
  event: Pick<RecordedEvent, 'position' | 'streamId' | 'revision' | 'hash'>,
): Buffer {
  return leafHash(logLeafData(event));
}
