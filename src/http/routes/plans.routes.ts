import negotiate from '@fastify/accept-negotiator';
import { withFields } from '../../shared/index.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AddGoalSchema,
  AddSatsningsomradeSchema,
  AddTiltaksomradeSchema,
  CreatePlanSchema,
  EntityIdSchema,
  tiltakStatusLabel,
  type DomainCommandType,
} from '../../domain/index.js';
import { MAX_CHANGES_PER_INTERVAL, type EventSummary, type PlanView } from '../../projections/index.js';
import type { ApiDependencies } from '../api-dependencies.js';
import { boundedTiltakView } from '../bounded-views.js';
import { executeCommand } from '../command-execution.js';
import { sendProblem } from '../error-handler.js';
import {
  entityTag,
  entityTagOfAnswer,
  idempotencyHeaderSchema,
  ifMatchHeaderSchema,
  ifNoneMatchHeaderSchema,
  ifNoneMatchHits,
} from '../if-match.js';
import { jsonified, type WithoutBigints } from '../json-values.js';
import { CachedPlanResponse, CONTENT_CODINGS } from '../plan-response-cache.js';
import { planNotFound } from '../plan-not-found.js';
import { plansInScope } from '../plan-scope.js';
import { BEARER, commandErrors, listErrors, notModified, readErrors } from '../route-docs.js';
import { WriteResultSchema } from '../schemas/common.schema.js';
import {
  cursorSchema,
  decodeCursor,
  encodeCursor,
  limitSchema,
  linkNextPage,
  type PageLimits,
} from '../paging.js';
import {
  PlanChangesSchema,
  PlanDiffSchema,
  PlanListSchema,
  PlanOutSchema,
  TimelineSchema,
} from '../schemas/plan.schema.js';
import {
  afterOsloDay,
  dateOrInstantSchema,
  instantOf,
  pointInTime,
  startOfOsloDay,
  temporalQuerySchema,
} from '../temporal-query.js';

const TAG = 'plans';
const CHANGES_PAGE: PageLimits = { defaultLimit: 100, maxLimit: 500 };

/** The period of a timeline or of a list of changes; each end defaults to the plan period's. */
const periodQueryShape = {
  from: dateOrInstantSchema.optional().meta({
    description: 'Start (a date: the start of that day in Europe/Oslo). Default: start of the plan period.',
    example: '2020-01-01',
  }),
  to: dateOrInstantSchema.optional().meta({
    description: 'End, exclusive (a date: up to the end of that day). Default: end of the plan period.',
    example: '2022-12-31',
  }),
};

/** The instants [from, to) a period query names, the plan's period filling in what it leaves out; null: no plan. */
function rangeOf(
  deps: ApiDependencies,
  planId: string,
  query: { from?: string | undefined; to?: string | undefined; knownAt?: string | undefined },
): { from: string; to: string } | null {
  let { from, to } = query;
  if (from === undefined || to === undefined) {
    const plan = deps.readModel.planAt(planId, { knownAt: query.knownAt });
    if (plan === null) return null;
    from ??= plan.period.from;
    to ??= plan.period.to;
  }
  return {
    from: instantOf(from, startOfOsloDay),
    to: instantOf(to, afterOsloDay),
  };
}
const PLAN_ID_EXAMPLE = 'handlingsplan-2020-2022';
const planParams = z.object({ planId: EntityIdSchema.meta({ example: PLAN_ID_EXAMPLE }) });

/**
 * The plan as its response schema has it: bigints as decimal strings, a status label on each tiltak. Written out
 * rather than through the generic jsonified walk, which cost a fifth of building a plan answer.
 */
function planBody(view: PlanView) {
  const body = withFields(view, {
    revision: view.revision.toString(),
    lastChange: summaryBody(view.lastChange),
    satsningsomrader: view.satsningsomrader.map((satsningsomrade) =>
      withFields(satsningsomrade, {
        tiltaksomrader: satsningsomrade.tiltaksomrader.map((tiltaksomrade) =>
          withFields(tiltaksomrade, {
            tiltak: tiltaksomrade.tiltak.map((tiltak) =>
              withFields(boundedTiltakView(tiltak), {
                revision: tiltak.revision.toString(),
                lastChange: summaryBody(tiltak.lastChange),
                statusLabel: tiltakStatusLabel(tiltak.status),
                noteCount: tiltak.notes.length,
                statusReportCount: tiltak.statusHistory.length,
                fundingCount: tiltak.funding.length,
              }),
            ),
          }),
        ),
      }),
    ),
  });
  // Fails to compile if a bigint is left anywhere in the tree.
  return body satisfies WithoutBigints<typeof body>;
}

function summaryBody(summary: EventSummary) {
  // Not `{ ...summary, revision }`: docs/performance.md (spread copies outlived young GCs).
  return Object.assign({}, summary, {
    revision: summary.revision.toString(),
    position: summary.position.toString(),
  });
}

/**
 * A plan serialized already, compressed when the client accepts br or gzip: with its content type and coding
 * set, fastify (and @fastify/compress) send the bytes as they are.
 */
function sendPlan(request: FastifyRequest, reply: FastifyReply, response: CachedPlanResponse): void {
  if (ifNoneMatchHits(request.headers['if-none-match'], response.etag)) {
    void reply.code(304).header('etag', response.etag).header('vary', 'accept-encoding').send();
    return;
  }
  const accepted = request.headers['accept-encoding'];
  const coding = typeof accepted === 'string' ? negotiate(accepted, [...CONTENT_CODINGS]) : null;
  void reply
    .header('etag', response.etag)
    .header('vary', 'accept-encoding')
    .type('application/json; charset=utf-8');
  if (coding === null) void reply.send(response.identity());
  else void reply.header('content-encoding', coding).send(response.encoded(coding));
}

const structureRoutes = [
  {
    path: '/satsningsomrader',
    type: 'AddSatsningsomrade',
    idField: 'satsningsomradeId',
    body: AddSatsningsomradeSchema.omit({ planId: true }).meta({
      example: {
        satsningsomradeId: 'sarbare-grupper',
        number: 1,
        title: 'Samarbeid om de mest sårbare pasientgruppene',
        effectiveAt: '2020-01-01T00:00:00+01:00',
      },
    }),
    summary: 'Add a satsningsområde',
    description: 'Adds a focus area (satsningsområde) numbered 1..99 to the plan.',
  },
  {
    path: '/tiltaksomrader',
    type: 'AddTiltaksomrade',
    idField: 'tiltaksomradeId',
    body: AddTiltaksomradeSchema.omit({ planId: true }).meta({
      example: {
        tiltaksomradeId: 'skropelige-eldre',
        satsningsomradeId: 'sarbare-grupper',
        title: 'Skrøpelige eldre',
        effectiveAt: '2020-01-01T00:00:00+01:00',
      },
    }),
    summary: 'Add a tiltaksområde',
    description: 'Adds a measure area (tiltaksområde) inside one of the plan’s satsningsområder.',
  },
  {
    path: '/goals',
    type: 'AddGoal',
    idField: 'goalId',
    body: AddGoalSchema.omit({ planId: true }).meta({
      example: {
        goalId: 'effektmal-1',
        kind: 'effect',
        text: 'Økt opplevd kvalitet i overgangene mellom tjenestene',
      },
    }),
    summary: 'Add a goal',
    description:
      'Adds an overall goal (overordnet mål), effect goal (effektmål) or quality goal (kvalitetsmål).',
  },
] as const satisfies readonly {
  path: string;
  type: DomainCommandType;
  idField: string;
  body: z.ZodObject;
  summary: string;
  description: string;
}[];

export function registerPlanRoutes(app: FastifyInstance, deps: ApiDependencies): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.post(
    '/plans',
    {
      config: { access: 'write' },
      schema: {
        tags: [TAG],
        summary: 'Create a plan',
        description:
          'Creates a handlingsplan with its period and owner. The caller chooses the id. Answers 201 with `Location`.',
        security: BEARER,
        headers: idempotencyHeaderSchema,
        body: CreatePlanSchema.meta({
          example: {
            planId: PLAN_ID_EXAMPLE,
            title: 'Handlingsplan for samhandlingen 2020-2022',
            period: { from: '2020-01-01', to: '2022-12-31' },
            owner: { kind: 'helseforetak', name: 'Akershus universitetssykehus HF' },
            effectiveAt: '2020-01-01T00:00:00+01:00',
          },
        }),
        response: { 201: WriteResultSchema, ...commandErrors() },
      },
    },
    async function createPlan(request, reply) {
      const body = await executeCommand(
        deps.commands,
        deps.readModel,
        request,
        reply,
        { type: 'CreatePlan', data: request.body },
        { conditional: false, createdId: request.body.planId },
      );
      return reply.code(201).header('location', `/plans/${request.body.planId}`).send(body);
    },
  );

  typed.get(
    '/plans',
    {
      config: { access: 'read', planScope: 'filtered' },
      schema: {
        tags: [TAG],
        summary: 'List the plans',
        description:
          'Every plan that existed at (validAt, knownAt), with its period, owner and number of tiltak.',
        security: BEARER,
        querystring: temporalQuerySchema,
        response: { 200: PlanListSchema, ...listErrors() },
      },
    },
    function listPlans(request) {
      const scope = plansInScope(request.principal);
      const plans = deps.readModel.listPlans(request.query);
      return {
        plans: jsonified(scope === undefined ? plans : plans.filter((plan) => scope.includes(plan.planId))),
      };
    },
  );

  typed.get(
    '/plans/:planId',
    {
      config: { access: 'read' },
      schema: {
        tags: [TAG],
        summary: 'Read a plan tree now or at (validAt, knownAt)',
        description:
          'The whole plan: goals, satsningsområder, tiltaksområder and their tiltak with status, responsible, participants and funding, as they stood at validAt according to what was known at knownAt. `ETag` names this answer (the plan stream’s revision, then the log position and the counts of events known and in effect that decide it): it changes whenever the answer does, and `If-None-Match` with it answers 304 while it holds. Sent as `If-Match` on a structure command, its first number (the revision) is checked.',
        security: BEARER,
        params: planParams,
        headers: ifNoneMatchHeaderSchema,
        querystring: temporalQuerySchema,
        response: { 200: PlanOutSchema, ...notModified, ...readErrors() },
      },
    },
    function readPlan(request, reply) {
      const { planId } = request.params;
      const key = deps.planResponses.keyOf(planId, request.query);
      const kept = key === null ? undefined : deps.planResponses.get(planId, key);
      if (kept !== undefined) {
        sendPlan(request, reply, kept);
        return;
      }
      const view = deps.readModel.planAt(planId, request.query);
      if (view === null) {
        sendProblem(reply, planNotFound(planId));
        return;
      }
      const etag =
        key === null
          ? entityTag(view.revision)
          : entityTagOfAnswer(view.revision, key.version, key.knownCount, key.effectiveCount);
      // Serialized here by the route's response serializer (which writes strings), so it can be sent again.
      const response = new CachedPlanResponse(reply.serialize(planBody(view)) as string, etag);
      if (key !== null) deps.planResponses.set(planId, key, response);
      sendPlan(request, reply, response);
    },
  );

  for (const spec of structureRoutes) {
    typed.post(
      `/plans/:planId${spec.path}`,
      {
        config: { access: 'write' },
        schema: {
          tags: [TAG],
          summary: spec.summary,
          description: `${spec.description} Answers 201 with \`Location\` pointing at the plan. \`If-Match\` makes it conditional on the plan’s revision.`,
          security: BEARER,
          params: planParams,
          headers: ifMatchHeaderSchema,
          body: spec.body,
          response: { 201: WriteResultSchema, ...commandErrors() },
        },
      },
      async function addToPlan(request, reply) {
        // The body as its schema made it (one of the three, by the route); the id of what it adds is the field the
        // spec names, checked to be text rather than asserted.
        const body = request.body;
        const createdId: unknown = Reflect.get(body, spec.idField);
        const result = await executeCommand(
          deps.commands,
          deps.readModel,
          request,
          reply,
          { type: spec.type, data: { ...body, planId: request.params.planId } },
          { conditional: true, ...(typeof createdId === 'string' ? { createdId } : {}) },
        );
        return reply.code(201).header('location', `/plans/${request.params.planId}`).send(result);
      },
    );
  }

  typed.get(
    '/plans/:planId/timeline',
    {
      config: { access: 'read' },
      schema: {
        tags: [TAG],
        summary: 'How the plan developed, per month or quarter',
        description:
          'Per interval (Europe/Oslo calendar): tiltak counts per status at its end, tiltak created, completed and discontinued in it, funding granted, and the changes effective in it. `from` and `to` default to the plan period.',
        security: BEARER,
        params: planParams,
        querystring: z.object({
          ...periodQueryShape,
          interval: z.enum(['month', 'quarter']).default('quarter'),
          knownAt: pointInTime('As the system knew it at this instant. Default: now.', null),
        }),
        response: { 200: TimelineSchema, ...readErrors() },
      },
    },
    function readTimeline(request, reply) {
      const { planId } = request.params;
      const { interval, knownAt } = request.query;
      const range = rangeOf(deps, planId, request.query);
      const timeline = range && deps.readModel.timeline(planId, { ...range, interval, knownAt });
      if (!timeline) {
        sendProblem(reply, planNotFound(planId));
        return;
      }
      return jsonified(timeline);
    },
  );

  typed.get(
    '/plans/:planId/changes',
    {
      config: { access: 'read' },
      schema: {
        tags: [TAG],
        summary: 'Every change effective in a period, paged',
        description: `The changes of the plan and its tiltak effective in [from, to), in valid-time order, each with the line the timeline gives it: what the timeline's intervals list only the first ${MAX_CHANGES_PER_INTERVAL} of. Paged: ${CHANGES_PAGE.defaultLimit} by default, at most ${CHANGES_PAGE.maxLimit}; \`next\` (and the \`Link\` header) names the next page, with knownAt fixed so that the pages fit together.`,
        security: BEARER,
        params: planParams,
        querystring: z
          .object({
            ...periodQueryShape,
            knownAt: pointInTime(
              'As the system knew it at this instant. Default: now (fixed by the first page).',
              null,
            ),
            limit: limitSchema(CHANGES_PAGE),
            cursor: cursorSchema,
          })
          .strict(),
        response: { 200: PlanChangesSchema, ...readErrors() },
      },
    },
    function readChanges(request, reply) {
      const { planId } = request.params;
      const { limit, cursor } = request.query;
      // Pinned on the first page: the changes known then, whatever is recorded while the client pages.
      const knownAt = request.query.knownAt ?? new Date().toISOString();
      const range = rangeOf(deps, planId, { ...request.query, knownAt });
      if (range === null || !deps.readModel.hasPlan(planId)) {
        sendProblem(reply, planNotFound(planId));
        return;
      }
      const start = cursor === undefined ? 0 : Number(decodeCursor(cursor, [/^\d{1,9}$/])[0]);
      const page = deps.readModel.changes(planId, { ...range, knownAt, offset: start, limit });
      if (page === null) {
        sendProblem(reply, planNotFound(planId));
        return;
      }
      const { changes, total } = page;
      const nextCursor = start + changes.length < total ? encodeCursor([start + changes.length]) : null;
      const pinned: Record<string, string> = request.query.knownAt === undefined ? { knownAt } : {};
      return {
        planId,
        from: range.from,
        to: range.to,
        knownAt,
        changes,
        total,
        nextCursor,
        next: linkNextPage(request, reply, 'cursor', nextCursor, pinned),
      };
    },
  );

  typed.get(
    '/plans/:planId/diff',
    {
      config: { access: 'read' },
      schema: {
        tags: [TAG],
        summary: 'What differs between two states of the plan',
        description:
          'Compares the plan at (fromValidAt, fromKnownAt) with the plan at (toValidAt, toKnownAt): changes to the plan itself, tiltak added, removed and changed, and the events that explain each difference.',
        security: BEARER,
        params: planParams,
        querystring: z.object({
          fromValidAt: pointInTime(
            'Valid time of the first state (a bare date: the end of that day in Europe/Oslo).',
            '2021-01-01',
          ),
          fromKnownAt: pointInTime('Transaction time of the first state.', null),
          toValidAt: pointInTime('Valid time of the second state. Default: now.', '2021-09-07'),
          toKnownAt: pointInTime('Transaction time of the second state. Default: now.', null),
        }),
        response: { 200: PlanDiffSchema, ...readErrors() },
      },
    },
    function readDiff(request, reply) {
      const { fromValidAt, fromKnownAt, toValidAt, toKnownAt } = request.query;
      const diff = deps.readModel.diff(
        request.params.planId,
        { validAt: fromValidAt, knownAt: fromKnownAt },
        { validAt: toValidAt, knownAt: toKnownAt },
      );
      if (diff === null) {
        sendProblem(reply, planNotFound(request.params.planId));
        return;
      }
      return jsonified(diff);
    },
  );
}
