// A small client for tests that drive a real server over HTTP: a token, the structure of one plan, posts.
import { openApiDatabase } from '../../src/auth/api-database.js';
import { TokenStore } from '../../src/auth/token-store.js';

export interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** Creates a token in DATA_DIR's API database, as `npm run token -- create` does. */
export function createToken(
  dataDir: string,
  role: 'reader' | 'editor' | 'auditor' | 'admin' = 'editor',
): string {
  const db = openApiDatabase(dataDir);
  try {
    return new TokenStore(db).create({ name: 'Kari Nordmann', role }).token;
  } finally {
    db.close();
  }
}

export async function send(
  base: string,
  token: string,
  method: 'GET' | 'POST',
  path: string,
  options: { body?: unknown; key?: string; signal?: AbortSignal } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.key !== undefined) headers['idempotency-key'] = options.key;
  const response = await fetch(`${base}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
  });
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { text };
  }
  return { status: response.status, headers: response.headers, body };
}

/** Creates a plan with one satsningsområde and one tiltaksområde (`omrade`), and one tiltak in it. */
export async function createPlanWithTiltak(
  base: string,
  token: string,
  planId: string,
  tiltakId: string,
): Promise<void> {
  const steps: [string, unknown][] = [
    [
      '/plans',
      {
        planId,
        title: 'Prøveplan',
        period: { from: '2020-01-01', to: '2022-12-31' },
        owner: { kind: 'helseforetak', name: 'Ahus' },
        effectiveAt: '2020-01-01T00:00:00Z',
      },
    ],
    [
      `/plans/${planId}/satsningsomrader`,
      { satsningsomradeId: 'omrade-s', number: 1, title: 'S', effectiveAt: '2020-01-01T00:00:00Z' },
    ],
    [
      `/plans/${planId}/tiltaksomrader`,
      {
        tiltaksomradeId: 'omrade',
        satsningsomradeId: 'omrade-s',
        title: 'T',
        effectiveAt: '2020-01-01T00:00:00Z',
      },
    ],
    [
      '/tiltak',
      {
        tiltakId,
        planId,
        tiltaksomradeId: 'omrade',
        title: `Tiltak ${tiltakId}`,
        effectiveAt: '2021-01-01T00:00:00Z',
      },
    ],
  ];
  for (const [path, body] of steps) {
    const answer = await send(base, token, 'POST', path, { body });
    if (answer.status !== 201)
      throw new Error(`${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
}

/** Polls `check` until it holds, or fails after `limitMs` (a generous bound, never a timing assertion). */
export async function eventually(
  check: () => Promise<boolean>,
  limitMs: number,
  what: string,
): Promise<void> {
  const until = Date.now() + limitMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > until) throw new Error(`did not happen within ${limitMs} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
