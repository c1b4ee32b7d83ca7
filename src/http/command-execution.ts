import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CommandContext, CommandResult } from '../application/index.js';
import { LOG_HEAD_HEADER, logHeadHeaderValue, type SignedLogHead } from '../audit/index.js';
import type { CommandInput } from '../domain/index.js';
import type { ReadModel } from '../projections/index.js';
import { entityTag, revisionFromIfMatch } from './if-match.js';
import { REPLAYED_HEADER } from './idempotency/index.js';
import { correlationIdOf } from '../observability/index.js';
import { writesAt } from './request-logging.js';
import type { TraceSpan } from '../observability/index.js';

/** What the routes need of the write side: the command handler's one method. */
export interface CommandPort {
  handle(
    input: CommandInput,
    context: CommandContext,
  ): Promise<CommandResult & { logHead?: SignedLogHead | null }>;
}

/** How long a write waits for the projections to apply it, so that a read on this instance right after sees it. */
export const READ_YOUR_WRITE_TIMEOUT_MS = 5000;
export const PROJECTION_PENDING_HEADER = 'x-projection-pending';

export interface WriteBody {
  id?: string;
  revision: string;
  position: string;
  eventIds: string[];
}

export interface ExecuteOptions {
  /** Honour If-Match on this command (the stream exists already). */
  conditional: boolean;
  /** The id of what a create creates, returned as `id`. */
  createdId?: string;
}

/**
 * Runs one command for an authenticated request: the actor is the token's principal and nothing else, If-Match
 * becomes the expected revision, and the answer waits until the projections have applied the append.
 */
export async function executeCommand(
  commands: CommandPort,
  readModel: Pick<ReadModel, 'waitForPosition'>,
  request: FastifyRequest,
  reply: FastifyReply,
  input: CommandInput,
  options: ExecuteOptions,
): Promise<WriteBody> {
  const principal = request.principal;
  // The authentication hook guarantees a principal on every write route; this guards a misconfigured route.
  if (principal === null) throw new Error('command route reached without a principal');
  const expectedRevision = options.conditional ? revisionFromIfMatch(request.headers['if-match']) : undefined;
  // The trace id in every event of the request: its events are found from a trace, and a trace from its events.
  const correlationId = correlationIdOf(request.trace);
  if (writesAt(request.log, 'debug')) request.log.debug({ correlationId, command: input.type }, 'command');
  const result = await commands.handle(input, {
    actor: {
      id: principal.id,
      name: principal.name,
      role: principal.role,
      ...(principal.organization === undefined ? {} : { organization: principal.organization }),
    },
    correlationId,
    traceSpan: request.trace.span,
    planScope: principal.plans,
    ...(expectedRevision === undefined ? {} : { expectedRevision }),
    // With an Idempotency-Key the event ids are named by it, so a retry after a crash finds its earlier append.
    ...(request.idempotencyClaim === null
      ? {}
      : {
          eventIdSeed: `${request.idempotencyClaim.principalId}:${request.idempotencyClaim.key}`,
          requestDigest: request.idempotencyClaim.fingerprint,
        }),
  });
  // Found in the events (the record of its answer was lost or has expired): the same answer, as a replay.
  if (result.replayed) void reply.header(REPLAYED_HEADER, 'true');
  const applied = await waitForProjections(readModel, result.position, request.trace.span);
  if (!applied) {
    request.log.warn({ position: String(result.position) }, 'projections did not apply the write in time');
    void reply.header(PROJECTION_PENDING_HEADER, 'true');
  }
  void reply.header('etag', entityTag(result.revision));
  if (result.logHead) void reply.header(LOG_HEAD_HEADER, logHeadHeaderValue(result.logHead));
  return {
    ...(options.createdId === undefined ? {} : { id: options.createdId }),
    revision: String(result.revision),
    position: String(result.position),
    eventIds: result.eventIds,
  };
}

/** The read-your-write wait, as a span of the request when traces are exported; untraced, not even a promise more. */
function waitForProjections(
  readModel: Pick<ReadModel, 'waitForPosition'>,
  position: bigint,
  requestSpan: TraceSpan | null,
): Promise<boolean> {
  if (requestSpan === null) return readModel.waitForPosition(position, READ_YOUR_WRITE_TIMEOUT_MS);
  return tracedWait(readModel, position, requestSpan);
}

async function tracedWait(
  readModel: Pick<ReadModel, 'waitForPosition'>,
  position: bigint,
  requestSpan: TraceSpan,
): Promise<boolean> {
  const span = requestSpan.child('projection wait', { 'samhandlingsplan.position': String(position) });
  try {
    const applied = await readModel.waitForPosition(position, READ_YOUR_WRITE_TIMEOUT_MS);
    span.setAttributes({ 'samhandlingsplan.projection.applied': applied });
    return applied;
  } catch (error) {
    span.fail(error);
    throw error;
  } finally {
    span.end();
  }
}
