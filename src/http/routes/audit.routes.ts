import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { EntityIdSchema } from '../../domain/index.js';
import type { AuditEntry, Report } from '../../projections/read-model.js';
import type { ApiDependencies } from '../api-dependencies.js';
import { formatQuerySchema, asTable, jsonOrCsv, sendCsv, tableCsv, wantsCsv } from '../csv-negotiation.js';
import { jsonified } from '../json-values.js';
import { BEARER, listErrors } from '../route-docs.js';
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

export function registerAuditRoutes(app: FastifyInstance, deps: ApiDependencies): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
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
        response: { 200: jsonOrCsv(AuditPageSchema, 'One page of the audit trail'), ...listErrors() },
      },
    },
    function readAudit(request, reply) {
      const query = request.query;
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
}
