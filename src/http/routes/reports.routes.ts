import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { EntityIdSchema } from '../../domain/index.js';
import type { ReportQuery } from '../../projections/read-model.js';
import type { ApiDependencies } from '../api-dependencies.js';
import { formatQuerySchema, asTable, jsonOrCsv, sendCsv, tableCsv, wantsCsv } from '../csv-negotiation.js';
import { sendProblem } from '../error-handler.js';
import { planNotFound } from '../plan-not-found.js';
import { plansInScope } from '../plan-scope.js';
import { BEARER, readErrors } from '../route-docs.js';
import { ReportSchema } from '../schemas/report.schema.js';
import { temporalQuerySchema } from '../temporal-query.js';

const TAG = 'reports';

const reportQuerySchema = temporalQuerySchema.extend(formatQuerySchema.shape).extend({
  planId: EntityIdSchema.optional().meta({ description: 'Only this plan (default: all plans)' }),
});

const reports = [
  {
    name: 'status',
    summary: 'Status report',
    description:
      'Tiltak counted per satsningsområde, tiltaksområde and status (with its Norwegian label; status null for "Ikke rapportert", as in the plan tree) at (validAt, knownAt).',
    build: (deps: ApiDependencies, query: ReportQuery) => asTable(deps.readModel.statusReport(query)),
  },
  {
    name: 'funding',
    summary: 'Funding report',
    description:
      'Every grant standing at (validAt, knownAt): year, source, tiltak, amount in NOK (empty when not stated) and decision reference.',
    build: (deps: ApiDependencies, query: ReportQuery) => asTable(deps.readModel.fundingReport(query)),
  },
  {
    name: 'responsibility',
    summary: 'Responsibility report',
    description:
      'Per party: the tiltak it is responsible for or takes part in, with their status, at (validAt, knownAt).',
    build: (deps: ApiDependencies, query: ReportQuery) => asTable(deps.readModel.responsibilityReport(query)),
  },
] as const;

export function registerReportRoutes(app: FastifyInstance, deps: ApiDependencies): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const report of reports) {
    typed.get(
      `/reports/${report.name}`,
      {
        config: { access: 'read', planScope: 'filtered' },
        schema: {
          tags: [TAG],
          summary: report.summary,
          description: `${report.description} JSON by default; CSV with \`Accept: text/csv\` or \`?format=csv\`.`,
          security: BEARER,
          querystring: reportQuerySchema,
          response: { 200: jsonOrCsv(ReportSchema, 'The report as a table'), ...readErrors() },
        },
      },
      function readReport(request, reply) {
        const { validAt, knownAt, planId, format } = request.query;
        // An unknown plan is a 404 as on /plans/{planId}, not an empty table that reads as "no tiltak".
        if (planId !== undefined && deps.readModel.planAt(planId, { validAt, knownAt }) === null) {
          sendProblem(reply, planNotFound(planId));
          return;
        }
        const planIds = plansInScope(request.principal);
        const table = report.build(deps, { validAt, knownAt, planId, planIds });
        if (wantsCsv(request, format)) {
          sendCsv(reply, tableCsv(table), `${report.name}-report.csv`);
          return;
        }
        return { columns: [...table.columns], rows: [...table.rows] };
      },
    );
  }
}
