import t from 'tap';
import { PLAN_ID, TILTAK_ID, createPlanStructure, createTiltak, startApi, type Api } from './api-fixture.js';

async function planWithFormulaTitle(api: Api): Promise<void> {
  await createPlanStructure(api);
  await createTiltak(api, { title: '=HYPERLINK("http://evil.example","klikk")', number: '1.1.1' });
  await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/funding`,
    payload: { source: 'Samhandlingsmidler', year: 2021, amountNok: 250000, decisionReference: '-12, "AU"' },
  });
}

t.test('reports answer JSON tables at (validAt, knownAt)', async (t) => {
  const api = await startApi(t);
  await planWithFormulaTitle(api);
  for (const name of ['status', 'funding', 'responsibility']) {
    const response = await api.as('reader', { method: 'GET', url: `/reports/${name}?planId=${PLAN_ID}` });
    t.equal(response.statusCode, 200, name);
    const table = response.json<{ columns: string[]; rows: Record<string, unknown>[] }>();
    t.ok(table.columns.length > 0, `${name} has columns`);
    t.ok(table.rows.length > 0, `${name} has rows`);
  }
  const before = await api.as('reader', { method: 'GET', url: '/reports/funding?validAt=2020-06-30' });
  t.same(before.json<{ rows: unknown[] }>().rows, [], 'no grant existed before it was recorded as effective');
});

t.test('reports as CSV: header row, proper quoting, formula cells neutralised', async (t) => {
  const api = await startApi(t);
  await planWithFormulaTitle(api);
  const viaAccept = await api.as('reader', {
    method: 'GET',
    url: '/reports/funding',
    headers: { accept: 'text/csv' },
  });
  const viaQuery = await api.as('reader', { method: 'GET', url: '/reports/funding?format=csv' });
  for (const response of [viaAccept, viaQuery]) {
    t.equal(response.statusCode, 200);
    t.match(response.headers['content-type'], /^text\/csv; charset=utf-8/);
    const [header, row] = response.body.split('\r\n');
    t.match(header, /^planId,year,source/);
    t.match(row, /'=HYPERLINK/, 'a formula-like cell starts with a quote mark');
    t.match(
      row,
      /"'-12, ""AU"""/,
      'a cell with a comma and quotes is quoted, quotes doubled, minus neutralised',
    );
  }
  const json = await api.as('reader', {
    method: 'GET',
    url: '/reports/funding',
    headers: { accept: 'application/json' },
  });
  t.match(json.headers['content-type'], /^application\/json/);
});

t.test('the audit log filters by actor and type, pages, and comes as CSV', async (t) => {
  const api = await startApi(t);
  await planWithFormulaTitle(api);
  const all = await api.as('auditor', { method: 'GET', url: '/audit?limit=2' });
  t.equal(all.statusCode, 200);
  const page = all.json<{ entries: { type: string; actor: { id: string } }[]; nextAfter: string | null }>();
  t.equal(page.entries.length, 2);
  t.type(page.nextAfter, 'string');
  t.equal(all.headers['x-next-after'], page.nextAfter);
  const funding = await api.as('admin', {
    method: 'GET',
    url: `/audit?type=FundingGranted&actor=${api.principalIds.editor}`,
  });
  const entries = funding.json<{ entries: { type: string; actor: { id: string } }[] }>().entries;
  t.equal(entries.length, 1);
  t.equal(entries[0]?.actor.id, api.principalIds.editor);
  const nobody = await api.as('admin', { method: 'GET', url: `/audit?actor=${api.principalIds.reader}` });
  t.same(nobody.json<{ entries: unknown[] }>().entries, []);
  const csv = await api.as('auditor', { method: 'GET', url: '/audit?format=csv&tiltakId=' + TILTAK_ID });
  t.match(csv.headers['content-type'], /^text\/csv/);
  const lines = csv.body.trim().split('\r\n');
  t.match(lines[0], /^position,recordedAt,effectiveAt,type/);
  t.equal(lines.length, 3, 'header and the two tiltak events');
});

t.test('the audit log is for auditors and admins; bad filters are 400', async (t) => {
  const api = await startApi(t);
  for (const role of ['reader', 'editor'] as const) {
    const response = await api.as(role, { method: 'GET', url: '/audit' });
    t.equal(response.statusCode, 403, role);
  }
  const anonymous = await api.as(null, { method: 'GET', url: '/audit' });
  t.equal(anonymous.statusCode, 401);
  const bad = await api.as('auditor', { method: 'GET', url: '/audit?from=monday&limit=5000' });
  t.equal(bad.statusCode, 400);
  t.same(
    bad
      .json<{ errors: { path: string }[] }>()
      .errors.map((error) => error.path)
      .sort(),
    ['querystring.from', 'querystring.limit'],
  );
});
