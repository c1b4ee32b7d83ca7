// What the browser tests ask the API directly and read off the page, to compare the two.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';

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
