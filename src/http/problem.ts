import { z } from 'zod';

/** RFC 9457 problem details, the body of every error response (DESIGN.md §5). */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  instance?: string;
  /** `expected`: the forms a value may take (dates: `YYYY-MM-DD`, an instant with an offset). */
  errors?: { path: string; message: string; code?: string; expected?: string[] }[];
  [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** A stable, documented URI per code, so clients can switch on `type` or `code` alike. */
export function problemType(code: string): string {
  return `https://samhandlingsplan.no/problems/${code.toLowerCase().replaceAll('.', '/').replaceAll('_', '-')}`;
}

export function problem(
  status: number,
  code: string,
  title: string,
  detail?: string,
  extra?: Partial<Problem>,
): Problem {
  return {
    type: problemType(code),
    title,
    status,
    code,
    ...(detail === undefined ? {} : { detail }),
    ...extra,
  };
}

/** The problem body as a schema, for the error responses of every route in the OpenAPI document. */
export const problemSchema = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    code: z.string(),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
          code: z.string().optional(),
          expected: z.array(z.string()).optional(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details with a stable code' });
