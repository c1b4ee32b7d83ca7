// Editing from the page and the audit log, in Debian's Chromium against the real server: a grant appears in the
// tiltak and the funding report, problems are shown in words, a correction strikes the old event through, and the
// audit log filters and pages as GET /audit does.
import { join } from 'node:path';
import t from 'tap';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, signedIn, startWebServer, WAIT_MS, type WebServer } from './web-server.js';
import {
  PLAN,
  apiGet,
  downloaded,
  fillAndSubmit,
  openTiltak,
  screenshotDir,
  seriousViolations,
  submitForm,
  tiltakAt,
} from './page-helpers.js';

// The build, the server and Chromium share two loaded cores: a bound for the whole file, generous, not a measure.
t.setTimeout(480_000);
const shots = screenshotDir(t);

let server: WebServer;
let browser: Browser;
let editor: string;
let auditor: string;

t.before(async () => {
  server = await startWebServer();
  editor = server.token('editor', 'Kari Nordmann');
  auditor = server.token('auditor', 'Revisor Rita');
  browser = await launchBrowser();
});
t.teardown(async () => {
  await browser?.close();
  server?.close();
});

interface FundingRows {
  rows: { tiltakId: string; grantId: string; amountNok: number | null; withdrawnAt: string | null }[];
}
interface HistoryBody {
  entries: {
    eventId: string;
    type: string;
    data: { amountNok?: number | null; status?: string };
    retractedBy: { eventId: string } | null;
  }[];
}

async function tiltakWithoutFunding(): Promise<{ tiltakId: string; title: string }> {
  const rows = (await tiltakAt(server.base, editor, 'validAt=2021-09-07')) as unknown as {
    tiltakId: string;
    title: string;
    funding: unknown[];
  }[];
  const found = rows.find((row) => row.funding.length === 0);
  if (found === undefined) throw new Error('every tiltak has funding');
  return found;
}

async function fundingReport(): Promise<FundingRows> {
  return apiGet<FundingRows>(server.base, `/reports/funding?planId=${PLAN}&validAt=2021-09-07`, editor);
}

async function saved(page: Page, button: string): Promise<Buffer> {
  return (await downloaded(page, button)).body;
}

/** A tiltak in progress at 2021-09-07 (the seed has eleven). */
async function inProgress(): Promise<{ tiltakId: string }> {
  return (await tiltakAt(server.base, editor, 'validAt=2021-09-07')).find(
    (row) => row.status === 'IN_PROGRESS',
  )!;
}

t.test(
  'granting funding: in the tiltak, the funding report and its download; problems in words',
  async (t) => {
    const target = await tiltakWithoutFunding();
    const page = await openTiltak(browser, server.base, editor, target.tiltakId);
    const form = page.locator('[data-testid=grant-form]');
    await form.waitFor();
    t.equal(await page.locator('[data-testid=withdraw-form]').count(), 0, 'nothing to withdraw yet');

    // Refused in the page: not a whole number of kroner.
    await fillAndSubmit(form, { 'Beløp (kr, tomt hvis ukjent)': 'mye' }, 'Tildel');
    await form.getByText('Beløpet må være et helt antall kroner').waitFor();

    // Refused by the API: a year far outside the plan period, shown in words with no code.
    await fillAndSubmit(form, { År: '2030', 'Beløp (kr, tomt hvis ukjent)': '250 000' }, 'Tildel');
    const refusal = page.locator('[data-testid=tiltak-panel] .error[role=alert]');
    await refusal.waitFor();
    t.equal(
      await refusal.textContent(),
      'Året ligger utenfor planperioden (ett år før eller etter er tillatt).',
      'FUNDING.YEAR_OUTSIDE_PLAN_PERIOD in words',
    );
    t.notOk(
      (await fundingReport()).rows.some((row) => row.tiltakId === target.tiltakId),
      'nothing recorded',
    );

    await fillAndSubmit(
      form,
      { År: '2021', 'Vedtak (referanse)': 'SU-sak 12/2021', 'Tildelt dato': '2021-09-01' },
      'Tildel',
    );
    await page.getByText('Tildelingen er registrert.').waitFor();
    const panel = page.locator('[data-testid=tiltak-panel]');
    const funding = page.getByTestId('tiltak-funding');
    await funding.filter({ hasText: /Samhandlingsmidler 2021: 250\s000 kr/ }).waitFor();
    await page
      .locator('[data-testid=history] li', { hasText: 'Midler tildelt' })
      .filter({ hasText: '1. sep. 2021' })
      .waitFor();
    const report = await fundingReport();
    const grant = report.rows.find((row) => row.tiltakId === target.tiltakId);
    t.equal(grant?.amountNok, 250000, 'the funding report has the grant with its amount');
    t.equal(grant?.withdrawnAt, null, 'standing');
    const downloaded = JSON.parse(
      (await saved(page, 'Last ned Tildelinger som JSON')).toString('utf8'),
    ) as FundingRows;
    t.same(
      downloaded.rows.find((row) => row.tiltakId === target.tiltakId),
      grant,
      'the downloaded funding report has it too',
    );
    await panel.screenshot({ path: join(shots, 'grant.png') });

    // The same source and year again: the API's 409 in words.
    await submitForm(form, 'Tildel');
    await refusal.filter({ hasText: 'allerede en tildeling' }).waitFor();
    t.pass('FUNDING.GRANT_EXISTS in words');

    const withdraw = page.locator('[data-testid=withdraw-form]');
    await fillAndSubmit(
      withdraw,
      { 'Trukket dato': '2021-09-05', Begrunnelse: 'Prosjektet ble ikke startet' },
      'Trekk tildelingen',
    );
    await page.getByText('Tildelingen er trukket.').waitFor();
    await funding.filter({ hasText: /\(trukket 5\. sep\. 2021\)/ }).waitFor();
    const after = (await fundingReport()).rows.find((row) => row.tiltakId === target.tiltakId);
    t.ok(after?.withdrawnAt, 'the funding report lists it as withdrawn');
    await page.context().close();
  },
);

t.test('a correction strikes the old event through and shows the new one', async (t) => {
  const target = await inProgress();
  const page = await openTiltak(browser, server.base, editor, target.tiltakId);
  const history = page.locator('[data-testid=history]');
  const statusEntry = history.locator('li', { hasText: 'Status endret' }).first();
  await statusEntry.waitFor();
  const before = await apiGet<HistoryBody>(
    server.base,
    `/tiltak/${target.tiltakId}/history?limit=200`,
    editor,
  );
  const wrong = before.entries.find(
    (entry) => entry.type === 'TiltakStatusChanged' && entry.retractedBy === null,
  )!;
  await statusEntry.getByRole('button', { name: /^Rett opp/ }).click();
  const form = page.locator('[data-testid=correction-form]');
  await form.waitFor();
  // Nothing changed: the API refuses, and says so in words.
  await fillAndSubmit(form, { 'Hva var feil (begrunnelse)': 'Feil status i rapporten' }, 'Lagre rettelsen');
  await page
    .locator('[data-testid=tiltak-panel] .error[role=alert]', { hasText: 'Rettelsen er lik det som står' })
    .waitFor();
  await fillAndSubmit(form, { 'Riktig status': { option: 'ON_HOLD' } }, 'Lagre rettelsen');
  await page.getByText('Rettelsen er lagret.').waitFor();

  const struck = history.locator('li.retracted');
  await struck.first().waitFor();
  t.match(await struck.first().textContent(), /Trukket tilbake .* av Kari Nordmann: Feil status i rapporten/);
  t.equal(
    await page.evaluate(
      `getComputedStyle(document.querySelector('[data-testid=history] li.retracted')).textDecorationLine`,
    ),
    'line-through',
    'the old event is struck through',
  );
  await history.locator('li:not(.retracted)', { hasText: 'Satt på vent' }).waitFor();
  t.pass('the new event is shown');
  const after = await apiGet<HistoryBody>(
    server.base,
    `/tiltak/${target.tiltakId}/history?limit=200`,
    editor,
  );
  t.ok(
    after.entries.find((entry) => entry.eventId === wrong.eventId)?.retractedBy,
    'the API has the old event retracted',
  );
  t.ok(
    after.entries.some(
      (entry) =>
        entry.type === 'TiltakStatusChanged' && entry.data.status === 'ON_HOLD' && !entry.retractedBy,
    ),
    'and the new one standing',
  );
  await page.locator('[data-testid=tiltak-status]', { hasText: 'Satt på vent' }).waitFor();
  await page.locator('[data-testid=tiltak-panel]').screenshot({ path: join(shots, 'correction.png') });
  await page.context().close();
});

interface AuditBody {
  entries: { position: string; type: string; actor: { id: string; name: string } }[];
  nextAfter: string | null;
}

async function auditPage(query: string): Promise<AuditBody> {
  return apiGet<AuditBody>(server.base, `/audit?planId=${PLAN}&limit=25${query}`, auditor);
}

/** An attribute of each row the audit log shows, in order. */
async function rowAttributes(page: Page, name: string): Promise<string[]> {
  return page.evaluate<string[]>(
    `[...document.querySelectorAll('[data-testid=audit-log] tbody tr')].map((row) => row.getAttribute(${JSON.stringify(name)}) ?? '')`,
  );
}

async function shownPositions(page: Page): Promise<string[]> {
  return rowAttributes(page, 'data-position');
}

async function waitForPositions(page: Page, positions: string[]): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const shown = await shownPositions(page);
    if (JSON.stringify(shown) === JSON.stringify(positions)) return;
    if (Date.now() > deadline) throw new Error(`shown ${shown.join(',')} not ${positions.join(',')}`);
    await page.waitForTimeout(200);
  }
}

t.test(
  'the audit log filters and pages as GET /audit does, keeps it in the URL, and downloads it',
  async (t) => {
    const page = await signedIn(browser, server.base, auditor, `#plan=${PLAN}&date=2021-09-07`, {
      bypassCSP: true,
    });
    const first = await auditPage('');
    t.ok(first.nextAfter, 'the seed plan has more than one page');
    await waitForPositions(
      page,
      first.entries.map((entry) => entry.position),
    );
    t.match(await page.getByTestId('audit-summary').textContent(), /Side 1: 25 hendelser/);

    await page.getByRole('button', { name: 'Neste side' }).click();
    const second = await auditPage(`&after=${first.nextAfter}`);
    await waitForPositions(
      page,
      second.entries.map((entry) => entry.position),
    );
    t.match(await page.getByTestId('audit-summary').textContent(), /Side 2/);
    t.match(page.url(), new RegExp(`audit.after=${first.nextAfter}`), 'the page is in the URL');
    await page.getByRole('button', { name: 'Forrige side' }).click();
    await waitForPositions(
      page,
      first.entries.map((entry) => entry.position),
    );
    t.pass('back to the first page');

    // By event type: the grants (the seed has some, and the test above made more).
    const filter = page.getByTestId('audit-filter');
    await filter.getByLabel('Hendelse').selectOption('FundingGranted');
    await filter.getByRole('button', { name: 'Filtrer' }).click();
    const grants = await auditPage('&type=FundingGranted');
    t.ok(grants.entries.length > 0, 'the API has grants');
    await waitForPositions(
      page,
      grants.entries.map((entry) => entry.position),
    );
    t.same(
      [...new Set(await rowAttributes(page, 'data-type'))],
      ['FundingGranted'],
      'only grants are listed',
    );
    t.match(page.url(), /audit\.type=FundingGranted/, 'the filter is in the URL');

    // By actor, by clicking a name: the editor of the tests above.
    const name = page.getByRole('button', { name: 'Vis bare hendelser registrert av Kari Nordmann' }).first();
    await name.click();
    // The page writes the filter into the URL once it has taken the click: wait for it, a loaded machine is slow.
    await page.waitForURL(/audit\.actor=/, { timeout: WAIT_MS });
    const actorId = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('audit.actor');
    t.ok(actorId, 'the actor is in the URL');
    const byKari = await auditPage(`&type=FundingGranted&actor=${actorId}`);
    t.ok(byKari.entries.length > 0 && byKari.entries.every((entry) => entry.actor.name === 'Kari Nordmann'));
    await waitForPositions(
      page,
      byKari.entries.map((entry) => entry.position),
    );
    await page.locator('#audit-heading').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'audit.png') });

    // The download is the same selection, from the API.
    const csv = (await saved(page, 'Last ned revisjonsloggen som CSV')).toString('utf8');
    const direct = await (
      await fetch(
        `${server.base}/audit?planId=${PLAN}&limit=1000&actor=${actorId}&type=FundingGranted&format=csv`,
        { headers: { authorization: `Bearer ${auditor}` } },
      )
    ).text();
    t.equal(csv, direct, 'the CSV is the API answer for the filter');
    const workbook = await saved(page, 'Last ned revisjonsloggen som Excel (.xlsx)');
    t.equal(workbook.subarray(0, 2).toString('latin1'), 'PK', 'and as a workbook');

    // The filtered view opened from its link.
    const again = await signedIn(browser, server.base, auditor, new URL(page.url()).hash);
    await waitForPositions(
      again,
      byKari.entries.map((entry) => entry.position),
    );
    t.equal(await again.getByTestId('audit-filter').getByLabel('Hendelse').inputValue(), 'FundingGranted');
    await again.context().close();

    t.same(await seriousViolations(page), [], 'axe: no serious violation with the audit log');
    await page.context().close();
  },
);

t.test('an editor with the forms open: axe finds no serious violation at tablet width', async (t) => {
  const target = await inProgress();
  const page = await openTiltak(browser, server.base, editor, target.tiltakId, {
    bypassCSP: true,
    viewport: { width: 820, height: 1100 },
  });
  await page.locator('[data-testid=history] li').first().waitFor();
  await page
    .getByRole('button', { name: /^Rett opp/ })
    .first()
    .click()
    .catch(() => undefined);
  t.same(await seriousViolations(page), [], 'no serious or critical violation');
  await page.screenshot({ path: join(shots, 'editor-tablet.png'), fullPage: true });
  await page.context().close();
});
