import { stringify } from 'csv-stringify/sync';

/** First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell a spreadsheet would run as a formula gets a leading single quote, so it stays text. */
export function neutraliseCell(value: string | number | null): string | number | null {
  return typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value;
}

/** Any Report<Row> (structurally; Report itself is invariant in Row): the column order is the header's. */
export interface CsvTable {
  columns: readonly string[];
  rows: readonly Readonly<Record<string, string | number | null>>[];
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, which Excel needs to read æ, ø and å from a file. Default false. */
  bom?: boolean;
  /** The field separator: `,` (RFC 4180, the default) or `;` (what Norwegian Excel splits on). */
  delimiter?: ',' | ';';
}

/**
 * A report as RFC 4180 CSV: a header row of the report's columns, CRLF line ends, UTF-8. A field is quoted when it
 * holds a comma, a double quote (doubled inside), a line break, or a semicolon (the list separator of Norwegian
 * Excel). Text cells that would start a formula are neutralised; numbers stay numbers; null is an empty field.
 */
export function toCsv(report: CsvTable, options: CsvOptions = {}): string {
  const header = report.columns.map((column) => neutraliseCell(column));
  const records = report.rows.map((row) =>
    report.columns.map((column) => neutraliseCell(row[column] ?? null)),
  );
  return stringify([header, ...records], {
    record_delimiter: '\r\n',
    quoted_match: /[\r\n;]/,
    bom: options.bom ?? false,
    delimiter: options.delimiter ?? ',',
    cast: { number: (value) => String(value) },
  });
}
