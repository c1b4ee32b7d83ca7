import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  EventIdSchema,
  PlanReplacementSchema,
  ReasonSchema,
  TiltakReplacementSchema,
} from '../../domain/index.js';
import type { ApiDependencies } from '../api-dependencies.js';
import { executeCommand } from '../command-execution.js';
import { sendProblem } from '../error-handler.js';
import { idempotencyHeaderSchema, ifMatchHeaderSchema } from '../if-match.js';
import { jsonified } from '../json-values.js';
import { problem } from '../problem.js';
import { BEARER, commandErrors, listErrors } from '../route-docs.js';
import { PositionQuerySchema, WriteResultSchema } from '../schemas/common.schema.js';
import { EventFeedSchema } from '../schemas/report.schema.js';

const TAG = 'events';
export const EVENT_FEED_MAX_LIMIT = 1000;

/**
 * The right event of a correction: any command a tiltak or a plan can be corrected with, without the ids the
 * corrected event's stream gives. Which of the two kinds fits is known only once the event is found.
 */
const ReplacementSchema = z.discriminatedUnion('type', [
  ...TiltakReplacementSchema.options,
  ...PlanReplacementSchema.options,
]);
const TILTAK_REPLACEMENTS: ReadonlySet<string> = new Set(
  TiltakReplacementSchema.options.map((option) => option.shape.type.value),
);

/** A seed event (the imported note of Åpen dialog, 2021-09-07) to retract in the document's example. */
export const RETRACTION_EXAMPLE_EVENT_ID = 'eacf612b-c393-8982-a846-08cb61627ef1';
/** A seed event (the imported status report of Åpen dialog, Fullført at 2021-09-07) to correct in the document's example. */
export const CORRECTION_EXAMPLE_EVENT_ID = '29131201-7bd3-833a-b34a-63641d5c1f9b';

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
          eventId: EventIdSchema.meta({ example: RETRACTION_EXAMPLE_EVENT_ID }),
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
        sendProblem(reply, problem(404, 'EVENT.NOT_FOUND', 'Not Found', `no event ${eventId}`));
        return;
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

  typed.post(
    '/events/:eventId/corrections',
    {
      config: { access: 'write' },
      schema: {
        tags: [TAG],
        summary: 'Correct an event',
        description:
          "Retracts an earlier event of a plan or tiltak and records the right one in the same append, so no read ever sees the plan without either. `replacement` is the command that records the right value, of the same kind as the corrected event (a status report is corrected by `ChangeTiltakStatus`, a grant by `GrantFunding` …), without the tiltak's or plan's id; its `effectiveAt` defaults to the corrected event's, its `reason` to the correction's. The new event keeps the corrected event's source (an imported fact keeps its document and locator) and names the corrected event in `source.correctionOf`. If-Match is the ETag of the event's tiltak or plan. 404 `EVENT.NOT_FOUND`; 409 `RETRACTION.ALREADY_RETRACTED`, `RETRACTION.REPLACEMENT_TYPE_MISMATCH` (a replacement of another kind), `RETRACTION.CORRECTION_CHANGES_NOTHING`, `RETRACTION.CREATION_NOT_RETRACTABLE`, `RETRACTION.CANNOT_RETRACT_RETRACTION`, `RETRACTION.EVENT_HAS_DEPENDENTS` and the rules of the replacement command.",
        security: BEARER,
        params: z.object({
          eventId: EventIdSchema.meta({ example: CORRECTION_EXAMPLE_EVENT_ID }),
        }),
        headers: ifMatchHeaderSchema,
        body: z
          .strictObject({
            reason: ReasonSchema,
            replacement: ReplacementSchema,
          })
          .meta({
            example: {
              reason: 'Fullført i juni, ikke i september: referat fra AU 2021-08-25',
              replacement: {
                type: 'ChangeTiltakStatus',
                data: { status: 'COMPLETED', effectiveAt: '2021-06-30' },
              },
            },
          }),
        response: { 200: WriteResultSchema, ...commandErrors() },
      },
    },
    async function correctEvent(request, reply) {
      const { eventId } = request.params;
      const { reason, replacement } = request.body;
      const location = deps.readModel.locateEvent(eventId);
      if (location === null) {
        sendProblem(reply, problem(404, 'EVENT.NOT_FOUND', 'Not Found', `no event ${eventId}`));
        return;
      }
      if (TILTAK_REPLACEMENTS.has(replacement.type) !== (location.aggregate === 'tiltak')) {
        sendProblem(
          reply,
          problem(
            409,
            'RETRACTION.REPLACEMENT_TYPE_MISMATCH',
            'Conflict',
            `a ${location.type} of a ${location.aggregate} cannot be corrected by ${replacement.type}`,
          ),
        );
        return;
      }
      const input =
        location.aggregate === 'tiltak'
          ? {
              type: 'CorrectTiltakEvent',
              data: { tiltakId: location.aggregateId, eventId, reason, replacement },
            }
          : {
              type: 'CorrectPlanEvent',
              data: { planId: location.aggregateId, eventId, reason, replacement },
            };
      return executeCommand(deps.commands, deps.readModel, request, reply, input, { conditional: true });
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
            // Inside the seed (its last events and those the document's command examples append).
            example: '100',
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
