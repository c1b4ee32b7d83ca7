// What the browser tests ask the API directly and read off the page, to compare the two, and the steps they take in
// the page's forms.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { signedIn, WAIT_MS } from './web-server.js';

export const PLAN = 'ahus-2020-2022';

export interface TiltakRow {
  tiltakId: string;
  title: string;
  status: string | null;
}
interface PlanBody {
  satsningsomrader: { tiltaksomrader: { tiltak: TiltakRow[] }[] }[];
}

export async function apiGet<T>(base: string, path: string, token: string): Promise<T> {
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

export async function apiPost(base: string, path: string, token: string, body: unknown): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** The plan's tiltak at a point, as the API answers (query: validAt=…&knownAt=…). */
export async function tiltakAt(base: string, token: string, query: string): Promise<TiltakRow[]> {
  const plan = await apiGet<PlanBody>(base, `/plans/${PLAN}?${query}`, token);
  return plan.satsningsomrader.flatMap((s) => s.tiltaksomrader.flatMap((o) => o.tiltak));
}

export function countsOf(rows: readonly TiltakRow[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[row.status ?? 'NONE'] = (counts[row.status ?? 'NONE'] ?? 0) + 1;
  return counts;
}

/** Runs in the page: the counts it shows now, keyed by status, as JSON with sorted keys. */
export const SHOWN_COUNTS = `JSON.stringify(Object.fromEntries([...document.querySelectorAll('[data-testid=status-counts] li')].map((li) => [li.getAttribute('data-status'), Number(li.querySelector('[data-count]').textContent.replace(/\\s/g, ''))]).sort(([a], [b]) => a < b ? -1 : 1)))`;

export function sortedJson(counts: Record<string, number>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1))));
}

/**
 * Evaluates `expression` in the page until it is true. Playwright's waitForFunction with a string polls through
 * eval inside the page, which the page's CSP (no unsafe-eval) rightly refuses; an evaluate from outside is allowed.
 */
export async function waitUntil(page: Page, expression: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if ((await page.evaluate(expression)) === true) return;
    if (Date.now() > deadline) throw new Error(`not true within ${timeout} ms: ${expression}`);
    await sleep(200);
  }
}

/** Waits until the page shows exactly these counts (the page fetches on its own time). */
export async function waitForCounts(
  page: Page,
  counts: Record<string, number>,
  timeout: number,
): Promise<void> {
  await waitUntil(page, `${SHOWN_COUNTS} === ${JSON.stringify(sortedJson(counts))}`, timeout);
}

const osloTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const osloDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' });

/** An instant as the day and the time of day in Oslo, as the page's date and time fields take them. */
export function inOslo(instant: Date): { day: string; time: string } {
  return { day: osloDay.format(instant), time: osloTime.format(instant) };
}

/** A temporary directory for a test file's screenshots, named in the test output. */
export function screenshotDir(t: { comment(message: string): void }): string {
  const shots = mkdtempSync(join(tmpdir(), 'shp-web-shots-'));
  t.comment(`screenshots in ${shots}`);
  return shots;
}

/** A fresh page signed in with the token, showing one tiltak of the plan on a date (its panel and forms). */
export async function openTiltak(
  browser: Browser,
  base: string,
  token: string,
  tiltakId: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  return signedIn(browser, base, token, `#plan=${PLAN}&date=2021-09-07&tiltak=${tiltakId}`, options);
}

/** A value to fill in a field, or an option to choose in a select. */
export type FieldValue = string | { option: string };

/** Fills the fields of a form by their labels (a label's text contains the key), in the order given. */
export async function fillForm(form: Locator, fields: Record<string, FieldValue>): Promise<void> {
  for (const [label, value] of Object.entries(fields)) {
    const field = form.getByLabel(label);
    if (typeof value === 'string') await field.fill(value);
    else await field.selectOption(value.option);
  }
}

/** Clicks a form's button by its name. */
export async function submitForm(form: Locator, button: string): Promise<void> {
  await form.getByRole('button', { name: button }).click();
}

/** Fills the fields of a form, then clicks its button. */
export async function fillAndSubmit(
  form: Locator,
  fields: Record<string, FieldValue>,
  button: string,
): Promise<void> {
  await fillForm(form, fields);
  await submitForm(form, button);
}

/** The file a download button of the page saves, and the name the page gives it. */
export async function downloaded(page: Page, button: string): Promise<{ body: Buffer; name: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: WAIT_MS }),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { body: readFileSync(await download.path()), name: download.suggestedFilename() };
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe-core's serious and critical violations of the page as it is now. axe is injected as a script, which the
 * page's own CSP rightly refuses: the page's context must be made with bypassCSP.
 */
export async function seriousViolations(
  page: Page,
): Promise<{ id: string; impact: string; nodes: number }[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate<{ id: string; impact: string; nodes: number }[]>(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })))`,
  );
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Compares the plan at two dates with the page's diff form. */
export async function compareDates(page: Page, from: string, to: string): Promise<void> {
  await fillAndSubmit(page.getByTestId('diff-form'), { 'Fra dato': from, 'Til dato': to }, 'Sammenlign');
}
