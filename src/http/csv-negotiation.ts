import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { toCsv, type CsvTable } from './csv.js';
import { sendProblem } from './error-handler.js';
import { problem, type Problem } from './problem.js';
import { tableXlsx, XLSX_CONTENT_TYPE } from './xlsx-export.js';

/** A report of any row type, as JSON, CSV and xlsx see it: `columns` in order, each row keyed by them. */
export type Table = CsvTable;

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

export type TableFormat = 'json' | 'csv' | 'xlsx';

/** `?format=csv|xlsx|json`; without it the Accept header decides. `dialect=excel` only with CSV. */
export const formatQuerySchema = z.object({
  format: z
    .enum(['json', 'csv', 'xlsx'])
    .optional()
    .meta({
      description: `csv gives text/csv (UTF-8, header row), the same as Accept: text/csv; xlsx an Excel workbook, the same as Accept: ${XLSX_CONTENT_TYPE}`,
    }),
  dialect: z.enum(['excel']).optional().meta({
    description:
      'With CSV only: excel gives what Norwegian Excel opens as it is: a UTF-8 byte order mark and `;` between fields',
  }),
});

/** The format asked for: `?format=` first, else the Accept range ranked first among JSON, CSV and xlsx. */
export function chosenFormat(request: FastifyRequest, format: TableFormat | undefined): TableFormat {
  if (format !== undefined) return format;
  const accept = request.headers.accept;
  if (accept === undefined) return 'json';
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
    ['text/csv', 'application/json', XLSX_CONTENT_TYPE, 'application/*', '*/*', 'text/*'].includes(
      entry.range,
    ),
  );
  if (first?.range === 'text/csv' || first?.range === 'text/*') return 'csv';
  if (first?.range === XLSX_CONTENT_TYPE) return 'xlsx';
  return 'json';
}

/**
 * The most rows an export holds. The JSON answer is bounded by the plan's size; an export is refused beyond this
 * (far below Excel's 1,048,576 rows) rather than cut short, since a silently shortened sheet reads as complete.
 */
export const MAX_EXPORT_ROWS = 100_000;

/** 400 EXPORT.TOO_MANY_ROWS when the table is longer than an export may be; null when it fits. */
export function exportTooLarge(table: Table, max: number = MAX_EXPORT_ROWS): Problem | null {
  if (table.rows.length <= max) return null;
  return problem(
    400,
    'EXPORT.TOO_MANY_ROWS',
    'Bad Request',
    `the export would have ${table.rows.length} rows, more than ${max}; narrow it (planId, limit)`,
    { rows: table.rows.length, max },
  );
}

/**
 * Sends a table as CSV (RFC 4180, or with `dialect: 'excel'` a BOM and `;`) or as an .xlsx workbook, as an
 * attachment named `<name>.csv` / `<name>.xlsx`. Formula-like text cells are neutralised in both.
 */
export async function sendTableExport(
  reply: FastifyReply,
  table: Table,
  options: { format: 'csv' | 'xlsx'; dialect: 'excel' | undefined; name: string; sheet: string },
): Promise<FastifyReply> {
  const tooLarge = exportTooLarge(table);
  if (tooLarge !== null) {
    sendProblem(reply, tooLarge);
    return reply;
  }
  if (options.format === 'xlsx') {
    return reply
      .type(XLSX_CONTENT_TYPE)
      .header('content-disposition', `attachment; filename="${options.name}.xlsx"`)
      .send(await tableXlsx(table, options.sheet));
  }
  const csv = toCsv(table, options.dialect === 'excel' ? { bom: true, delimiter: ';' } : {});
  return reply
    .type(CSV_CONTENT_TYPE)
    .header('content-disposition', `attachment; filename="${options.name}.csv"`)
    .send(csv);
}
