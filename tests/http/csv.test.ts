import t from 'tap';
import { neutraliseCell, toCsv, type CsvTable } from '../../src/http/csv.js';

const table = (rows: CsvTable['rows'], columns: readonly string[] = ['a', 'b']): CsvTable => ({
  columns,
  rows,
});

t.test(
  'a report is a header row and one line per row, CRLF line ends, columns in report order',
  async (t) => {
    const csv = toCsv(
      table([
        { b: 'y', a: 'x' },
        { a: 'z', b: 'w' },
      ]),
    );
    t.equal(csv, 'a,b\r\nx,y\r\nz,w\r\n');
  },
);

t.test('commas, double quotes and line breaks are quoted as RFC 4180 says, quotes doubled', async (t) => {
  const csv = toCsv(
    table([
      { a: 'Ahus, Lørenskog', b: 'sa "nei"' },
      { a: 'linje 1\nlinje 2', b: 'cr\r\nlf' },
    ]),
  );
  t.equal(csv, 'a,b\r\n"Ahus, Lørenskog","sa ""nei"""\r\n"linje 1\nlinje 2","cr\r\nlf"\r\n');
});

t.test('a semicolon is quoted, so Norwegian Excel (list separator ;) keeps the cell whole', async (t) => {
  t.equal(toCsv(table([{ a: 'x;y', b: 'z' }])), 'a,b\r\n"x;y",z\r\n');
});

t.test('æ, ø and å are written as UTF-8 text, unchanged', async (t) => {
  const csv = toCsv(table([{ a: 'Skrøpelige eldre', b: 'Ås, Ærlig' }]));
  t.equal(csv, 'a,b\r\nSkrøpelige eldre,"Ås, Ærlig"\r\n');
  t.equal(Buffer.from(csv, 'utf8').toString('utf8'), csv);
});

t.test('cells that would start a spreadsheet formula get a leading single quote', async (t) => {
  const hostile = ['=HYPERLINK("http://x","y")', '+1+2', '-2+3', '@SUM(A1)', '\tTAB', '\rCR'];
  const csv = toCsv(table(hostile.map((a) => ({ a, b: 'ok' }))));
  t.equal(
    csv,
    [
      'a,b',
      `"'=HYPERLINK(""http://x"",""y"")",ok`,
      "'+1+2,ok",
      "'-2+3,ok",
      "'@SUM(A1),ok",
      "'\tTAB,ok",
      `"'\rCR",ok`,
      '',
    ].join('\r\n'),
  );
  for (const cell of hostile) t.equal(neutraliseCell(cell), `'${cell}`);
  t.equal(neutraliseCell('Pågår'), 'Pågår', 'ordinary text is left alone');
  t.equal(neutraliseCell('a=b'), 'a=b', 'only the first character matters');
});

t.test('numbers stay numbers, a negative one too; null is an empty field', async (t) => {
  const csv = toCsv(
    table([
      { a: -150_000, b: null },
      { a: 2.5, b: 0 },
    ]),
  );
  t.equal(csv, 'a,b\r\n-150000,\r\n2.5,0\r\n');
  t.equal(neutraliseCell(-5), -5);
  t.equal(neutraliseCell(null), null);
});

t.test('a missing cell is an empty field, and an empty report is its header alone', async (t) => {
  t.equal(toCsv(table([{ a: 'x' }])), 'a,b\r\nx,\r\n');
  t.equal(toCsv(table([])), 'a,b\r\n');
});

t.test('the byte order mark that Excel needs is written only when asked for', async (t) => {
  t.equal(toCsv(table([]), { bom: true }), '\ufeffa,b\r\n');
  t.notOk(toCsv(table([])).startsWith('\ufeff'));
});
