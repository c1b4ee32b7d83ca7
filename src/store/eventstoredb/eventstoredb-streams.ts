import { streamNameFilter } from '@eventstore/db-client';
import type { Filter } from '@eventstore/db-client';

/**
 * Which EventStoreDB streams hold our events (docs/eventstoredb.md, "Streams and the `$all` filter"). Our stream
 * ids are stored as ESDB stream names behind an optional prefix. Without a prefix, every stream that is not a
 * system stream (`$…`) is ours: the database is dedicated to this service. A prefix lets several stores share a
 * server (the contract suite gives each test its own).
 */
export interface StreamScope {
  readonly prefix: string;
  toEsdbStreamName(streamId: string): string;
  /** Our stream id for an ESDB stream name, or null when the stream is not ours. */
  fromEsdbStreamName(streamName: string): string | null;
  /** True for an event that belongs to us: in one of our streams and not a system event type (`$…`). */
  isOurs(streamName: string, eventType: string): boolean;
  /** The server-side filter of a `$all` subscription that lets through our streams (and few others). */
  subscriptionFilter(): Filter;
}

export function createStreamScope(prefix = ''): StreamScope {
  if (prefix.startsWith('$')) throw new RangeError('a stream prefix must not start with $ (system streams)');

  function fromEsdbStreamName(streamName: string): string | null {
    if (streamName.startsWith('$')) return null;
    if (!streamName.startsWith(prefix) || streamName.length === prefix.length) return null;
    return streamName.slice(prefix.length);
  }

  return {
    prefix,
    toEsdbStreamName(streamId: string): string {
      if (streamId.length === 0) throw new TypeError('streamId must be a non-empty string');
      if (prefix === '' && streamId.startsWith('$')) {
        throw new TypeError(
          `stream id ${streamId} starts with $, which EventStoreDB keeps for system streams`,
        );
      }
      return `${prefix}${streamId}`;
    },
    fromEsdbStreamName,
    isOurs(streamName: string, eventType: string): boolean {
      return !eventType.startsWith('$') && fromEsdbStreamName(streamName) !== null;
    },
    subscriptionFilter(): Filter {
      // A regex over stream names: everything but system streams. The prefix list is the cheaper server filter.
      return prefix === '' ? streamNameFilter({ regex: '^[^$]' }) : streamNameFilter({ prefixes: [prefix] });
    },
  };
}
