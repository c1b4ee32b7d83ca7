import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { toCsv } from '../projections/analysis/index.js';
import type { Report } from '../projections/read-model.js';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** `?format=csv` or `?format=json`; without it the Accept header decides. */
export const formatQuerySchema = z.object({
  format: z
    .enum(['json', 'csv'])
    .optional()
    .meta({ description: 'csv gives text/csv (UTF-8, header row); the same as Accept: text/csv' }),
});

/** CSV when asked for by `?format=csv`, or by an Accept header that prefers text/csv to JSON. */
export function wantsCsv(request: FastifyRequest, format: 'json' | 'csv' | undefined): boolean {
  if (format !== undefined) return format === 'csv';
  const accept = request.headers.accept;
  if (accept === undefined) return false;
  const ranked = accept
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { range: range.trim(), q: q === undefined ? 1 : Number(q.slice(2)) || 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const first = ranked.find((entry) =>
    ['text/csv', 'application/json', 'application/*', '*/*', 'text/*'].includes(entry.range),
  );
  return first?.range === 'text/csv' || first?.range === 'text/*';
}

/** Sends CSV text as an attachment a spreadsheet opens directly. */
export function sendCsv(reply: FastifyReply, csv: string, filename: string): FastifyReply {
  return reply
    .type(CSV_CONTENT_TYPE)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(csv);
}

/** The 200 response of a route that answers JSON or CSV. */
export function jsonOrCsv<Json extends z.ZodType>(json: Json, description: string) {
  return {
    description,
    content: {
      'application/json': { schema: json },
      'text/csv': {
        schema: z
          .string()
          .meta({ description: 'UTF-8, RFC 4180, header row; formula-like cells neutralised' }),
      },
    },
  };
}

/** A report of any row type, as JSON and CSV see it. */
export interface Table {
  columns: readonly string[];
  rows: readonly Record<string, string | number | null>[];
}

export function asTable<Row extends Record<string, string | number | null>>(report: Report<Row>): Table {
  return { columns: report.columns, rows: report.rows };
}

/** A table as CSV text (the projections' writer: RFC 4180, formula-like cells neutralised). */
export function tableCsv(table: Table): string {
  return toCsv(table);
}
