import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EntityIdSchema, FundingYearSchema, TILTAK_STATUSES } from '../../domain/index.js';
import { buildPartyRegister, findTiltak, osloDateOf, pageOf, plansAt } from '../../projections/index.js';
import type { ApiDependencies } from '../api-dependencies.js';
import { sendProblem } from '../error-handler.js';
import { tiltakFoundBody } from '../finding-bodies.js';
import { nextPageCursor, offsetPageQueryShape } from '../paging.js';
import { planNotFound } from '../plan-not-found.js';
import { plansInScope } from '../plan-scope.js';
import { problem } from '../problem.js';
import { BEARER, listErrors } from '../route-docs.js';
import { TiltakPageSchema } from '../schemas/party.schema.js';
import { pointInTime, TEMPORAL_VALID_AT_DESCRIPTION, temporalQuerySchema } from '../temporal-query.js';

const STATUS_FILTERS = [...TILTAK_STATUSES, 'NOT_REPORTED'] as const;

/** `status=IN_PROGRESS,COMPLETED` or `status=IN_PROGRESS&status=COMPLETED`. */
const statusListSchema = z
  .union([z.string().max(400), z.array(z.string().max(400)).max(STATUS_FILTERS.length)])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((part) => part.split(',')))
  .pipe(z.array(z.enum(STATUS_FILTERS)).min(1).max(STATUS_FILTERS.length));

const tiltakSearchQuery = z.strictObject({
  ...temporalQuerySchema.shape,
  // The day the example asks about: Lørenskog's tiltak under way or done then, with a grant for 2021.
  validAt: pointInTime(TEMPORAL_VALID_AT_DESCRIPTION, '2021-09-07'),
  planId: EntityIdSchema.optional().meta({ example: 'ahus-2020-2022' }),
  satsningsomradeId: EntityIdSchema.optional(),
  tiltaksomradeId: EntityIdSchema.optional().meta({
    description: 'Its own tiltaksområde or one it is also listed under',
  }),
  status: statusListSchema.optional().meta({
    description: 'Any of these statuses, comma-separated or repeated; NOT_REPORTED for "Ikke rapportert"',
    example: 'IN_PROGRESS,COMPLETED',
  }),
  partyId: EntityIdSchema.optional().meta({
    description: 'The party or any of its units (GET /parties gives the ids)',
    example: 'kommune-3029',
  }),
  role: z
    .enum(['responsible', 'participant', 'any'])
    .default('any')
    .meta({ description: 'The part partyId plays: responsible, participant or either (default)' }),
  fundedIn: z.coerce
    .number()
    .pipe(FundingYearSchema)
    .optional()
    .meta({ description: 'Has a grant for this year that stands (not withdrawn)', example: 2021 }),
  q: z.string().trim().min(1).max(200).optional().meta({
    description: 'Every word in the title or description (case and æøå/accents ignored)',
    example: 'eldre',
  }),
  ...offsetPageQueryShape,
});

export function registerTiltakSearchRoutes(app: FastifyInstance, deps: ApiDependencies): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/tiltak',
    {
      config: { access: 'read', planScope: 'filtered' },
      schema: {
        tags: ['tiltak'],
        summary: 'Find tiltak',
        description:
          "The tiltak at (validAt, knownAt) that pass every filter given, in each plan's document order (satsningsområde, tiltaksområde, number, then the order they were created); plans by title. Paginated with `limit` and `cursor`; unknown parameters are refused.",
        security: BEARER,
        querystring: tiltakSearchQuery,
        response: { 200: TiltakPageSchema, ...listErrors() },
      },
    },
    function searchTiltak(request, reply) {
      const { validAt, knownAt, limit, cursor, status, ...filter } = request.query;
      const plans = plansAt(deps.readModel, { validAt, knownAt }, plansInScope(request.principal));
      if (filter.planId !== undefined && !plans.some((plan) => plan.planId === filter.planId)) {
        sendProblem(reply, planNotFound(filter.planId));
        return;
      }
      const register = buildPartyRegister(plans, osloDateOf(validAt));
      if (filter.partyId !== undefined && register.get(filter.partyId) === undefined) {
        sendProblem(reply, problem(404, 'PARTY.NOT_FOUND', 'Not Found', `no party ${filter.partyId}`));
        return;
      }
      const found = findTiltak(plans, register, { ...filter, statuses: status });
      const page = pageOf(found, (placed) => placed.tiltak.tiltakId, limit, cursor);
      return {
        items: page.items.map(tiltakFoundBody),
        nextCursor: nextPageCursor(request, reply, page.next),
        total: page.total,
      };
    },
  );
}
