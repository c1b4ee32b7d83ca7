import { z } from 'zod';
import { STATUS_REPORT_COLUMNS } from '../../projections/index.js';
import { pageInfoShape } from '../paging.js';
import { DecimalStringSchema, eventSummaryShape } from './common.schema.js';

const cell = z.union([z.string(), z.number(), z.null()]);

/** A table for JSON and CSV alike: `columns` is the CSV header, each row has those keys. */
export const ReportSchema = z
  .object({
    columns: z.array(z.string()),
    rows: z.array(z.record(z.string(), cell)),
  })
  .meta({
    id: 'Report',
    example: {
      // The status report's own columns, so that an added column cannot leave the example behind.
      columns: [...STATUS_REPORT_COLUMNS],
      rows: [
        {
          planId: 'handlingsplan-2020-2022',
          satsningsomradeNumber: 1,
          satsningsomrade: 'Samarbeid om de mest sårbare pasientgruppene',
          tiltaksomrade: 'Skrøpelige eldre',
          status: 'IN_PROGRESS',
          statusLabel: 'Pågår',
          count: 3,
        },
      ],
    },
  });

/** A report's example: its columns and a row or two. */
interface TableExample {
  columns: readonly string[];
  rows: readonly Record<string, unknown>[];
}

const tableShape = { columns: z.array(z.string()), rows: z.array(z.record(z.string(), cell)) };

/** One report's table with its own example (OpenAPI shows each report's columns). */
export function reportTableSchema(example: TableExample) {
  return z.object(tableShape).meta({ example });
}

/** One page of a report that grows with the plan: the table's columns, this page's rows, and where the next starts. */
export function pagedReportTableSchema(example: TableExample) {
  return z
    .object({ ...tableShape, ...pageInfoShape })
    .meta({ example: { ...example, nextCursor: null, total: example.rows.length } });
}

export const AuditPageSchema = z
  .object({
    entries: z.array(
      z.object({
        ...eventSummaryShape,
        tiltakId: z.string().nullable(),
        planId: z.string().nullable(),
        data: z.unknown(),
      }),
    ),
    nextAfter: DecimalStringSchema.nullable().meta({
      description: 'Pass as `after` for the next page; null at the end',
    }),
  })
  .meta({ id: 'AuditPage' });

export const RecordedEventSchema = z
  .object({
    ...eventSummaryShape,
    schemaVersion: z.number().int(),
    causationId: z.string().nullable(),
    data: z.unknown(),
    prevHash: z.string(),
    hash: z.string(),
  })
  .meta({ id: 'RecordedEvent', description: 'A stored event with its whole envelope and hash chain links' });

export const EventFeedSchema = z.object({
  events: z.array(RecordedEventSchema),
  lastPosition: DecimalStringSchema.nullable().meta({ description: 'Pass as `after` for the next page' }),
  isEnd: z.boolean(),
});
