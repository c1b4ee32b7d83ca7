// The page's time controls and links in Debian's Chromium against the real server: knownAt hides what was recorded
// later, the play button steps through the months, and a URL reopens the same view. Checked against the API.
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import t from 'tap';
import type { Browser } from 'playwright-core';
import { launchBrowser, signedIn, startWebServer, WAIT_MS, type WebServer } from './web-server.js';
import {
  PLAN,
  SHOWN_COUNTS,
  apiGet,
  apiPost,
  compareDates,
  countsOf,
  fillForm,
  inOslo,
  screenshotDir,
  sortedJson,
  tiltakAt,
  waitForCounts,
  waitUntil,
} from './page-helpers.js';

// The build, the server and Chromium share two loaded cores: a bound for the whole file, generous, not a measure.
t.setTimeout(480_000);
const shots = screenshotDir(t);

let server: WebServer;
let browser: Browser;
let editor: string;
let reader: string;

t.before(async () => {
  server = await startWebServer();
  editor = server.token('editor', 'Kari Nordmann');
  reader = server.token('reader', 'Lise Leser');
  browser = await launchBrowser();
});
t.teardown(async () => {
  await browser?.close();
  server?.close();
});

t.test(
  'knownAt: a back-dated change recorded now is absent before it was recorded, present without',
  async (t) => {
    const before = await tiltakAt(server.base, editor, 'validAt=2021-09-07');
    const target = before.find((row) => row.status === null);
    t.ok(target, 'a tiltak not reported at 2021-09-07');
    // Apart by more than a second either side, so a time field with seconds can name the moment between.
    await sleep(1500);
    const between = new Date();
    await sleep(1500);
    const change = await apiPost(server.base, `/tiltak/${target!.tiltakId}/status`, editor, {
      status: 'PLANNED',
      effectiveAt: '2021-03-15T12:00:00Z',
      reason: 'Meldt inn i ettertid',
    });
    t.equal(change.status, 200, 'the API takes the back-dated change');

    const knownBetween = `validAt=2021-09-07&knownAt=${encodeURIComponent(between.toISOString())}`;
    const then = await tiltakAt(server.base, editor, knownBetween);
    const now = await tiltakAt(server.base, editor, 'validAt=2021-09-07');
    t.equal(
      then.find((row) => row.tiltakId === target!.tiltakId)?.status,
      null,
      'the API: absent at knownAt',
    );
    t.equal(now.find((row) => row.tiltakId === target!.tiltakId)?.status, 'PLANNED', 'the API: present now');
    t.notSame(countsOf(then), countsOf(now));

    const page = await signedIn(
      browser,
      server.base,
      reader,
      `#plan=${PLAN}&date=2021-09-07&knownAt=${encodeURIComponent(between.toISOString())}`,
    );
    await waitForCounts(page, countsOf(then), WAIT_MS);
    const row = page.locator(`[data-tiltak="${target!.tiltakId}"] .status`);
    t.equal(await row.textContent(), 'Ikke rapportert', 'the page: not reported as it was known then');
    t.match(await page.locator('#counts-heading').textContent(), /slik det var kjent/);
    await page.screenshot({ path: join(shots, 'known-at-then.png'), fullPage: true });

    await page.getByRole('button', { name: 'Vis alt som er kjent nå' }).click();
    await waitForCounts(page, countsOf(now), WAIT_MS);
    t.equal(await row.textContent(), 'Under planlegging', 'the page: present without knownAt');
    t.notMatch(page.url(), /knownAt=/, 'the URL has no knownAt');

    // The same point chosen with the controls: the day and the time of day in Oslo.
    const { day, time } = inOslo(between);
    await fillForm(page.locator('fieldset.known'), { 'Kjent per dato': day, Klokkeslett: time });
    await waitForCounts(page, countsOf(then), WAIT_MS);
    t.equal(await row.textContent(), 'Ikke rapportert', 'the controls give the same view');
    t.match(page.url(), /knownAt=/, 'the URL holds knownAt');
    await page.context().close();
  },
);

t.test('the play button steps the plan through the months in order until stopped', async (t) => {
  const timeline = await apiGet<{ buckets: { label: string; lastDate: string }[] }>(
    server.base,
    `/plans/${PLAN}/timeline?interval=month`,
    reader,
  );
  const monthEnds = timeline.buckets.map((bucket) => bucket.lastDate);
  const page = await signedIn(browser, server.base, reader, `#plan=${PLAN}&date=2020-12-31`);
  await page.locator('#counts-heading[data-date="2020-12-31"]').waitFor();
  await page.locator('[data-testid=status-counts] li').first().waitFor();
  // Every view the page shows while playing: the heading's date and the counts with it.
  await page.evaluate(`(() => {
    window.seen = [];
    const record = () => {
      const date = document.querySelector('#counts-heading').getAttribute('data-date');
      const counts = ${SHOWN_COUNTS};
      const last = window.seen[window.seen.length - 1];
      if (last === undefined || last.date !== date || last.counts !== counts) window.seen.push({ date, counts });
    };
    new MutationObserver(record).observe(document.getElementById('app'), { subtree: true, childList: true, characterData: true, attributes: true });
  })()`);
  const play = page.getByRole('button', { name: 'Spill av månedene' });
  await play.click();
  await page.getByRole('button', { name: 'Stopp' }).waitFor();
  await waitUntil(page, `new Set(window.seen.map((view) => view.date)).size >= 5`, WAIT_MS * 2);
  await page.getByRole('button', { name: 'Stopp' }).click();
  await play.waitFor();
  const stoppedAt = new URL(page.url()).hash;
  await page.screenshot({ path: join(shots, 'playing.png'), fullPage: true });

  const seen = await page.evaluate<{ date: string; counts: string }[]>('window.seen');
  // The heading's date and the counts come from one answer, so each view seen must be the API's at its date.
  const dates = [...new Set(seen.map((view) => view.date))];
  t.ok(dates.length >= 5, `the page showed ${dates.length} dates`);
  t.same(dates, [...dates].sort(), 'the dates only move forward');
  t.ok(
    dates.slice(1).every((date) => monthEnds.includes(date)),
    'each step is the last day of a month of the timeline',
  );
  const expected = new Map<string, string>();
  for (const date of dates)
    expected.set(date, sortedJson(countsOf(await tiltakAt(server.base, reader, `validAt=${date}`))));
  for (const date of dates) {
    for (const view of seen.filter((shown) => shown.date === date))
      t.equal(view.counts, expected.get(date), `the counts shown for ${date} are the API's`);
  }
  t.ok(new Set(dates.map((date) => expected.get(date))).size > 1, 'the counts change as the months go by');

  // Stopped: a while later the view is where it stopped.
  await sleep(4000);
  t.equal(new URL(page.url()).hash, stoppedAt, 'the view stays where it was stopped');
  await page.context().close();
});

t.test(
  'a URL with plan, date, knownAt, status filter, tiltak and diff dates reopens that view',
  async (t) => {
    const rows = await tiltakAt(server.base, reader, 'validAt=2021-09-07');
    const inProgress = rows.filter((row) => row.status === 'IN_PROGRESS');
    const chosen = inProgress[0]!;
    const diff = await apiGet<{ added: unknown[]; removed: unknown[]; changed: unknown[] }>(
      server.base,
      `/plans/${PLAN}/diff?fromValidAt=2021-03-01&toValidAt=2021-09-30`,
      reader,
    );
    const today = inOslo(new Date()).day;
    const hash = `#plan=${PLAN}&date=2021-09-07&knownAt=${today}&status=IN_PROGRESS&tiltak=${chosen.tiltakId}&diffFrom=2021-03-01&diffTo=2021-09-30`;
    const page = await signedIn(browser, server.base, reader, hash);
    await page.locator('#counts-heading[data-date="2021-09-07"]').waitFor();
    t.equal(await page.getByLabel('Dato', { exact: true }).inputValue(), '2021-09-07', 'the date field');
    t.equal(await page.getByLabel('Kjent per dato').inputValue(), today, 'the knownAt field');
    t.equal(await page.getByLabel('Vis status').inputValue(), 'IN_PROGRESS', 'the status filter');
    await page
      .locator('#tree-heading', { hasText: `${inProgress.length} av ${rows.length} tiltak: Pågår` })
      .waitFor();
    const shownRows = page.locator('[data-tiltak]');
    t.equal(await shownRows.count(), inProgress.length, 'only the tiltak in progress are listed');
    t.same(
      (await shownRows.locator('.status').allTextContents()).filter((text) => text !== 'Pågår'),
      [],
      'each of them Pågår',
    );
    await page.locator('#tiltak-heading', { hasText: chosen.title }).waitFor();
    t.pass('the tiltak is open');
    const shownDiff = page.locator('[data-testid=diff]');
    await shownDiff.waitFor();
    t.match(
      await shownDiff.textContent(),
      `Fra 1. mars 2021 til 30. sep. 2021: ${diff.added.length} nye, ${diff.removed.length} fjernet, ${diff.changed.length} endret.`,
      'the diff of the two dates, without a click',
    );
    t.equal(await page.getByLabel('Fra dato').inputValue(), '2021-03-01');
    await page.screenshot({ path: join(shots, 'from-link.png'), fullPage: true });

    // Comparing other dates writes them to the URL; that URL opened afresh shows the same comparison.
    await compareDates(page, '2021-07-01', '2021-12-31');
    await page.waitForURL(/diffFrom=2021-07-01&diffTo=2021-12-31/);
    const autumn = await apiGet<{ changed: unknown[] }>(
      server.base,
      `/plans/${PLAN}/diff?fromValidAt=2021-07-01&toValidAt=2021-12-31`,
      reader,
    );
    const again = await signedIn(browser, server.base, reader, new URL(page.url()).hash);
    const againDiff = again.locator('[data-testid=diff]');
    await againDiff.waitFor();
    t.match(
      await againDiff.textContent(),
      `${autumn.changed.length} endret`,
      'the shared link shows the same diff',
    );
    await page.context().close();
    await again.context().close();
  },
);
