import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkpointAt, verifyCheckpoint, verifyEventStore } from '../../audit/index.js';
import { EntityIdSchema } from '../../domain/index.js';
import type { AuditEntry, Report } from '../../projections/read-model.js';
import type { ApiDependencies } from '../api-dependencies.js';
import { formatQuerySchema, asTable, jsonOrCsv, sendCsv, tableCsv, wantsCsv } from '../csv-negotiation.js';
import { jsonified } from '../json-values.js';
import { sendProblem } from '../error-handler.js';
import { problem } from '../problem.js';
import { planNotFound } from '../plan-not-found.js';
import { BEARER, listErrors, readErrors } from '../route-docs.js';
import { AuditPageSchema } from '../schemas/report.schema.js';
import { dateOrInstantSchema, endOfOsloDay, instantOf, startOfOsloDay } from '../temporal-query.js';

const TAG = 'audit';
export const AUDIT_MAX_LIMIT = 1000;
export const NEXT_AFTER_HEADER = 'x-next-after';

const AUDIT_COLUMNS = [
  'position',
  'recordedAt',
  'effectiveAt',
  'type',
  'planId',
  'tiltakId',
  'actorId',
  'actorName',
  'actorRole',
  'actorOrganization',
  'reason',
  'source',
  'eventId',
  'correlationId',
  'data',
] as const;
type AuditRow = Record<(typeof AUDIT_COLUMNS)[number], string | null>;

function auditTable(entries: readonly AuditEntry[]): Report<AuditRow> {
  return {
    columns: AUDIT_COLUMNS,
    rows: entries.map((entry) => ({
      position: entry.position.toString(),
      recordedAt: entry.recordedAt,
      effectiveAt: entry.effectiveAt,
      type: entry.type,
      planId: entry.planId,
      tiltakId: entry.tiltakId,
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      actorRole: entry.actor.role,
      actorOrganization: entry.actor.organization ?? null,
      reason: entry.reason,
      source:
        entry.source.kind === 'import'
          ? `import:${entry.source.document}#${entry.source.locator}`
          : entry.source.kind,
      eventId: entry.eventId,
      correlationId: entry.correlationId,
      data: JSON.stringify(entry.data),
    })),
  };
}

function withZod(app: FastifyInstance) {
  return app.withTypeProvider<ZodTypeProvider>();
}

export function registerAuditRoutes(app: FastifyInstance, deps: ApiDependencies): void {
  const typed = withZod(app);
  typed.get(
    '/audit',
    {
      config: { access: 'audit' },
      schema: {
        tags: [TAG],
        summary: 'Who changed what, when',
        description:
          'Every recorded event in recordedAt order, with actor, both times, reason, source and payload; filter by actor id, tiltak, plan, event type and a recordedAt range (`from` inclusive, `to` exclusive; a bare date is a day in Europe/Oslo). Paginated: pass `nextAfter` as `after` (in CSV: the `X-Next-After` header). Auditor and admin only.',
        security: BEARER,
        querystring: formatQuerySchema.extend({
          actor: z
            .string()
            .min(1)
            .max(200)
            .optional()
            .meta({ description: 'Token id of the actor', example: 'a1b2c3d4e5f6' }),
          tiltakId: EntityIdSchema.optional(),
          planId: EntityIdSchema.optional(),
          type: z
            .string()
            .regex(/^[A-Za-z]{1,100}$/)
            .optional()
            .meta({ example: 'TiltakStatusChanged' }),
          from: dateOrInstantSchema
            .optional()
            .meta({ description: 'recordedAt from (inclusive)', example: '2021-01-01' }),
          to: dateOrInstantSchema.optional().meta({
            description: 'recordedAt to (exclusive; a date includes that day)',
            example: '2021-12-31',
          }),
          after: z
            .string()
            .regex(/^\d{1,19}$/)
            .optional()
            .meta({ description: 'Continue after this position' }),
          limit: z.coerce.number().int().min(1).max(AUDIT_MAX_LIMIT).default(100),
        }),
        response: { 200: jsonOrCsv(AuditPageSchema, 'One page of the audit trail'), ...readErrors() },
      },
    },
    function readAudit(request, reply) {
      const query = request.query;
      if (query.planId !== undefined && deps.readModel.planStateKey(query.planId) === null) {
        sendProblem(reply, planNotFound(query.planId));
        return;
      }
      const page = deps.readModel.audit({
        actorId: query.actor,
        tiltakId: query.tiltakId,
        planId: query.planId,
        type: query.type,
        from: query.from === undefined ? undefined : instantOf(query.from, startOfOsloDay),
        to:
          query.to === undefined
            ? undefined
            : instantOf(query.to, (date) => new Date(Date.parse(endOfOsloDay(date)) + 1).toISOString()),
        after: query.after === undefined ? undefined : BigInt(query.after),
        limit: query.limit,
      });
      if (page.nextAfter !== null) void reply.header(NEXT_AFTER_HEADER, page.nextAfter.toString());
      if (wantsCsv(request, query.format)) {
        sendCsv(reply, tableCsv(asTable(auditTable(page.entries))), 'audit.csv');
        return;
      }
      return jsonified(page);
    },
  );

  registerIntegrityRoutes(typed, deps);
}

const PositionSchema = z
  .string()
  .regex(/^\d{1,19}$/)
  .meta({ description: 'A position in the log', example: '126' });

const BrokenLinkSchema = z.object({
  streamId: z.string().nullable(),
  revision: z.string().nullable(),
  position: z.string().nullable(),
  problem: z.enum([
    'HASH_MISMATCH',
    'PREV_HASH_MISMATCH',
    'REVISION_GAP',
    'REVISION_OUT_OF_ORDER',
    'UNREADABLE',
  ]),
  expectedHash: z.string().nullable(),
  foundHash: z.string().nullable(),
});

const ChainVerificationSchema = z
  .object({
    ok: z.boolean(),
    streamsChecked: z.number().int(),
    eventsChecked: z.number().int(),
    headPosition: z.string().nullable(),
    brokenLinks: z.array(BrokenLinkSchema),
  })
  .meta({
    id: 'ChainVerification',
    example: { ok: true, streamsChecked: 53, eventsChecked: 126, headPosition: '126', brokenLinks: [] },
  });

const VerifyResponseSchema = ChainVerificationSchema.extend({
  checkpoint: z
    .object({ position: z.string(), matches: z.boolean(), computedDigest: z.string() })
    .nullable()
    .meta({
      description: 'The kept checkpoint, when one was given: does the history up to it still give it?',
    }),
});

const CheckpointSchema = z
  .object({ position: z.string().nullable(), streams: z.number().int(), digest: z.string() })
  .meta({
    id: 'Checkpoint',
    example: {
      position: '126',
      streams: 53,
      digest: '9f2c1a0e5b7d4c3a8e6f1b2d0c9a7e5f3b1d8c6a4e2f0b9d7c5a3e1f8b6d4c2a',
    },
  });

function registerIntegrityRoutes(typed: ReturnType<typeof withZod>, deps: ApiDependencies): void {
  typed.get(
    '/audit/verify',
    {
      config: { access: 'audit' },
      schema: {
        tags: [TAG],
        summary: 'Recompute every hash chain',
        description:
          "Reads the whole log and recomputes each event's hash from its predecessor and content (docs/audit.md); reports the streams and events checked and every broken link with stream, revision and position. With `checkpoint` and `position`, also says whether the history up to that position still gives the digest kept from `GET /audit/checkpoint`. Auditor and admin only.",
        security: BEARER,
        querystring: z.object({
          checkpoint: z
            .string()
            .regex(/^[0-9a-f]{64}$/)
            .optional()
            .meta({ description: 'A digest kept from GET /audit/checkpoint (needs position)' }),
          position: PositionSchema.optional(),
        }),
        response: { 200: VerifyResponseSchema, ...listErrors() },
      },
    },
    async function verifyChains(request, reply) {
      const { checkpoint, position } = request.query;
      if (checkpoint !== undefined && position === undefined) {
        return sendProblem(
          reply,
          problem(
            400,
            'REQUEST.VALIDATION_FAILED',
            'Bad Request',
            'a checkpoint is verified at its position',
            {
              errors: [
                { path: 'querystring.position', message: 'required with checkpoint', code: 'required' },
              ],
            },
          ),
        );
      }
      if (checkpoint === undefined || position === undefined) {
        return { ...(await verifyEventStore(deps.eventLog)), checkpoint: null };
      }
      const result = await verifyCheckpoint(deps.eventLog, checkpoint, BigInt(position));
      return {
        ...result.chains,
        checkpoint: {
          position: result.position,
          matches: result.matches,
          computedDigest: result.computedDigest,
        },
      };
    },
  );

  typed.get(
    '/audit/checkpoint',
    {
      config: { access: 'audit' },
      schema: {
        tags: [TAG],
        summary: 'A digest of every stream head, to keep elsewhere',
        description:
          'sha256 over the last event (stream, revision, hash) of every stream at or before `position` (default: the head of the log). Keep the digest and its position outside the system; `GET /audit/verify?checkpoint=<digest>&position=<p>` later confirms that the history up to it is unchanged. Refused with 503 `STORE.UNAVAILABLE` when a row of the log cannot be read (`GET /audit/verify` locates it). Auditor and admin only.',
        security: BEARER,
        querystring: z.object({ position: PositionSchema.optional() }),
        response: { 200: CheckpointSchema, ...listErrors() },
      },
    },
    async function takeCheckpoint(request) {
      const { position } = request.query;
      return checkpointAt(deps.eventLog, position === undefined ? undefined : BigInt(position));
    },
  );
}
