// The web page in Debian's Chromium against the real server: what a person sees, checked against the API's numbers.
import { join } from 'node:path';
import t from 'tap';
import type { Browser, Page } from 'playwright-core';
import {
  PLAN,
  apiGet as apiGetFrom,
  compareDates,
  countsOf,
  downloaded,
  fillAndSubmit,
  openTiltak,
  screenshotDir,
  seriousViolations,
  tiltakAt as tiltakAtQuery,
  waitUntil,
  type TiltakRow,
} from './page-helpers.js';
import { launchBrowser, signedIn, startWebServer, WAIT_MS, type WebServer } from './web-server.js';

// The build, the server and Chromium share two loaded cores: a bound for the whole file, generous, not a measure.
t.setTimeout(480_000);
const shots = screenshotDir(t);
let server: WebServer;
let auditor: string;
let browser: Browser;
let editor: string;
let reader: string;
let secondEditor: string;

t.before(async () => {
  server = await startWebServer();
  editor = server.token('editor', 'Kari Nordmann');
  secondEditor = server.token('editor', 'Ola Nordmann');
  reader = server.token('reader', 'Lise Leser');
  auditor = server.token('auditor', 'Revisor Rita');
  browser = await launchBrowser();
});
t.teardown(async () => {
  await browser?.close();
  server?.close();
});

async function apiGet<T>(path: string, token: string): Promise<T> {
  return apiGetFrom<T>(server.base, path, token);
}

async function tiltakAt(date: string): Promise<TiltakRow[]> {
  return tiltakAtQuery(server.base, editor, `validAt=${date}`);
}

async function shownCounts(page: Page): Promise<Record<string, number>> {
  const items = page.locator('[data-testid=status-counts] li');
  await items.first().waitFor();
  const counts: Record<string, number> = {};
  for (const item of await items.all()) {
    const key = await item.getAttribute('data-status');
    const text = await item.locator('[data-count]').textContent();
    if (key !== null && text !== null) counts[key] = Number(text.replace(/\s/g, ''));
  }
  return counts;
}

t.test('the page is served with caching and a CSP without inline scripts', async (t) => {
  const index = await fetch(`${server.base}/`);
  t.equal(index.status, 200);
  t.equal(index.headers.get('cache-control'), 'no-cache');
  const csp = index.headers.get('content-security-policy') ?? '';
  t.match(csp, /script-src 'self'/);
  t.notMatch(csp, /script-src[^;]*unsafe-inline/);
  const html = await index.text();
  const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  t.ok(script, 'index.html names a hashed bundle');
  const asset = await fetch(`${server.base}${script}`);
  t.equal(asset.status, 200);
  t.match(asset.headers.get('cache-control') ?? '', /immutable/);
  const document = (await (await fetch(`${server.base}/openapi.json`)).json()) as { paths: object };
  t.notOk(Object.keys(document.paths).some((path) => path === '/' || path.startsWith('/assets')));
});

t.test('a wrong token gets a clear message and stays signed out', async (t) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  await page.goto(`${server.base}/`);
  await fillAndSubmit(page.locator('form.signin'), { Tilgangsnøkkel: 'shp_000000000000_wrong' }, 'Logg inn');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  t.match(await alert.textContent(), /ugyldig/);
  t.equal(await page.evaluate('sessionStorage.length'), 0, 'a refused token is not kept');
  await page.screenshot({ path: join(shots, 'signin-error.png') });
  await context.close();
});

t.test('the plan on 2021-09-07 shows the counts the API answers, and 2020-12-31 another tree', async (t) => {
  const page = await signedIn(browser, server.base, editor, `#plan=${PLAN}&date=2021-09-07`);
  const api = countsOf(await tiltakAt('2021-09-07'));
  t.same(
    api,
    { IN_PROGRESS: 11, COMPLETED: 2, PLANNED: 1, UNKNOWN: 1, NONE: 13 },
    'the seed plan as the issue says',
  );
  t.same(await shownCounts(page), api, 'the page shows the same counts');
  t.match(await page.locator('#counts-heading').textContent(), /7\. sep\. 2021/, 'Norwegian date');
  t.match(await page.locator('[data-status=IN_PROGRESS]').textContent(), /Pågår/);
  await page.screenshot({ path: join(shots, 'plan-2021-09-07.png'), fullPage: true });

  await page.getByLabel('Dato', { exact: true }).fill('2020-12-31');
  await page.locator('#counts-heading', { hasText: '31. des. 2020' }).waitFor();
  const earlier = countsOf(await tiltakAt('2020-12-31'));
  t.notSame(earlier, api, 'the plan differs at the end of 2020');
  // Runs in the page: the counts it shows, in its order, as JSON.
  const shownJson = `JSON.stringify(Object.fromEntries([...document.querySelectorAll('[data-testid=status-counts] li')].map((li) => [li.getAttribute('data-status'), Number(li.querySelector('[data-count]').textContent)])))`;
  const expected = JSON.stringify(
    Object.fromEntries(Object.entries(earlier).sort(([a], [b]) => order(a) - order(b))),
  );
  await waitUntil(page, `${shownJson} === ${JSON.stringify(expected)}`, WAIT_MS);
  t.match(page.url(), /date=2020-12-31/, 'the URL holds the date');
  await page.context().close();
});

const ORDER = [
  'PLANNED',
  'IN_PROGRESS',
  'ON_HOLD',
  'COMPLETED',
  'DISCONTINUED',
  'CARRIED_OVER',
  'UNKNOWN',
  'NONE',
];
function order(key: string): number {
  return ORDER.indexOf(key);
}

t.test('a reader sees the tiltak and its history but no edit form', async (t) => {
  const [first] = await tiltakAt('2021-09-07');
  const page = await openTiltak(browser, server.base, reader, first!.tiltakId);
  await page.locator('[data-testid=history] li').first().waitFor();
  t.equal(await page.locator('[data-testid=status-form]').count(), 0, 'no status form');
  t.equal(await page.locator('[data-testid=note-form]').count(), 0, 'no note form');
  t.match(
    await page.locator('[data-testid=history]').textContent(),
    /Kilde: line \d+/,
    'the source line of the import',
  );
  await page.screenshot({ path: join(shots, 'tiltak-reader.png'), fullPage: true });
  await page.context().close();
});

t.test(
  'a back-dated status change through the form appears in its month of the timeline and the history',
  async (t) => {
    const target = (await tiltakAt('2021-09-07')).find((row) => row.status === null);
    t.ok(target, 'a tiltak not reported yet');
    const page = await openTiltak(browser, server.base, editor, target!.tiltakId);
    const form = page.locator('[data-testid=status-form]');
    await form.waitFor();
    await fillAndSubmit(
      form,
      {
        'Ny status': { option: 'PLANNED' },
        'Gjelder fra': '2021-03-15',
        Begrunnelse: 'Rapportert i styringsgruppen',
      },
      'Lagre status',
    );
    await page.getByText('Statusen er endret.').waitFor();
    await page.locator('[data-testid=tiltak-status]', { hasText: 'Under planlegging' }).waitFor();
    await page.locator('[data-testid=history]', { hasText: 'Rapportert i styringsgruppen' }).waitFor();
    t.match(
      await page.locator('[data-testid=history]').textContent(),
      /15\. mars 2021.*Rapportert i styringsgruppen/s,
    );

    await page.locator('[data-bucket="2021-03"]').click();
    const changes = page.locator('[data-testid=bucket-changes]');
    await changes.waitFor();
    t.match(await changes.textContent(), /15\. mars 2021/, 'the change is listed in March 2021');
    const timeline = await apiGet<{ buckets: { label: string; changes: { tiltakId: string | null }[] }[] }>(
      `/plans/${PLAN}/timeline?interval=month`,
      editor,
    );
    const march = timeline.buckets.find((bucket) => bucket.label === '2021-03');
    t.ok(
      march?.changes.some((change) => change.tiltakId === target!.tiltakId),
      'the API puts it in March too',
    );
    await page.screenshot({ path: join(shots, 'tiltak-editor-timeline.png'), fullPage: true });

    // A retraction (made through the API) strikes the event through, saying who retracted it and why.
    const history = await apiGet<{ entries: { eventId: string; reason: string | null }[] }>(
      `/tiltak/${target!.tiltakId}/history`,
      editor,
    );
    const made = history.entries.find((entry) => entry.reason === 'Rapportert i styringsgruppen');
    const retraction = await fetch(`${server.base}/events/${made!.eventId}/retractions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${editor}`, 'content-type': 'application/json' },
      body: JSON.stringify({ reason: 'Feil tiltak' }),
    });
    t.equal(retraction.status, 200, 'the API takes the retraction');
    await page.reload();
    const struck = page.locator('[data-testid=history] li.retracted');
    await struck.waitFor();
    t.match(await struck.textContent(), /Trukket tilbake .* av Kari Nordmann: Feil tiltak/);
    t.equal(
      await page.evaluate(
        `getComputedStyle(document.querySelector('[data-testid=history] li.retracted')).textDecorationLine`,
      ),
      'line-through',
      'shown struck through',
    );
    await page.context().close();
  },
);

/** Writes a note in the page's note form and saves it. */
async function note(page: Page, text: string): Promise<void> {
  await fillAndSubmit(page.getByTestId('note-form'), { Notat: text }, 'Lagre notat');
}

t.test('a second editor with a stale view gets the conflict message', async (t) => {
  const target = (await tiltakAt('2021-09-07')).find((row) => row.status === 'IN_PROGRESS');
  const hash = `#plan=${PLAN}&date=2021-09-07&tiltak=${target!.tiltakId}`;
  const first = await signedIn(browser, server.base, editor, hash);
  const second = await signedIn(browser, server.base, secondEditor, hash);
  await first.locator('[data-testid=note-form]').waitFor();
  await second.locator('[data-testid=note-form]').waitFor();

  await note(first, 'Første redaktør skriver.');
  await first.getByText('Notatet er lagret.').waitFor();

  await note(second, 'Andre redaktør skriver samtidig.');
  const conflict = second.locator('.conflict');
  await conflict.waitFor();
  t.match(await conflict.textContent(), /Noen andre har endret dette tiltaket\. Last inn på nytt\./);
  await second.screenshot({ path: join(shots, 'conflict.png'), fullPage: true });

  await second.getByRole('button', { name: 'Last inn på nytt' }).click();
  await second.locator('.conflict').waitFor({ state: 'detached' });
  await note(second, 'Andre redaktør, etter å ha lastet inn.');
  await second.getByText('Notatet er lagret.').waitFor();
  t.pass('after reloading, the second editor saves');
  await first.context().close();
  await second.context().close();
});

t.test('what changed in the autumn of 2021: the diff the API answers, in words', async (t) => {
  const page = await signedIn(browser, server.base, reader, `#plan=${PLAN}&date=2021-09-07`);
  const api = await apiGet<{ changed: { title: string }[]; added: unknown[]; removed: unknown[] }>(
    `/plans/${PLAN}/diff?fromValidAt=2021-07-01&toValidAt=2021-12-31`,
    reader,
  );
  t.ok(api.changed.length > 0, 'the seed plan changed that autumn');
  await compareDates(page, '2021-07-01', '2021-12-31');
  const diff = page.locator('[data-testid=diff]');
  await diff.waitFor();
  const text = (await diff.textContent()) ?? '';
  t.match(
    text,
    new RegExp(`${api.added.length} nye, ${api.removed.length} fjernet, ${api.changed.length} endret`),
  );
  t.match(text, api.changed[0]!.title, 'a changed tiltak by its title');
  t.match(text, /Status: ikke satt → Pågår/, 'a field change in words');
  await diff.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, 'diff.png'), fullPage: true });
  await page.context().close();
});

t.test('a report downloads as the same CSV the API answers; an auditor sees the chain check', async (t) => {
  const page = await signedIn(browser, server.base, auditor, `#plan=${PLAN}&date=2021-09-07`);
  const verification = page.locator('[data-testid=verification]');
  await verification.waitFor();
  t.match(await verification.textContent(), /Kjeden er hel/);
  const download = await downloaded(page, 'Last ned Status per tiltaksområde som CSV');
  const saved = download.body.toString('utf8');
  const direct = await (
    await fetch(`${server.base}/reports/status?planId=${PLAN}&validAt=2021-09-07&format=csv`, {
      headers: { authorization: `Bearer ${auditor}` },
    })
  ).text();
  t.equal(saved, direct, 'the file is the API answer');
  t.equal(download.name, 'status-2021-09-07.csv');

  // The other formats the API offers: CSV for Norwegian Excel (BOM and ;), a workbook, JSON.
  const saveOf = async (name: string): Promise<Buffer> => (await downloaded(page, name)).body;
  const excel = await saveOf('Last ned Tildelinger per år og kilde som CSV for Excel');
  t.same([...excel.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'Excel CSV starts with a BOM');
  t.match(excel.toString('utf8').split('\r\n')[0], /;/, 'and separates by ;');
  const workbook = await saveOf('Last ned Status for hvert tiltak som Excel (.xlsx)');
  t.equal(workbook.subarray(0, 2).toString('latin1'), 'PK', 'xlsx is a zip');
  const json = JSON.parse((await saveOf('Last ned Ansvar per aktør som JSON')).toString('utf8')) as {
    columns: string[];
  };
  t.ok(Array.isArray(json.columns), 'JSON is the report table');
  await page.context().close();
});

t.test('an editor sees no audit section; keyboard use works; axe finds no serious violation', async (t) => {
  // axe is injected as a script, which the page's own CSP rightly refuses; this context alone bypasses it.
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  await page.goto(`${server.base}/#plan=${PLAN}&date=2021-09-07`);
  await page.getByLabel('Tilgangsnøkkel').fill(editor);
  await page.keyboard.press('Enter');
  await page.getByText('Innlogget som').waitFor();
  t.equal(await page.locator('[data-testid=verification]').count(), 0, 'no audit section for an editor');
  await page.locator('[data-tiltak]').first().focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=history] li').first().waitFor();
  t.same(await seriousViolations(page), [], 'no serious or critical violation');
  await page.screenshot({ path: join(shots, 'tablet.png'), fullPage: true });
  await context.close();
});
