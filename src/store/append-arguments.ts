import type { ExpectedRevision, NewEvent } from './event-store.js';
import { assertStorableText, prepareNewEvent, type PreparedEvent } from './new-event-input.js';

/**
 * The arguments of `append` as every adapter checks them before anything is stored: a stream id that is
 * non-empty text, an expected revision of the port's three kinds, and each event prepared (prepareNewEvent).
 * Throws a TypeError naming what is wrong.
 */
export function prepareAppend(
  streamId: string,
  events: readonly NewEvent[],
  expected: ExpectedRevision,
): PreparedEvent[] {
  if (typeof streamId !== 'string' || streamId === '') {
    throw new TypeError('streamId must be a non-empty string');
  }
  assertStorableText(streamId, 'streamId');
  if (typeof expected !== 'bigint' && expected !== 'any' && expected !== 'no_stream') {
    throw new TypeError(`expected revision must be 'no_stream', 'any' or a bigint, not ${String(expected)}`);
  }
  return events.map(prepareNewEvent);
}

/** Whether a stream whose last revision is `actual` may take an append that expects `expected`. */
export function revisionHolds(expected: ExpectedRevision, actual: 'no_stream' | bigint): boolean {
  if (typeof expected === 'bigint') return actual === expected;
  if (expected === 'any') return true;
  return actual === 'no_stream';
}
