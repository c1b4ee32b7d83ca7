import ExcelJS from 'exceljs';
import { osloWallClock } from '../domain/index.js';
import { neutraliseCell } from './csv.js';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A table as the exports see it: the column order is the header's. */
export interface ExportTable {
  columns: readonly string[];
  rows: readonly Readonly<Record<string, string | number | null>>[];
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const WIDEST = 60;
// At least 10: exceljs leaves a column of width 9 (its default) out of the file, so it would read back unsized.
const NARROWEST = 10;

/**
 * An instant as an Excel date: Excel has no time zones, so the cell holds the Europe/Oslo wall-clock time (what
 * its users read), written as if it were UTC because exceljs stores a Date's UTC fields.
 */
function osloDate(instant: string): Date {
  const utcMs = Date.parse(instant);
  return new Date(utcMs + osloWallClock(utcMs).offsetMs);
}

/** A cell value: instants become dates, numbers stay numbers, text that would start a formula is neutralised. */
function cellValue(value: string | number | null): string | number | Date | null {
  if (typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) {
    return osloDate(value);
  }
  return neutraliseCell(value);
}

/**
 * A table as an .xlsx workbook with one sheet: a bold header row, frozen, with a filter; dates as dates (Oslo
 * time, `yyyy-mm-dd hh:mm`), numbers as numbers, null as an empty cell; each column as wide as its widest cell
 * (10 to 60 characters).
 */
export async function tableXlsx(table: ExportTable, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'samhandlingsplan';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
  });
  const widths = table.columns.map((column) => column.length);
  sheet.addRow(table.columns.map((column) => neutraliseCell(column)));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) {
    const values = table.columns.map((column) => cellValue(row[column] ?? null));
    const added = sheet.addRow(values);
    values.forEach((value, index) => {
      const shown = value instanceof Date ? 16 : value === null ? 0 : String(value).length;
      widths[index] = Math.max(widths[index] ?? 0, shown);
      if (value instanceof Date) added.getCell(index + 1).numFmt = 'yyyy-mm-dd hh:mm';
    });
  }
  widths.forEach((width, index) => {
    sheet.getColumn(index + 1).width = Math.min(WIDEST, Math.max(NARROWEST, width + 2));
  });
  if (table.columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
