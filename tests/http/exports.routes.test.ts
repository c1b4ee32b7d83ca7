// Exports in the tools the users have (issue 17 §2): .xlsx read back with a real parser (exceljs), and CSV that
// Norwegian Excel opens (BOM, `;`), for the reports and the audit log; formula cells neutralised in both.
import ExcelJS from 'exceljs';
import t from 'tap';
import { exportTooLarge, MAX_EXPORT_ROWS } from '../../src/http/csv-negotiation.js';
import { PLAN_ID, TILTAK_ID, createPlanStructure, createTiltak, startApi, type Api } from './api-fixture.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function planWithFormulaTitle(api: Api): Promise<void> {
  await createPlanStructure(api);
  await createTiltak(api, { title: '=HYPERLINK("http://evil.example","klikk")', number: '1.1.1' });
  const granted = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/funding`,
    payload: {
      source: 'Samhandlingsmidler på tvers',
      year: 2021,
      amountNok: 250000,
      effectiveAt: '2021-03-01T00:00:00+01:00',
    },
  });
  if (granted.statusCode >= 300) throw new Error(granted.body);
}

async function workbookOf(body: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (sheet === undefined) throw new Error('no sheet');
  return sheet;
}

function headerOf(sheet: ExcelJS.Worksheet): string[] {
  const values = sheet.getRow(1).values as unknown[];
  return values.slice(1).map(String);
}

function cellOf(sheet: ExcelJS.Worksheet, row: number, column: string): ExcelJS.CellValue {
  const index = headerOf(sheet).indexOf(column);
  if (index < 0) throw new Error(`no column ${column}`);
  return sheet.getRow(row).getCell(index + 1).value;
}

t.test('every report as xlsx: header row frozen, dates as dates, numbers as numbers', async (t) => {
  const api = await startApi(t);
  await planWithFormulaTitle(api);
  const names = [
    'status',
    'status-totals',
    'status-tiltak',
    'funding',
    'funding-totals',
    'responsibility',
    'responsibility-rollup',
    'responsibility-totals',
  ];
  for (const name of names) {
    const json = await api.as('reader', { method: 'GET', url: `/reports/${name}?planId=${PLAN_ID}` });
    const table = json.json<{ columns: string[]; rows: unknown[] }>();
    const response = await api.as('reader', {
      method: 'GET',
      url: `/reports/${name}?planId=${PLAN_ID}&format=xlsx`,
    });
    t.equal(response.statusCode, 200, name);
    t.equal(response.headers['content-type'], XLSX, `${name}: the xlsx type`);
    t.match(response.headers['content-disposition'], new RegExp(`filename="${name}-report\\.xlsx"`));
    const sheet = await workbookOf(response.rawPayload);
    t.strictSame(headerOf(sheet), table.columns, `${name}: the header row is the report's columns`);
    t.equal(sheet.rowCount, table.rows.length + 1, `${name}: one row per report row, no more`);
    t.match(sheet.views[0], { state: 'frozen', ySplit: 1 }, `${name}: the header row is frozen`);
    t.ok(
      sheet.columns.every((column) => typeof column.width === 'number' && column.width >= 10),
      `${name}: columns sized`,
    );
  }

  const funding = await workbookOf(
    (await api.as('reader', { method: 'GET', url: `/reports/funding?planId=${PLAN_ID}&format=xlsx` }))
      .rawPayload,
  );
  t.equal(cellOf(funding, 2, 'amountNok'), 250000, 'an amount is a number cell');
  t.equal(cellOf(funding, 2, 'year'), 2021, 'a year is a number cell');
  t.equal(cellOf(funding, 2, 'withdrawnAt'), null, 'null is an empty cell');
  t.equal(cellOf(funding, 2, 'tiltak'), `'=HYPERLINK("http://evil.example","klikk")`, 'formula neutralised');
  t.equal(cellOf(funding, 2, 'source'), 'Samhandlingsmidler på tvers', 'æøå as they are');

  const list = await workbookOf(
    (await api.as('reader', { method: 'GET', url: `/reports/status-tiltak?planId=${PLAN_ID}&format=xlsx` }))
      .rawPayload,
  );
  const lastChange = cellOf(list, 2, 'lastChangeAt');
  t.ok(lastChange instanceof Date, 'an instant is a date cell');
  // Last changed by the grant effective 2021-03-01T00:00+01:00 (2021-02-28T23:00Z): the sheet shows the Oslo
  // wall-clock time, midnight on 1 March (Excel has no time zones).
  t.equal((lastChange as Date).toISOString(), '2021-03-01T00:00:00.000Z');

  const viaAccept = await api.as('reader', {
    method: 'GET',
    url: `/reports/status-totals?planId=${PLAN_ID}`,
    headers: { accept: `${XLSX}, application/json;q=0.5` },
  });
  t.equal(viaAccept.headers['content-type'], XLSX, 'Accept chooses xlsx as it chooses CSV');
  const totals = await workbookOf(viaAccept.rawPayload);
  t.equal(cellOf(totals, 3, 'total'), 1, 'the plan row: one tiltak, a number');
});

t.test('CSV for Norwegian Excel: BOM, `;` separator, æøå intact, formulas neutralised', async (t) => {
  const api = await startApi(t);
  await planWithFormulaTitle(api);
  const response = await api.as('reader', {
    method: 'GET',
    url: `/reports/funding?planId=${PLAN_ID}&format=csv&dialect=excel`,
  });
  t.equal(response.statusCode, 200);
  t.match(response.headers['content-type'], /^text\/csv; charset=utf-8/);
  t.strictSame([...response.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with the UTF-8 BOM');
  const text = response.rawPayload.subarray(3).toString('utf8');
  const [header, row] = text.split('\r\n');
  t.equal(
    header,
    'planId;year;source;tiltakId;tiltakNumber;tiltak;grantId;amountNok;decisionReference;withdrawnAt',
  );
  t.match(row, /;2021;Samhandlingsmidler på tvers;/, 'fields split by ; and æøå as UTF-8');
  t.match(row, /;"'=HYPERLINK\(""http:\/\/evil\.example"",""klikk""\)";/, 'the formula cell neutralised');
  t.match(row, /;250000;/, 'a number as a number');

  const plain = await api.as('reader', {
    method: 'GET',
    url: `/reports/funding?planId=${PLAN_ID}&format=csv`,
  });
  t.not(plain.rawPayload[0], 0xef, 'without the dialect: RFC 4180, no BOM');
  t.match(plain.body, /^planId,year,source/);

  const viaAccept = await api.as('reader', {
    method: 'GET',
    url: `/reports/funding?planId=${PLAN_ID}&dialect=excel`,
    headers: { accept: 'text/csv' },
  });
  t.match(viaAccept.body, /^\uFEFF?planId;year/, 'the dialect also with Accept: text/csv');

  const refused = await api.as('reader', {
    method: 'GET',
    url: `/reports/funding?format=xlsx&dialect=excel`,
  });
  t.equal(refused.statusCode, 400, 'dialect without CSV is refused, not ignored');
  t.match(refused.headers['content-type'], /^application\/problem\+json/);
  const unknown = await api.as('reader', { method: 'GET', url: `/reports/funding?format=csv&dialect=libre` });
  t.equal(unknown.statusCode, 400, 'an unknown dialect is refused');
});

t.test('the audit log as xlsx and Excel CSV: one page, bounded by limit', async (t) => {
  const api = await startApi(t);
  await planWithFormulaTitle(api);
  const json = await api.as('auditor', { method: 'GET', url: '/audit?limit=3' });
  t.equal(json.statusCode, 200);
  const xlsx = await api.as('auditor', { method: 'GET', url: '/audit?limit=3&format=xlsx' });
  t.equal(xlsx.statusCode, 200);
  t.equal(xlsx.headers['content-type'], XLSX);
  t.ok(xlsx.headers['x-next-after'], 'the next page is named as for CSV');
  const sheet = await workbookOf(xlsx.rawPayload);
  t.equal(sheet.rowCount, 4, 'the header and the page of 3, as the JSON answer');
  t.match(sheet.views[0], { state: 'frozen', ySplit: 1 });
  t.ok(cellOf(sheet, 2, 'recordedAt') instanceof Date, 'recordedAt is a date cell');
  t.ok(cellOf(sheet, 2, 'effectiveAt') instanceof Date, 'effectiveAt is a date cell');
  t.equal(typeof cellOf(sheet, 2, 'type'), 'string');

  const csv = await api.as('auditor', { method: 'GET', url: '/audit?limit=3&format=csv&dialect=excel' });
  t.strictSame([...csv.rawPayload.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const lines = csv.rawPayload.subarray(3).toString('utf8').split('\r\n');
  t.match(lines[0], /^position;recordedAt;effectiveAt;type;/);
  t.equal(lines.filter((line) => line !== '').length, 4, 'header and 3 records');
});

t.test('an export is bounded: past the row limit it is refused, not cut short', (t) => {
  const table = { columns: ['n'], rows: [{ n: 1 }, { n: 2 }, { n: 3 }] };
  t.equal(exportTooLarge(table, 3), null, 'at the limit it fits');
  t.match(exportTooLarge(table, 2), { status: 400, code: 'EXPORT.TOO_MANY_ROWS', rows: 3, max: 2 });
  t.ok(MAX_EXPORT_ROWS < 1_048_576, 'below the rows a sheet can hold');
  t.end();
});
