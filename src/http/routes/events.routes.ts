import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EventIdSchema, ReasonSchema } from '../../domain/index.js';
import type { ApiDependencies } from '../api-dependencies.js';
import { executeCommand } from '../command-execution.js';
import { sendProblem } from '../error-handler.js';
import { idempotencyHeaderSchema } from '../if-match.js';
import { jsonified } from '../json-values.js';
import { problem } from '../problem.js';
import { BEARER, commandErrors, listErrors } from '../route-docs.js';
import { PositionQuerySchema, WriteResultSchema } from '../schemas/common.schema.js';
import { EventFeedSchema } from '../schemas/report.schema.js';

const TAG = 'events';
export const EVENT_FEED_MAX_LIMIT = 1000;

export function registerEventRoutes(app: FastifyInstance, deps: ApiDependencies): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.post(
    '/events/:eventId/retractions',
    {
      config: { access: 'write' },
      schema: {
        tags: [TAG],
        summary: 'Retract an event',
        description:
          'Takes an earlier event of a plan or tiltak out of what counts, from now on (transaction time). The event stays in the history and the audit trail, marked as retracted. A reason is required. Creations, retractions and events that later ones depend on cannot be retracted (409).',
        security: BEARER,
        params: z.object({
          eventId: EventIdSchema.meta({ example: '0b7f6c1e-4a55-4b8e-9a43-2f1d3f0c9e21' }),
        }),
        headers: idempotencyHeaderSchema,
        body: z
          .strictObject({ reason: ReasonSchema })
          .meta({ example: { reason: 'Statusen ble rapportert på feil tiltak' } }),
        response: { 200: WriteResultSchema, ...commandErrors() },
      },
    },
    async function retractEvent(request, reply) {
      const { eventId } = request.params;
      const location = deps.readModel.locateEvent(eventId);
      if (location === null) {
        {
          sendProblem(reply, problem(404, 'EVENT.NOT_FOUND', 'Not Found', `no event ${eventId}`));
          return;
        }
      }
      const input =
        location.aggregate === 'tiltak'
          ? {
              type: 'RetractTiltakEvent',
              data: { tiltakId: location.aggregateId, eventId, reason: request.body.reason },
            }
          : {
              type: 'RetractPlanEvent',
              data: { planId: location.aggregateId, eventId, reason: request.body.reason },
            };
      return executeCommand(deps.commands, deps.readModel, request, reply, input, { conditional: false });
    },
  );

  typed.get(
    '/events',
    {
      config: { access: 'audit' },
      schema: {
        tags: [TAG],
        summary: 'The raw event feed',
        description:
          'Every stored event in position order with its whole envelope (actor, both times, source, hash chain), for report pipelines. Page with `after` = the `lastPosition` of the previous page. Auditor and admin only.',
        security: BEARER,
        querystring: z.object({
          after: PositionQuerySchema.optional().meta({
            description: 'Exclusive position to continue after',
            example: '1200',
          }),
          limit: z.coerce.number().int().min(1).max(EVENT_FEED_MAX_LIMIT).default(100),
        }),
        response: { 200: EventFeedSchema, ...listErrors() },
      },
    },
    async function eventFeed(request) {
      const { after, limit } = request.query;
      const page = await deps.eventLog.readAll({ after: after === undefined ? null : BigInt(after), limit });
      return jsonified(page);
    },
  );
}
