import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { z } from 'zod';
import type { ReadModel } from '../projections/index.js';
import { sendProblem } from './error-handler.js';
import { problem } from './problem.js';
import { PositionQuerySchema } from './schemas/common.schema.js';

/**
 * Read-your-writes across replicas (docs/api.md, "Reading your own writes on any replica"): a command answers the
 * `position` of its last event, and a read that names it in this header waits until the projections of the
 * replica it reached have applied that position. A header rather than a query parameter: it is the same on every
 * read route, and a query string names what is read, not how fresh it must be.
 */
export const MIN_POSITION_HEADER = 'x-min-position';
/** How long a read waits for its replica to reach the position it names before it is refused. */
export const MIN_POSITION_WAIT_MS = 5000;
/** What a refused read is told to wait before it tries again. */
export const MIN_POSITION_RETRY_AFTER_SECONDS = 1;
export const POSITION_NOT_REACHED = 'READ.POSITION_NOT_REACHED';

const minPositionHeader = PositionQuerySchema.optional().meta({
  description: `The \`position\` a command answered: the read waits (up to ${MIN_POSITION_WAIT_MS / 1000} s) until this replica has applied it, else 503 \`${POSITION_NOT_REACHED}\` with Retry-After.`,
  example: '1207',
});

/**
 * Declares the header on every documented GET route registered after it in `app` (so it is validated and in the
 * OpenAPI document) and makes such a route wait for the position it names before its handler runs. The wait
 * comes after authentication and the role check: a caller who may not read cannot hold a request open.
 */
export function registerMinPosition(
  app: FastifyInstance,
  readModel: Pick<ReadModel, 'waitForPosition'>,
  waitMs = MIN_POSITION_WAIT_MS,
): void {
  async function awaitMinPosition(
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<FastifyReply | void> {
    const named = (request.headers as Record<string, unknown>)[MIN_POSITION_HEADER];
    // Validated by the route's header schema already: absent, or a decimal within a position's range.
    if (typeof named !== 'string') return;
    if (await readModel.waitForPosition(BigInt(named), waitMs)) return;
    void reply.header('retry-after', String(MIN_POSITION_RETRY_AFTER_SECONDS));
    // Returning the reply tells fastify the answer is sent: the handler does not run.
    return sendProblem(
      reply,
      problem(
        503,
        POSITION_NOT_REACHED,
        'Service Unavailable',
        `this replica has not reached position ${named} within ${waitMs / 1000} s; try again`,
        { minPosition: named },
      ),
    );
  }

  app.addHook('onRoute', function declareMinPosition(route: RouteOptions) {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!methods.includes('GET') || route.schema === undefined || route.schema.hide === true) return;
    const headers: unknown = route.schema.headers;
    if (headers !== undefined && !(headers instanceof z.ZodObject)) return;
    const shape = headers instanceof z.ZodObject ? headers.shape : {};
    // Loose: a request carries many headers no route names (Accept, User-Agent, ...).
    route.schema.headers = z.looseObject({ ...shape, [MIN_POSITION_HEADER]: minPositionHeader });
    const existing = route.preHandler;
    route.preHandler = [
      ...(existing === undefined ? [] : Array.isArray(existing) ? existing : [existing]),
      awaitMinPosition,
    ];
  });
}
