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
