import { z } from 'zod';
import { XLSX_CONTENT_TYPE } from '../xlsx-export.js';

/** The 200 response of a route that answers JSON, CSV or xlsx. */
export function jsonOrCsv<Json extends z.ZodType>(json: Json, description: string) {
  return {
    description,
    content: {
      'application/json': { schema: json },
      'text/csv': {
        schema: z.string().meta({
          description:
            'UTF-8, RFC 4180, header row; formula-like cells neutralised. With dialect=excel: a UTF-8 BOM and `;` as separator',
        }),
      },
      [XLSX_CONTENT_TYPE]: {
        schema: z.string().meta({
          format: 'binary',
          description:
            'One sheet: bold header row, frozen, with a filter; instants as dates (Europe/Oslo time), numbers as numbers; formula-like cells neutralised',
        }),
      },
    },
  };
}
