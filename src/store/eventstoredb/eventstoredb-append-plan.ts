import { ANY, NO_STREAM } from '@eventstore/db-client';
import type { ExpectedRevision as EsdbExpectedRevision } from '@eventstore/db-client';
import { VersionConflict } from '../errors.js';
import { GENESIS_HASH } from '../event-store.js';
import type { ExpectedRevision } from '../event-store.js';

/** Our expected revision in the client's terms. Revisions are 0-based on both sides, so a bigint passes as is. */
export function toEsdbExpectedRevision(expected: ExpectedRevision): EsdbExpectedRevision {
  switch (expected) {
    case 'no_stream':
      return NO_STREAM;
    case 'any':
      return ANY;
    default:
      return expected;
  }
}

/** The last event of a stream as the append path needs it: where the chain continues. */
export interface StreamHead {
  revision: bigint;
  position: bigint;
  hash: string;
  recordedAt: string;
}

export interface AppendPlan {
  /** What the server must find: always a definite revision or NO_STREAM, never ANY (see planAppend). */
  esdbExpected: EsdbExpectedRevision;
  firstRevision: bigint;
  prevHash: string;
}

/**
 * How to append after reading the stream's head: its last event, or null when the stream does not exist (or, for
 * 'no_stream', when the head was not read because the server's own NO_STREAM check is enough). The new events
 * continue the hash chain from the head, so the write must only succeed if the head is still the last event: the
 * server checks exactly that revision. 'any' therefore becomes "whatever the head was when read"; a specific
 * revision, or 'no_stream', must hold for the head before anything is written.
 */
export function planAppend(
  streamId: string,
  expected: ExpectedRevision,
  head: StreamHead | null,
): AppendPlan {
  if (expected === 'no_stream' && head !== null) throw new VersionConflict(streamId, expected, head.revision);
  if (typeof expected === 'bigint') {
    if (head === null) throw new VersionConflict(streamId, expected, 'no_stream');
    if (head.revision !== expected) throw new VersionConflict(streamId, expected, head.revision);
  }
  if (head === null) {
    return { esdbExpected: toEsdbExpectedRevision('no_stream'), firstRevision: 0n, prevHash: GENESIS_HASH };
  }
  return { esdbExpected: head.revision, firstRevision: head.revision + 1n, prevHash: head.hash };
}
