import { StoreUnavailable, VersionConflict } from '../errors.js';
import type { ExpectedRevision } from '../event-store.js';
import { describeConnectionString, scrubSecrets } from './eventstoredb-connection-string.js';

/*
 * The client's errors are classes with a string `type` (ErrorType in @eventstore/db-client). They are recognised
 * by that field rather than instanceof, so a second copy of the client package cannot slip past.
 */

interface WrongExpectedVersionLike {
  type: 'wrong-expected-version';
  actualVersion: bigint | 'no_stream';
}

function errorType(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'type' in error ? error.type : undefined;
}

export function isWrongExpectedVersion(error: unknown): error is WrongExpectedVersionLike {
  return errorType(error) === 'wrong-expected-version';
}

export function isStreamNotFound(error: unknown): boolean {
  return errorType(error) === 'stream-not-found';
}

/** A leader change: the client has already switched to the new leader, so the same request can be sent again. */
export function isNotLeader(error: unknown): boolean {
  return errorType(error) === 'not-leader';
}

/** WrongExpectedVersion becomes our VersionConflict; a missing stream (or revision -1) is 'no_stream'. */
export function toVersionConflict(
  streamId: string,
  expected: ExpectedRevision,
  error: WrongExpectedVersionLike,
): VersionConflict {
  const actual = error.actualVersion;
  return new VersionConflict(
    streamId,
    expected,
    actual === 'no_stream' || actual < 0n ? 'no_stream' : actual,
  );
}

function oneLine(text: string): string {
  return text
    .replace(/^\d+ [A-Z_]+: /, '')
    .replace(/\s*Resolution note:\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/**
 * One line that says what is wrong with the server or the way we reach it, naming the hosts but never the
 * credentials. `doing` says what was attempted ("connect", "append to plan-1").
 */
export function toStoreUnavailable(
  error: unknown,
  connectionString: string,
  doing: string,
): StoreUnavailable {
  if (error instanceof StoreUnavailable) return error;
  const target = describeConnectionString(connectionString);
  const reason = oneLine(scrubSecrets(reasonOf(error), connectionString));
  const type = errorType(error);
  let line: string;
  if (type === 'access-denied' || /UNAUTHENTICATED|PERMISSION_DENIED|access denied/i.test(reasonOf(error))) {
    line = `EventStoreDB at ${target} refused ${doing}: the connection string needs a user that may read $all (${reason})`;
  } else if (/discover/i.test(reason)) {
    line = `EventStoreDB cluster at ${target}: no node answered gossip during ${doing} (${reason})`;
  } else if (/ssl|tls|certificate|handshake/i.test(reason)) {
    line = `EventStoreDB at ${target}: TLS failed during ${doing} (${reason}); for an insecure server add ?tls=false, for a secure one set tlsCAFile`;
  } else {
    line = `EventStoreDB at ${target} is unavailable for ${doing}: ${reason}`;
  }
  return new StoreUnavailable(line, { cause: error });
}
