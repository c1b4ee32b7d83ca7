// Tokens scoped to plans (issue 15 §7): an editor made for one plan cannot change another, and a scoped token's
// reads show only its plans; an unscoped token sees and changes everything.
import t, { type Test } from 'tap';
import { openApiDatabase } from '../../src/auth/api-database.js';
import type { Role } from '../../src/auth/roles.js';
import { TokenStore } from '../../src/auth/token-store.js';
import { code, startApi, type Api } from './api-fixture.js';

const AHUS = 'ahus-2020-2022';
const HSO = 'hso-2021-2024';
const EFFECTIVE = '2021-01-01T00:00:00+01:00';

async function createPlanWithTiltak(api: Api, planId: string, tiltakId: string): Promise<string> {
  const steps: [string, Record<string, unknown>][] = [
    [
      '/plans',
      {
        planId,
        title: `Plan ${planId}`,
        period: { from: '2021-01-01', to: '2024-12-31' },
        owner: { kind: 'helseforetak', name: `Eier av ${planId}` },
        effectiveAt: EFFECTIVE,
      },
    ],
    [
      `/plans/${planId}/satsningsomrader`,
      { satsningsomradeId: 'omrade', number: 1, title: 'Område', effectiveAt: EFFECTIVE },
    ],
    [
      `/plans/${planId}/tiltaksomrader`,
      { tiltaksomradeId: 'indre', satsningsomradeId: 'omrade', title: 'Indre', effectiveAt: EFFECTIVE },
    ],
    [
      '/tiltak',
      {
        tiltakId,
        planId,
        tiltaksomradeId: 'indre',
        title: `Tiltak i ${planId}`,
        status: 'PLANNED',
        responsible: [{ kind: 'fagrad', name: 'Fagråd' }],
        effectiveAt: EFFECTIVE,
      },
    ],
  ];
  let lastEventId = '';
  for (const [url, payload] of steps) {
    const response = await api.as('admin', { method: 'POST', url, payload });
    if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    lastEventId = response.json<{ eventIds: string[] }>().eventIds[0] ?? '';
  }
  const grant = await api.as('admin', {
    method: 'POST',
    url: `/tiltak/${tiltakId}/funding`,
    payload: { source: 'Samhandlingsmidler', year: 2021, amountNok: 100000, effectiveAt: EFFECTIVE },
  });
  if (grant.statusCode !== 200) throw new Error(`funding: ${grant.statusCode} ${grant.body}`);
  return lastEventId;
}

async function scoped(t: Test) {
  const api = await startApi(t);
  const ahusCreated = await createPlanWithTiltak(api, AHUS, 'ahus-tiltak');
  const hsoCreated = await createPlanWithTiltak(api, HSO, 'hso-tiltak');
  const db = openApiDatabase(api.dataDir);
  const store = new TokenStore(db);
  const make = (role: Role, plans?: string[]) => store.create({ name: `${role} Ahus`, role, plans }).token;
  const tokens = {
    editor: make('editor', [AHUS]),
    auditor: make('auditor', [AHUS]),
    admin: make('admin', [AHUS]),
  };
  db.close();
  const send = (token: string, method: 'GET' | 'POST', url: string, payload?: unknown) =>
    api.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });
  return { api, tokens, send, ahusCreated, hsoCreated };
}

t.test('a scoped editor changes its own plans and gets 403 AUTH.OUT_OF_SCOPE on any other', async (t) => {
  const { api, tokens, send, hsoCreated } = await scoped(t);
  const note = { text: 'Pilot startet.', effectiveAt: '2021-05-01T00:00:00+02:00' };
  t.equal((await send(tokens.editor, 'POST', '/tiltak/ahus-tiltak/notes', note)).statusCode, 200, 'own plan');
  const refusals: [string, string, Record<string, unknown>][] = [
    ['a note on a tiltak of another plan', '/tiltak/hso-tiltak/notes', note],
    ['a status change there', '/tiltak/hso-tiltak/status', { status: 'IN_PROGRESS' }],
    [
      'a structure command on the other plan',
      `/plans/${HSO}/goals`,
      { goalId: 'mal', kind: 'overall', text: 'Mål' },
    ],
    [
      'a tiltak created in the other plan',
      '/tiltak',
      { tiltakId: 'nytt', planId: HSO, tiltaksomradeId: 'indre', title: 'Nytt', effectiveAt: EFFECTIVE },
    ],
    [
      'a new plan outside the scope',
      '/plans',
      {
        planId: 'ny-plan',
        title: 'Ny',
        period: { from: '2021-01-01', to: '2021-12-31' },
        owner: { kind: 'helseforetak', name: 'Ny eier' },
      },
    ],
    ['a retraction of an event of the other plan', `/events/${hsoCreated}/retractions`, { reason: 'Feil' }],
  ];
  for (const [what, url, payload] of refusals) {
    const response = await send(tokens.editor, 'POST', url, payload);
    t.equal(response.statusCode, 403, what);
    t.equal(code(response), 'AUTH.OUT_OF_SCOPE', what);
  }
  const untouched = await api.as('reader', { method: 'GET', url: '/tiltak/hso-tiltak' });
  t.equal(untouched.json<{ noteCount: number; revision: string }>().noteCount, 0, 'nothing was appended');
  t.equal(
    (await api.as('editor', { method: 'POST', url: '/tiltak/hso-tiltak/notes', payload: note })).statusCode,
    200,
    'an unscoped editor may',
  );
});

t.test('a scoped token reads only its plans; lists and reports show only them', async (t) => {
  const { api, tokens, send } = await scoped(t);
  const plans = await send(tokens.editor, 'GET', '/plans');
  t.same(
    plans.json<{ plans: { planId: string }[] }>().plans.map((plan) => plan.planId),
    [AHUS],
  );
  const all = await api.as('reader', { method: 'GET', url: '/plans' });
  t.equal(all.json<{ plans: unknown[] }>().plans.length, 2, 'an unscoped token sees every plan');
  for (const url of [
    `/plans/${AHUS}`,
    '/tiltak/ahus-tiltak',
    '/tiltak/ahus-tiltak/history',
    `/plans/${AHUS}/diff?fromValidAt=2021-01-01&toValidAt=2021-06-01`,
  ]) {
    t.equal((await send(tokens.editor, 'GET', url)).statusCode, 200, `own: ${url}`);
  }
  for (const url of [
    `/plans/${HSO}`,
    `/plans/${HSO}/timeline?from=2021-01-01&to=2021-12-31&interval=quarter`,
    '/tiltak/hso-tiltak',
    '/tiltak/hso-tiltak/history',
    '/tiltak/hso-tiltak/notes',
    `/reports/status?planId=${HSO}`,
  ]) {
    const response = await send(tokens.editor, 'GET', url);
    t.equal(response.statusCode, 403, `other: ${url}`);
    t.equal(code(response), 'AUTH.OUT_OF_SCOPE', url);
  }
  t.equal(
    (await send(tokens.editor, 'GET', '/tiltak/finnes-ikke')).statusCode,
    404,
    'an unknown tiltak is 404',
  );
  for (const report of ['status', 'funding', 'responsibility']) {
    const rows = (await send(tokens.editor, 'GET', `/reports/${report}`)).json<{
      rows: { planId: string }[];
    }>().rows;
    t.ok(rows.length > 0, `${report}: the own plan's rows are there`);
    t.ok(
      rows.every((row) => row.planId === AHUS),
      `${report}: only the own plan's rows`,
    );
    const everyRow = (await api.as('reader', { method: 'GET', url: `/reports/${report}` })).json<{
      rows: { planId: string }[];
    }>().rows;
    t.ok(
      everyRow.some((row) => row.planId === HSO),
      `${report}: the unscoped reader sees the other plan`,
    );
  }
});

t.test('a scoped auditor audits its plans by planId or tiltakId, never the whole log', async (t) => {
  const { tokens, send } = await scoped(t);
  const own = await send(tokens.auditor, 'GET', `/audit?planId=${AHUS}`);
  t.equal(own.statusCode, 200);
  t.ok(own.json<{ entries: unknown[] }>().entries.length > 0);
  t.equal((await send(tokens.auditor, 'GET', '/audit?tiltakId=ahus-tiltak')).statusCode, 200);
  for (const url of [
    `/audit?planId=${HSO}`,
    '/audit?tiltakId=hso-tiltak',
    '/audit',
    '/events',
    '/audit/verify',
    '/audit/checkpoint',
  ]) {
    const response = await send(tokens.auditor, 'GET', url);
    t.equal(response.statusCode, 403, url);
    t.equal(code(response), 'AUTH.OUT_OF_SCOPE', url);
  }
  t.equal((await send(tokens.admin, 'GET', '/events')).statusCode, 403, 'a scoped admin is scoped too');
});
