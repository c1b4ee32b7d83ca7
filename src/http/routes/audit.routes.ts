import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { checkpointAt, verifyCheckpoint, verifyEventStore, type KeptLogHead } from '../../audit/index.js';
import { EntityIdSchema } from '../../domain/index.js';
import type { AuditEntry, Report } from '../../projections/index.js';
import type { ApiDependencies } from '../api-dependencies.js';
import { chosenFormat, formatQuerySchema, sendTableExport } from '../csv-negotiation.js';
import { jsonOrCsv } from '../schemas/table.schema.js';
import { jsonified } from '../json-values.js';
import { limitSchema, linkNextPage } from '../paging.js';
import { sendProblem } from '../error-handler.js';
import { problem } from '../problem.js';
import { planNotFound } from '../plan-not-found.js';
import { BEARER, listErrors, readErrors } from '../route-docs.js';
import { PositionQuerySchema } from '../schemas/common.schema.js';
import { CheckpointSchema, VerifyResponseSchema } from '../schemas/audit.schema.js';
import { AuditPageSchema } from '../schemas/report.schema.js';
import { registerLogProofRoutes } from './audit-log.routes.js';
import { sendQueryProblem } from './problems.js';
import { afterOsloDay, dateOrInstantSchema, instantOf, startOfOsloDay } from '../temporal-query.js';

const TAG = 'audit';
export const AUDIT_MAX_LIMIT = 1000;
const AUDIT_PAGE = { defaultLimit: 100, maxLimit: AUDIT_MAX_LIMIT };
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
          'Every recorded event in recordedAt order, with actor, both times, reason, source and payload; filter by actor id, tiltak, plan, event type and a recordedAt range (`from` inclusive, `to` exclusive; a bare date is a day in Europe/Oslo). Paginated: pass `nextAfter` as `after` (in CSV and xlsx: the `X-Next-After` header). CSV with `Accept: text/csv` or `?format=csv` (`&dialect=excel`: BOM and `;`), xlsx with `?format=xlsx` or its Accept type; the `Link` header names the next page. Auditor and admin only.',
        security: BEARER,
        querystring: formatQuerySchema.extend({
          actor: z
            .string()
            .min(1)
            .max(200)
            .optional()
            .meta({ description: 'Token id or name of the actor (`import`: the seed)', example: 'import' }),
          tiltakId: EntityIdSchema.optional(),
          planId: EntityIdSchema.optional(),
          type: z
            .string()
            .regex(/^[A-Za-z]{1,100}$/)
            .optional()
            .meta({ example: 'TiltakStatusChanged' }),
          from: dateOrInstantSchema
            .optional()
            // No example: a fresh install recorded everything at the moment it was seeded.
            .meta({ description: 'recordedAt from (inclusive)' }),
          to: dateOrInstantSchema.optional().meta({
            description: 'recordedAt to (exclusive; a date includes that day)',
          }),
          // Inside the seed, whose events the `import` actor recorded.
          after: PositionQuerySchema.optional().meta({
            description: 'Continue after this position',
            example: '20',
          }),
          limit: limitSchema(AUDIT_PAGE),
        }),
        response: { 200: jsonOrCsv(AuditPageSchema, 'One page of the audit trail'), ...readErrors() },
      },
    },
    async function readAudit(request, reply) {
      const query = request.query;
      const chosen = chosenFormat(request, query.format);
      if (query.dialect !== undefined && chosen !== 'csv') {
        sendQueryProblem(reply, 'dialect', 'only with CSV (format=csv or Accept: text/csv)');
        return;
      }
      if (query.planId !== undefined && !deps.readModel.hasPlan(query.planId)) {
        sendProblem(reply, planNotFound(query.planId));
        return;
      }
      const page = deps.readModel.audit({
        actorId: query.actor,
        tiltakId: query.tiltakId,
        planId: query.planId,
        type: query.type,
        from: query.from === undefined ? undefined : instantOf(query.from, startOfOsloDay),
        to: query.to === undefined ? undefined : instantOf(query.to, afterOsloDay),
        after: query.after === undefined ? undefined : BigInt(query.after),
        limit: query.limit,
      });
      if (page.nextAfter !== null) void reply.header(NEXT_AFTER_HEADER, page.nextAfter.toString());
      // The audit's continuation token is the position itself, which clients already keep (`after`).
      linkNextPage(request, reply, 'after', page.nextAfter === null ? null : page.nextAfter.toString());
      if (chosen !== 'json') {
        // One page, as in JSON: an export is bounded by `limit` (1,000 at most); the next page by X-Next-After.
        await sendTableExport(reply, auditTable(page.entries), {
          format: chosen,
          dialect: query.dialect,
          name: 'audit',
          sheet: 'audit',
        });
        return;
      }
      return jsonified(page);
    },
  );

  registerIntegrityRoutes(typed, deps);
  registerLogProofRoutes(app, deps);
}

function registerIntegrityRoutes(typed: ReturnType<typeof withZod>, deps: ApiDependencies): void {
  typed.get(
    '/audit/verify',
    {
      config: { access: 'audit' },
      schema: {
        tags: [TAG],
        summary: 'Recompute every hash chain and the log-wide tree',
        description:
          "Reads the whole log and recomputes each event's hash from its predecessor and content, checks positions (no gaps, on stores that number them densely) and that recordedAt never decreases, and recomputes the log-wide Merkle tree, which must give the running server's signed head (docs/audit.md). Reports every broken link with stream, revision and position. With `checkpoint` and `position`, also says whether the history up to that position still gives the digest kept from `GET /audit/checkpoint`; `ok` is false when it does not. Auditor and admin only.",
        security: BEARER,
        querystring: z.object({
          checkpoint: z
            .string()
            .regex(/^[0-9a-f]{64}$/)
            .optional()
            .meta({ description: 'A digest kept from GET /audit/checkpoint (needs position)' }),
          position: PositionQuerySchema.optional(),
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
      if (position !== undefined && (await isPastHead(deps, BigInt(position)))) {
        {
          sendQueryProblem(reply, 'position', 'past the head of the log');
          return;
        }
      }
      const options = { densePositions: deps.densePositions === true, head: runningHead(deps) };
      if (checkpoint === undefined || position === undefined) {
        return { ...(await verifyEventStore(deps.eventLog, options)), checkpoint: null };
      }
      const result = await verifyCheckpoint(deps.eventLog, checkpoint, BigInt(position), options);
      return {
        ...result.chains,
        ok: result.chains.ok && result.matches,
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
        summary: 'A digest of every stream head and the signed log head, to keep elsewhere',
        description:
          'sha256 over the last event (stream, revision, hash) of every stream at or before `position` (default: the head of the log), and the signed head of the log-wide Merkle tree there. Keep both outside the system; `GET /audit/verify?checkpoint=<digest>&position=<p>` later confirms the digest, `GET /audit/consistency?from=<treeSize>` that the log still extends the head. A position past the head is a 400. Refused with 503 `STORE.UNAVAILABLE` when a row of the log cannot be read (`GET /audit/verify` locates it). Auditor and admin only.',
        security: BEARER,
        querystring: z.object({ position: PositionQuerySchema.optional() }),
        response: { 200: CheckpointSchema, ...listErrors() },
      },
    },
    async function takeCheckpoint(request, reply) {
      const position = request.query.position === undefined ? undefined : BigInt(request.query.position);
      if (position !== undefined && (await isPastHead(deps, position))) {
        {
          sendQueryProblem(reply, 'position', 'past the head of the log');
          return;
        }
      }
      const checkpoint = await checkpointAt(deps.eventLog, position);
      const at = checkpoint.position === null ? null : BigInt(checkpoint.position);
      const auditLog = deps.auditLog;
      const covered = auditLog !== undefined && (at === null || (await auditLog.waitForPosition(at, 5_000)));
      const logHead = covered ? auditLog.signedHead(at === null ? 0 : auditLog.sizeAt(at)) : null;
      return { ...checkpoint, logHead };
    },
  );
}

async function isPastHead(deps: ApiDependencies, position: bigint): Promise<boolean> {
  return position > ((await deps.eventLog.headPosition()) ?? 0n);
}

/** The running server's tree at its current size: a walk of the log must give the same root. */
function runningHead(deps: ApiDependencies): KeptLogHead | undefined {
  const auditLog = deps.auditLog;
  if (auditLog === undefined || auditLog.state !== 'verified') return undefined;
  return { treeSize: auditLog.size, rootHash: auditLog.rootAt(auditLog.size) };
}
