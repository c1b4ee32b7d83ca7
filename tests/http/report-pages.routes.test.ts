// The reports with a row per tiltak, grant or party's tiltak are paged in JSON as the find routes are; the seed fits
// on the default page, and an export still holds every row (docs/reports.md, "Pages and exports").
import t from 'tap';
import { REPORT_PAGE_LIMITS } from '../../src/http/routes/reports.routes.js';
import { startSeededApi } from './api-fixture.js';

interface ReportPage {
  columns: string[];
  rows: Record<string, unknown>[];
  nextCursor: string | null;
  total: number;
}

const PAGED = ['status-tiltak', 'funding', 'responsibility', 'responsibility-rollup'];

t.test('per-item reports page their rows; the pages together are the whole report', async (t) => {
  const api = await startSeededApi(t);
  for (const name of PAGED) {
    const whole = await api.as('reader', { method: 'GET', url: `/reports/${name}` });
    t.equal(whole.statusCode, 200, name);
    const all = whole.json<ReportPage>();
    t.ok(all.total > 4, `${name}: the seed has ${all.total} rows`);
    t.ok(all.total <= REPORT_PAGE_LIMITS.defaultLimit, `${name}: the seed fits on the default page`);
    t.equal(all.rows.length, all.total, `${name}: one page holds the seed`);
    t.equal(all.nextCursor, null);
    t.equal(whole.headers['link'], undefined, `${name}: no Link on the last page`);

    const rows: Record<string, unknown>[] = [];
    let url: string | null = `/reports/${name}?limit=3`;
    let pages = 0;
    while (url !== null) {
      const response = await api.as('reader', { method: 'GET', url });
      t.equal(response.statusCode, 200, url);
      const page = response.json<ReportPage>();
      t.same(page.columns, all.columns);
      t.equal(page.total, all.total);
      t.ok(page.rows.length <= 3);
      rows.push(...page.rows);
      pages += 1;
      if (page.nextCursor !== null) {
        t.match(response.headers['link'], /rel="next"/, `${name}: Link names the next page`);
      }
      url = page.nextCursor === null ? null : `/reports/${name}?limit=3&cursor=${page.nextCursor}`;
      if (pages > all.total) throw new Error('paging does not end');
    }
    t.equal(pages, Math.ceil(all.total / 3), `${name}: ${pages} pages of 3`);
    t.same(rows, all.rows, `${name}: the pages together are the report`);
  }
});

t.test('an export holds every row and refuses limit and cursor', async (t) => {
  const api = await startSeededApi(t);
  const json = (await api.as('reader', { method: 'GET', url: '/reports/responsibility' })).json<ReportPage>();
  const csv = await api.as('reader', { method: 'GET', url: '/reports/responsibility?format=csv' });
  t.equal(csv.statusCode, 200);
  const lines = csv.body.split('\r\n').filter((line) => line !== '');
  t.equal(lines.length, json.total + 1, 'a header and every row');
  const limited = await api.as('reader', {
    method: 'GET',
    url: '/reports/responsibility?format=csv&limit=2',
  });
  t.equal(limited.statusCode, 400);
  t.match(limited.json(), { code: 'REQUEST.VALIDATION_FAILED', errors: [{ path: 'querystring.limit' }] });
  const xlsx = await api.as('reader', {
    method: 'GET',
    url: '/reports/funding?format=xlsx&cursor=abc',
  });
  t.equal(xlsx.statusCode, 400);
  const badCursor = await api.as('reader', { method: 'GET', url: '/reports/funding?cursor=nope' });
  t.equal(badCursor.statusCode, 400, 'a cursor this server did not write');
  // The aggregate reports are bounded by the plan's structure and stay whole, without paging parameters.
  const totals = await api.as('reader', { method: 'GET', url: '/reports/status-totals?limit=2' });
  t.equal(totals.statusCode, 400);
});
