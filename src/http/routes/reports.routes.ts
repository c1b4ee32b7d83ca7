import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { EntityIdSchema } from '../../domain/index.js';
import {
  buildPartyRegister,
  pageOf,
  osloDateOf,
  plansAt,
  responsibilityTotals,
  rolledUpResponsibility,
  type ReportQuery,
} from '../../projections/index.js';
import type { ApiDependencies } from '../api-dependencies.js';
import {
  chosenFormat,
  formatQuerySchema,
  sendTableExport,
  type Table,
  type TableFormat,
} from '../csv-negotiation.js';
import { jsonOrCsv } from '../schemas/table.schema.js';
import { sendProblem } from '../error-handler.js';
import { XLSX_CONTENT_TYPE } from '../xlsx-export.js';
import { limitSchema, nextPageCursor, offsetPageQueryShape, type PageLimits } from '../paging.js';
import { sendQueryProblem } from './problems.js';
import { planNotFound } from '../plan-not-found.js';
import { plansInScope } from '../plan-scope.js';
import { BEARER, readErrors } from '../route-docs.js';
import { pagedReportTableSchema, reportTableSchema } from '../schemas/report.schema.js';
import { REPORT_EXAMPLES } from './report-examples.js';
import { temporalQuerySchema } from '../temporal-query.js';

const TAG = 'reports';

const reportQuerySchema = temporalQuerySchema.extend(formatQuerySchema.shape).extend({
  planId: EntityIdSchema.optional().meta({ description: 'Only this plan (default: all plans)' }),
});

/**
 * The reports with a row per tiltak, grant or party's tiltak grow with the plan: their JSON answer is paged as the
 * find routes' are, a page large enough that the seed plans fit on one. An export (CSV, xlsx) is a download and
 * holds every row, up to MAX_EXPORT_ROWS (docs/reports.md, "Pages and exports").
 */
export const REPORT_PAGE_LIMITS: PageLimits = { defaultLimit: 1000, maxLimit: 5000 };
const pagedReportQuerySchema = reportQuerySchema.extend({
  limit: limitSchema(REPORT_PAGE_LIMITS),
  cursor: offsetPageQueryShape.cursor,
});

/**
 * A row's identity for paging: a digest of its cells in column order (a report row has no id of its own, and the
 * cursor must stay short).
 */
function rowKey(columns: readonly string[], row: Readonly<Record<string, string | number | null>>): string {
  const cells = JSON.stringify(columns.map((column) => row[column] ?? null));
  return createHash('sha256').update(cells).digest('base64url').slice(0, 22);
}

const reports = [
  {
    name: 'status',
    paged: false,
    summary: 'Status report',
    description:
      'Tiltak counted per satsningsområde, tiltaksområde and status (with its Norwegian label; status null for "Ikke rapportert", as in the plan tree) at (validAt, knownAt).',
    build: (deps: ApiDependencies, query: ReportQuery) => deps.readModel.statusReport(query),
  },
  {
    name: 'status-totals',
    paged: false,
    summary: 'Status totals per satsningsområde and plan',
    description:
      'The satsningsområde × status table: one row per satsningsområde and one for the whole plan (satsningsomradeNumber null, "Hele planen"), a column per status (NOT_REPORTED for "Ikke rapportert", zeros too) and `total`, at (validAt, knownAt).',
    build: (deps: ApiDependencies, query: ReportQuery) => deps.readModel.statusTotals(query),
  },
  {
    name: 'status-tiltak',
    paged: true,
    summary: 'Status of each tiltak',
    description:
      'What a steering group reads: each tiltak in the plan\'s order with its status, the responsible parties (names joined with "; ") and its last change (effective instant and event type), at (validAt, knownAt).',
    build: (deps: ApiDependencies, query: ReportQuery) => deps.readModel.tiltakStatusList(query),
  },
  {
    name: 'funding',
    paged: true,
    summary: 'Funding report',
    description:
      'Every grant at (validAt, knownAt): year, source, tiltak, amount in NOK (null when not stated: unknown, not 0), decision reference, and withdrawnAt (null while it stands; a withdrawn grant is listed as withdrawn).',
    build: (deps: ApiDependencies, query: ReportQuery) => deps.readModel.fundingReport(query),
  },
  {
    name: 'funding-totals',
    paged: false,
    summary: 'Funding totals per year and source',
    description:
      'Per year and source, then per year over all sources (source null): standing grants, their sum in NOK over those stating an amount (null when none does), grantsWithoutAmount ("7 grants, amount not given") and withdrawn grants (in no sum), at (validAt, knownAt).',
    build: (deps: ApiDependencies, query: ReportQuery) => deps.readModel.fundingTotals(query),
  },
  {
    name: 'responsibility',
    paged: true,
    summary: 'Responsibility report',
    description:
      'Per party: the tiltak it is responsible for or takes part in, with their status, at (validAt, knownAt).',
    build: (deps: ApiDependencies, query: ReportQuery) => deps.readModel.responsibilityReport(query),
  },
  {
    name: 'responsibility-rollup',
    paged: true,
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
    paged: false,
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
  for (const report of reports) {
    if (report.paged) registerPagedReport(app, deps, report);
    else registerWholeReport(app, deps, report);
  }
}

type ReportSpec = (typeof reports)[number];

function reportDocs(report: ReportSpec, paging: string) {
  return {
    tags: [TAG],
    summary: report.summary,
    description: `${report.description} JSON by default${paging}; CSV with \`Accept: text/csv\` or \`?format=csv\` (\`&dialect=excel\`: BOM and \`;\` for Norwegian Excel); xlsx with \`Accept: ${XLSX_CONTENT_TYPE}\` or \`?format=xlsx\`.`,
    security: BEARER,
  };
}

/** The table a report request asks for, or null when a problem was sent (dialect without CSV, unknown plan). */
function reportTable(
  deps: ApiDependencies,
  report: ReportSpec,
  request: FastifyRequest,
  reply: FastifyReply,
  query: {
    validAt?: string | undefined;
    knownAt?: string | undefined;
    planId?: string | undefined;
    dialect?: 'excel' | undefined;
  },
  chosen: TableFormat,
): Table | null {
  const { validAt, knownAt, planId, dialect } = query;
  if (dialect !== undefined && chosen !== 'csv') {
    sendQueryProblem(reply, 'dialect', 'only with CSV (format=csv or Accept: text/csv)');
    return null;
  }
  // An unknown plan is a 404 as on /plans/{planId}, not an empty table that reads as "no tiltak".
  if (planId !== undefined && deps.readModel.planAt(planId, { validAt, knownAt }) === null) {
    sendProblem(reply, planNotFound(planId));
    return null;
  }
  const planIds = plansInScope(request.principal);
  return report.build(deps, { validAt, knownAt, planId, planIds });
}

async function sendExport(
  reply: FastifyReply,
  report: ReportSpec,
  table: Table,
  format: 'csv' | 'xlsx',
  dialect: 'excel' | undefined,
) {
  // The same rows as the JSON answer: an export is bounded as the report is.
  await sendTableExport(reply, table, { format, dialect, name: `${report.name}-report`, sheet: report.name });
}

function registerWholeReport(app: FastifyInstance, deps: ApiDependencies, report: ReportSpec): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    `/reports/${report.name}`,
    {
      config: { access: 'read', planScope: 'filtered' },
      schema: {
        ...reportDocs(report, ''),
        querystring: reportQuerySchema,
        response: {
          200: jsonOrCsv(reportTableSchema(REPORT_EXAMPLES[report.name]), 'The report as a table'),
          ...readErrors(),
        },
      },
    },
    async function readReport(request, reply) {
      const chosen = chosenFormat(request, request.query.format);
      const table = reportTable(deps, report, request, reply, request.query, chosen);
      if (table === null) return;
      if (chosen !== 'json') {
        await sendExport(reply, report, table, chosen, request.query.dialect);
        return;
      }
      return { columns: [...table.columns], rows: [...table.rows] };
    },
  );
}

function registerPagedReport(app: FastifyInstance, deps: ApiDependencies, report: ReportSpec): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    `/reports/${report.name}`,
    {
      config: { access: 'read', planScope: 'filtered' },
      schema: {
        ...reportDocs(
          report,
          `, paged: \`limit\` rows (default ${REPORT_PAGE_LIMITS.defaultLimit}, at most ${REPORT_PAGE_LIMITS.maxLimit}), \`nextCursor\` and \`Link\` name the next page, \`total\` counts every row; an export holds every row and takes no \`limit\` or \`cursor\``,
        ),
        querystring: pagedReportQuerySchema,
        response: {
          200: jsonOrCsv(
            pagedReportTableSchema(REPORT_EXAMPLES[report.name]),
            'One page of the report as a table',
          ),
          ...readErrors(),
        },
      },
    },
    async function readPagedReport(request, reply) {
      const chosen = chosenFormat(request, request.query.format);
      if (chosen !== 'json') {
        const given = new URL(request.url, 'http://localhost').searchParams;
        const paging = ['limit', 'cursor'].find((name) => given.has(name));
        if (paging !== undefined) {
          sendQueryProblem(reply, paging, 'only with JSON: an export holds every row');
          return;
        }
      }
      const table = reportTable(deps, report, request, reply, request.query, chosen);
      if (table === null) return;
      if (chosen !== 'json') {
        await sendExport(reply, report, table, chosen, request.query.dialect);
        return;
      }
      const page = pageOf(
        table.rows,
        (row) => rowKey(table.columns, row),
        request.query.limit,
        request.query.cursor,
      );
      return {
        columns: [...table.columns],
        rows: page.items,
        nextCursor: nextPageCursor(request, reply, page.next),
        total: page.total,
      };
    },
  );
}
