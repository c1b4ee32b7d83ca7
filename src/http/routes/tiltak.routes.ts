import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ChangeParticipantsSchema,
  ChangeTiltakStatusSchema,
  CreateTiltakSchema,
  EntityIdSchema,
  GrantFundingSchema,
  MoveTiltakSchema,
  NoteProgressSchema,
  ReassignResponsibilitySchema,
  ReviseTiltakSchema,
  WithdrawFundingSchema,
  tiltakStatusLabel,
  type DomainCommandType,
} from '../../domain/index.js';
import type { HistoryCursor, TiltakView } from '../../projections/index.js';
import { boundedTiltakView, NOTES_PAGE, HISTORY_PAGE } from '../bounded-views.js';
import type { ApiDependencies } from '../api-dependencies.js';
import { executeCommand } from '../command-execution.js';
import { unusedTiltakId } from '../derived-tiltak-id.js';
import { sendProblem } from '../error-handler.js';
import {
  entityTagOfAnswer,
  idempotencyHeaderSchema,
  ifMatchHeaderSchema,
  ifNoneMatchHeaderSchema,
  ifNoneMatchHits,
} from '../if-match.js';
import { jsonified } from '../json-values.js';
import { cursorSchema, decodeCursor, encodeCursor, limitSchema, linkNextPage } from '../paging.js';
import { problem } from '../problem.js';
import { BEARER, commandErrors, notModified, readErrors } from '../route-docs.js';
import { WriteResultSchema } from '../schemas/common.schema.js';
import { TiltakHistorySchema, TiltakNotesSchema, TiltakOutSchema } from '../schemas/tiltak.schema.js';
import { pointInTime, temporalQuerySchema } from '../temporal-query.js';

const TAG = 'tiltak';
const tiltakParams = z.object({ tiltakId: EntityIdSchema.meta({ example: 'integrerte-helsetjenester' }) });

/**
 * A tiltak view as the API shows it: positions as strings, the status with its Norwegian label, and its growing
 * collections bounded (docs/api.md, "Bounded answers"): the latest notes, status reports and grants, with counts.
 */
export function tiltakBody(view: TiltakView) {
  // Not `{ ...jsonified(view), statusLabel }`: docs/performance.md (spread copies outlived young GCs).
  return Object.assign({}, jsonified(boundedTiltakView(view)), {
    statusLabel: tiltakStatusLabel(view.status),
    noteCount: view.notes.length,
    statusReportCount: view.statusHistory.length,
    fundingCount: view.funding.length,
  });
}

const CreateTiltakBody = CreateTiltakSchema.extend({
  tiltakId: EntityIdSchema.optional().meta({
    description:
      'The id to give it; left out, it is made from the title (`tiltak-<words of the title>`, `-2`, `-3` … when taken). The answer carries it as `id`.',
  }),
}).meta({
  example: {
    planId: 'ahus-2020-2022',
    tiltaksomradeId: 'ahus-to-skropelige-eldre',
    number: '1.1.1',
    title: 'Integrerte helsetjenester for skrøpelige eldre',
    status: 'PLANNED',
    responsible: [{ kind: 'fagrad', name: 'Fagråd for eldre' }],
    participants: [{ kind: 'kommune', name: 'Lillestrøm', kommunenummer: '3205' }],
    effectiveAt: '2020-01-01T00:00:00+01:00',
    // The id the other tiltak examples use, so that they work one after the other on a fresh install.
    tiltakId: 'integrerte-helsetjenester',
  },
});

interface CommandRouteSpec<Body extends z.ZodObject> {
  path: string;
  type: DomainCommandType;
  body: Body;
  summary: string;
  description: string;
}

const commandRoutes = [
  {
    path: '/status',
    type: 'ChangeTiltakStatus',
    body: ChangeTiltakStatusSchema.omit({ tiltakId: true }).meta({
      example: { status: 'IN_PROGRESS', effectiveAt: '2021-03-01T00:00:00+01:00' },
    }),
    summary: 'Change the status',
    description:
      'Records a status report effective at `effectiveAt` (default now; may be back-dated). Reopening a closed tiltak needs a `reason`; a report that would make a later one an invalid step is refused (409).',
  },
  {
    path: '/responsibility',
    type: 'ReassignResponsibility',
    body: ReassignResponsibilitySchema.omit({ tiltakId: true }).meta({
      example: {
        responsible: [
          { kind: 'fagrad', name: 'Fagråd for eldre' },
          { kind: 'kommune', name: 'Lørenskog', kommunenummer: '3222' },
        ],
      },
    }),
    summary: 'Reassign responsibility',
    description: 'Replaces the set of responsible parties (ansvarlig) with the one given.',
  },
  {
    path: '/participants',
    type: 'ChangeParticipants',
    body: ChangeParticipantsSchema.omit({ tiltakId: true }).meta({
      example: { participants: [{ kind: 'kommune', name: 'Lørenskog', kommunenummer: '3222' }] },
    }),
    summary: 'Change the participants',
    description: 'Replaces the set of participants (deltakere, brukerrepresentanter) with the one given.',
  },
  {
    path: '/funding',
    type: 'GrantFunding',
    body: GrantFundingSchema.omit({ tiltakId: true }).meta({
      example: {
        source: 'Samhandlingsmidler',
        year: 2021,
        amountNok: 250000,
        decisionReference: 'AU-sak 12/21',
        effectiveAt: '2021-02-01',
      },
    }),
    summary: 'Grant funding',
    description:
      'Records a grant (samhandlingsmidler) for a year; `amountNok` may be null when not known. The grant id defaults to `<source>-<year>`.',
  },
  {
    path: '/revisions',
    type: 'ReviseTiltak',
    body: ReviseTiltakSchema.omit({ tiltakId: true }).meta({
      example: { title: 'Integrerte helse- og omsorgstjenester for skrøpelige eldre' },
    }),
    summary: 'Revise number, title or description',
    description:
      'Records what differs among number, title and description; null clears a number or description.',
  },
  {
    path: '/notes',
    type: 'NoteProgress',
    body: NoteProgressSchema.omit({ tiltakId: true }).meta({
      example: { text: 'Pilot startet i to kommuner.', effectiveAt: '2021-05-10T00:00:00+02:00' },
    }),
    summary: 'Note progress',
    description: 'A dated comment on the progress; its date is `effectiveAt`.',
  },
  {
    path: '/move',
    type: 'MoveTiltak',
    body: MoveTiltakSchema.omit({ tiltakId: true }).meta({
      example: { tiltaksomradeId: 'ahus-to-barn-og-unge' },
    }),
    summary: 'Move to another tiltaksområde',
    description: 'Moves the tiltak to another tiltaksområde of the same plan.',
  },
] as const satisfies readonly CommandRouteSpec<z.ZodObject>[];

export function registerTiltakRoutes(app: FastifyInstance, deps: ApiDependencies): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();

  typed.post(
    '/tiltak',
    {
      config: { access: 'write' },
      schema: {
        tags: [TAG],
        summary: 'Create a tiltak',
        description:
          'Creates a tiltak in a tiltaksområde of a plan, with its initial status (or none: "Ikke rapportert"), responsible parties and participants. The id is the caller’s or made from the title. Answers 201 with `Location` and the id.',
        security: BEARER,
        headers: idempotencyHeaderSchema,
        body: CreateTiltakBody,
        response: { 201: WriteResultSchema, ...commandErrors() },
      },
    },
    async function createTiltak(request, reply) {
      const tiltakId =
        request.body.tiltakId ??
        unusedTiltakId(request.body.title, (id) => deps.readModel.planOfTiltak(id) !== null);
      const body = await executeCommand(
        deps.commands,
        deps.readModel,
        request,
        reply,
        { type: 'CreateTiltak', data: { ...request.body, tiltakId } },
        { conditional: false, createdId: tiltakId },
      );
      return reply.code(201).header('location', `/tiltak/${tiltakId}`).send(body);
    },
  );

  typed.get(
    '/tiltak/:tiltakId',
    {
      config: { access: 'read' },
      schema: {
        tags: [TAG],
        summary: 'Read a tiltak now or at (validAt, knownAt)',
        description:
          'The tiltak as the events that count at the given point make it: status (with label and the last known status), responsible, participants, funding, status history and notes. `ETag` names this answer (the revision known at knownAt, then the position of the last event in effect at validAt): `If-None-Match` with it answers 304 while it holds; sent as `If-Match` on a command, its first number (the revision) is checked.',
        security: BEARER,
        params: tiltakParams,
        headers: ifNoneMatchHeaderSchema,
        querystring: temporalQuerySchema,
        response: { 200: TiltakOutSchema, ...notModified, ...readErrors() },
      },
    },
    function readTiltak(request, reply) {
      const view = deps.readModel.tiltakAt(request.params.tiltakId, request.query);
      if (view === null) {
        sendProblem(reply, tiltakNotFound(request.params.tiltakId));
        return;
      }
      const etag = entityTagOfAnswer(view.revision, view.lastChange.position);
      void reply.header('etag', etag);
      if (ifNoneMatchHits(request.headers['if-none-match'], etag)) {
        void reply.code(304).send(null);
        return;
      }
      return tiltakBody(view);
    },
  );

  typed.get(
    '/tiltak/:tiltakId/history',
    {
      config: { access: 'read' },
      schema: {
        tags: [TAG],
        summary: 'The history of a tiltak',
        description: `Every event of the tiltak in valid-time order, with recordedAt, actor, reason and what each changed: a value before and after, or for a collection (notes, responsible, participants, funding) only the items added and removed. Retracted events stay in the list, marked with the retraction. Paged: ${HISTORY_PAGE.defaultLimit} entries by default, at most ${HISTORY_PAGE.maxLimit}; \`next\` (and the \`Link\` header) names the next page.`,
        security: BEARER,
        params: tiltakParams,
        querystring: z.strictObject({
          knownAt: pointInTime(
            'As the system knew it at this instant (a bare date: the end of that day). Default: now.',
            null,
          ),
          limit: limitSchema(HISTORY_PAGE),
          cursor: cursorSchema,
        }),
        response: { 200: TiltakHistorySchema, ...readErrors() },
      },
    },
    function readTiltakHistory(request, reply) {
      const { knownAt, limit, cursor } = request.query;
      const after = cursor === undefined ? undefined : historyCursorOf(cursor);
      const page = deps.readModel.tiltakHistory(request.params.tiltakId, { knownAt, after, limit });
      if (page === null) {
        sendProblem(reply, tiltakNotFound(request.params.tiltakId));
        return;
      }
      const nextCursor =
        page.next === null ? null : encodeCursor([page.next.effectiveMs, page.next.position]);
      return {
        tiltakId: request.params.tiltakId,
        knownAt: knownAt ?? null,
        entries: jsonified(page.entries),
        total: page.total,
        nextCursor,
        next: linkNextPage(request, reply, 'cursor', nextCursor),
      };
    },
  );

  typed.get(
    '/tiltak/:tiltakId/notes',
    {
      config: { access: 'read' },
      schema: {
        tags: [TAG],
        summary: 'The progress notes of a tiltak',
        description: `Every note that counts at (validAt, knownAt), in valid-time order (the tiltak itself shows only its latest). Paged: ${NOTES_PAGE.defaultLimit} by default, at most ${NOTES_PAGE.maxLimit}; \`next\` (and the \`Link\` header) names the next page, with knownAt fixed so that the pages fit together.`,
        security: BEARER,
        params: tiltakParams,
        querystring: temporalQuerySchema
          .extend({ limit: limitSchema(NOTES_PAGE), cursor: cursorSchema })
          .strict(),
        response: { 200: TiltakNotesSchema, ...readErrors() },
      },
    },
    function readTiltakNotes(request, reply) {
      const { validAt, limit, cursor } = request.query;
      // Pinned on the first page: the notes known then, whatever is noted while the client pages.
      const knownAt = request.query.knownAt ?? new Date().toISOString();
      const view = deps.readModel.tiltakAt(request.params.tiltakId, { validAt, knownAt });
      if (view === null) {
        sendProblem(reply, tiltakNotFound(request.params.tiltakId));
        return;
      }
      const start = cursor === undefined ? 0 : Number(decodeCursor(cursor, [/^\d{1,9}$/])[0]);
      const notes = view.notes.slice(start, start + limit);
      const more = start + notes.length < view.notes.length;
      const nextCursor = more ? encodeCursor([start + notes.length]) : null;
      const pinned: Record<string, string> = request.query.knownAt === undefined ? { knownAt } : {};
      return {
        tiltakId: view.tiltakId,
        notes,
        total: view.notes.length,
        nextCursor,
        next: linkNextPage(request, reply, 'cursor', nextCursor, pinned),
      };
    },
  );

  for (const spec of commandRoutes) {
    typed.post(
      `/tiltak/:tiltakId${spec.path}`,
      {
        config: { access: 'write' },
        schema: {
          tags: [TAG],
          summary: spec.summary,
          description: `${spec.description} \`If-Match\` makes it conditional (412 when the tiltak has changed).`,
          security: BEARER,
          params: tiltakParams,
          headers: ifMatchHeaderSchema,
          body: spec.body,
          response: { 200: WriteResultSchema, ...commandErrors() },
        },
      },
      async function tiltakCommand(request, reply) {
        const data = { ...request.body, tiltakId: request.params.tiltakId };
        return executeCommand(
          deps.commands,
          deps.readModel,
          request,
          reply,
          { type: spec.type, data },
          {
            conditional: true,
          },
        );
      },
    );
  }

  typed.post(
    '/tiltak/:tiltakId/funding/:grantId/withdrawal',
    {
      config: { access: 'write' },
      schema: {
        tags: [TAG],
        summary: 'Withdraw a grant',
        description:
          'Records that a grant was withdrawn, effective at `effectiveAt`. `If-Match` makes it conditional (412 when the tiltak has changed).',
        security: BEARER,
        params: tiltakParams.extend({ grantId: EntityIdSchema.meta({ example: 'samhandlingsmidler-2021' }) }),
        headers: ifMatchHeaderSchema,
        body: WithdrawFundingSchema.omit({ tiltakId: true, grantId: true }).meta({
          example: { reason: 'Midlene ble omdisponert', effectiveAt: '2021-10-01T00:00:00+02:00' },
        }),
        response: { 200: WriteResultSchema, ...commandErrors() },
      },
    },
    async function withdrawFunding(request, reply) {
      const data = { ...request.body, tiltakId: request.params.tiltakId, grantId: request.params.grantId };
      return executeCommand(
        deps.commands,
        deps.readModel,
        request,
        reply,
        { type: 'WithdrawFunding', data },
        {
          conditional: true,
        },
      );
    },
  );
}

function historyCursorOf(cursor: string): HistoryCursor {
  const [effectiveMs, position] = decodeCursor(cursor, [/^-?\d{1,16}$/, /^\d{1,19}$/]);
  return { effectiveMs: Number(effectiveMs), position: BigInt(position ?? '0') };
}

export function tiltakNotFound(tiltakId: string) {
  return problem(404, 'TILTAK.NOT_FOUND', 'Not Found', `no tiltak ${tiltakId} at that point`);
}
