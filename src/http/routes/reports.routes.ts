import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { EntityIdSchema } from '../../domain/index.js';
import {
  buildPartyRegister,
  osloDateOf,
  plansAt,
  responsibilityTotals,
  rolledUpResponsibility,
} from '../../projections/finding/index.js';
import type { ReportQuery } from '../../projections/read-model.js';
import type { ApiDependencies } from '../api-dependencies.js';
import { chosenFormat, formatQuerySchema, sendTableExport } from '../csv-negotiation.js';
import { jsonOrCsv } from '../schemas/table.schema.js';
import { sendProblem } from '../error-handler.js';
import { XLSX_CONTENT_TYPE } from '../xlsx-export.js';
import { sendQueryProblem } from './problems.js';
import { planNotFound } from '../plan-not-found.js';
import { plansInScope } from '../plan-scope.js';
import { BEARER, readErrors } from '../route-docs.js';
import { reportTableSchema } from '../schemas/report.schema.js';
import { REPORT_EXAMPLES } from './report-examples.js';
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
    build: (deps: ApiDependencies, query: ReportQuery) => deps.readModel.statusReport(query),
  },
  {
    name: 'status-totals',
    summary: 'Status totals per satsningsområde and plan',
    description:
      'The satsningsområde × status table: one row per satsningsområde and one for the whole plan (satsningsomradeNumber null, "Hele planen"), a column per status (NOT_REPORTED for "Ikke rapportert", zeros too) and `total`, at (validAt, knownAt).',
    build: (deps: ApiDependencies, query: ReportQuery) => deps.readModel.statusTotals(query),
  },
  {
    name: 'status-tiltak',
    summary: 'Status of each tiltak',
    description:
      'What a steering group reads: each tiltak in the plan\'s order with its status, the responsible parties (names joined with "; ") and its last change (effective instant and event type), at (validAt, knownAt).',
    build: (deps: ApiDependencies, query: ReportQuery) => deps.readModel.tiltakStatusList(query),
  },
  {
    name: 'funding',
    summary: 'Funding report',
    description:
      'Every grant at (validAt, knownAt): year, source, tiltak, amount in NOK (null when not stated: unknown, not 0), decision reference, and withdrawnAt (null while it stands; a withdrawn grant is listed as withdrawn).',
    build: (deps: ApiDependencies, query: ReportQuery) => deps.readModel.fundingReport(query),
  },
  {
    name: 'funding-totals',
    summary: 'Funding totals per year and source',
    description:
      'Per year and source, then per year over all sources (source null): standing grants, their sum in NOK over those stating an amount (null when none does), grantsWithoutAmount ("7 grants, amount not given") and withdrawn grants (in no sum), at (validAt, knownAt).',
    build: (deps: ApiDependencies, query: ReportQuery) => deps.readModel.fundingTotals(query),
  },
  {
    name: 'responsibility',
    summary: 'Responsibility report',
    description:
      'Per party: the tiltak it is responsible for or takes part in, with their status, at (validAt, knownAt).',
    build: (deps: ApiDependencies, query: ReportQuery) => deps.readModel.responsibilityReport(query),
  },
  {
    name: 'responsibility-rollup',
    summary: 'Responsibility with units rolled up',
    description:
      "Per party, the tiltak it or any of its units (partOf, all the way down: a trust's clinics, a kommune's sykehjem) is responsible for or takes part in, each tiltak once per party, with `roles` and `via` (the names through which it takes part), at (validAt, knownAt). A group is not rolled up into its members.",
    build: (deps: ApiDependencies, query: ReportQuery) => {
      const plans = reportPlans(deps, query);
      return rolledUpResponsibility(buildPartyRegister(plans, osloDateOf(query.validAt)), plans);
    },
  },
  {
    name: 'responsibility-totals',
    summary: 'Tiltak per party, units rolled up',
    description:
      'One row per party taking part in some tiltak: how many tiltak it or its units are in (`tiltak`), responsible for, participating in, and `direct` (those naming the party itself), at (validAt, knownAt).',
    build: (deps: ApiDependencies, query: ReportQuery) => {
      const plans = reportPlans(deps, query);
      return responsibilityTotals(buildPartyRegister(plans, osloDateOf(query.validAt)), plans);
    },
  },
] as const;

/** The plan trees a report reads: the one asked for, or all in the token's scope. */
function reportPlans(deps: ApiDependencies, query: ReportQuery) {
  const at = { validAt: query.validAt, knownAt: query.knownAt };
  return plansAt(deps.readModel, at, query.planIds).filter(
    (plan) => query.planId === undefined || plan.planId === query.planId,
  );
}

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
          description: `${report.description} JSON by default; CSV with \`Accept: text/csv\` or \`?format=csv\` (\`&dialect=excel\`: BOM and \`;\` for Norwegian Excel); xlsx with \`Accept: ${XLSX_CONTENT_TYPE}\` or \`?format=xlsx\`.`,
          security: BEARER,
          querystring: reportQuerySchema,
          response: {
            200: jsonOrCsv(reportTableSchema(REPORT_EXAMPLES[report.name]), 'The report as a table'),
            ...readErrors(),
          },
        },
      },
      async function readReport(request, reply) {
        const { validAt, knownAt, planId, format, dialect } = request.query;
        const chosen = chosenFormat(request, format);
        if (dialect !== undefined && chosen !== 'csv') {
          sendQueryProblem(reply, 'dialect', 'only with CSV (format=csv or Accept: text/csv)');
          return;
        }
        // An unknown plan is a 404 as on /plans/{planId}, not an empty table that reads as "no tiltak".
        if (planId !== undefined && deps.readModel.planAt(planId, { validAt, knownAt }) === null) {
          sendProblem(reply, planNotFound(planId));
          return;
        }
        const planIds = plansInScope(request.principal);
        const table = report.build(deps, { validAt, knownAt, planId, planIds });
        if (chosen !== 'json') {
          // The same rows as the JSON answer: an export is bounded as the report is.
          await sendTableExport(reply, table, {
            format: chosen,
            dialect,
            name: `${report.name}-report`,
            sheet: report.name,
          });
          return;
        }
        return { columns: [...table.columns], rows: [...table.rows] };
      },
    );
  }
}
