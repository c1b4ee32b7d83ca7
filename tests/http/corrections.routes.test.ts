// POST /events/{eventId}/corrections (issue 17 §4): a retraction and the right event in one append, the right event
// keeping the corrected event's source. Expected values are read off the seed document
// (data/plans/ahus-samhandling-2020-2022.json, Åpen dialog: "Fullført", document date 2021-09-07, line 97).
import t from 'tap';
import { openApiDatabase } from '../../src/auth/api-database.js';
import { TokenStore } from '../../src/auth/token-store.js';
import {
  PLAN_ID,
  TILTAK_ID,
  code,
  createPlanStructure,
  createTiltak,
  startApi,
  type Api,
} from './api-fixture.js';

const APEN_DIALOG = 'ahus-apen-dialog-nettverksmoter';
const SEED_LOCATOR = 'line 97: Prosjekt LSF/DPS Øvre Romerike Fullført';
const SEED_DOCUMENT = '000_e9bec1d5a818ddab.txt';

async function seededApi(t: Parameters<typeof startApi>[0]): Promise<Api> {
  const api = await startApi(t, { SEED: 'true' });
  const head = await api.service.store.headPosition();
  if (head === null) throw new Error('the seed appended nothing');
  if (!(await api.service.projections.waitForPosition(head, 120_000))) throw new Error('projections lag');
  return api;
}

interface StatusReport {
  eventId: string;
  effectiveAt: string;
  status: string;
}
interface HistoryEntry {
  eventId: string;
  type: string;
  effectiveAt: string;
  retractedBy: { eventId: string } | null;
  source: { kind: string; document?: string; locator?: string; correctionOf?: string };
}

async function seedStatusEvent(api: Api): Promise<string> {
  const tiltak = await api.as('reader', { method: 'GET', url: `/tiltak/${APEN_DIALOG}` });
  const [report] = tiltak.json<{ statusHistory: StatusReport[] }>().statusHistory;
  if (report === undefined) throw new Error('the seed tiltak has no status report');
  return report.eventId;
}

const correction = {
  reason: 'Fullført i juni, ikke i september: referat fra AU 2021-08-25',
  replacement: {
    type: 'ChangeTiltakStatus',
    data: { status: 'COMPLETED', effectiveAt: '2021-06-30T00:00:00+02:00' },
  },
};

t.test(
  'a seed status report corrected to an earlier date in one append keeps its import locator',
  async (t) => {
    const api = await seededApi(t);
    const eventId = await seedStatusEvent(api);
    const before = await api.as('reader', {
      method: 'GET',
      url: `/tiltak/${APEN_DIALOG}?validAt=2021-07-01`,
    });
    t.equal(
      before.json<{ status: string | null }>().status,
      null,
      'not reported on 2021-07-01 before the fix',
    );
    const etag = before.headers['etag'];

    const fixed = await api.as('editor', {
      method: 'POST',
      url: `/events/${eventId}/corrections`,
      headers: { 'if-match': String(etag) },
      payload: correction,
    });
    t.equal(fixed.statusCode, 200, fixed.body);
    const body = fixed.json<{ revision: string; eventIds: string[] }>();
    // The seed tiltak had revisions 0-2 (created, status, note); the correction appends revisions 3 and 4.
    t.equal(body.revision, '4');
    t.equal(body.eventIds.length, 2);
    t.equal(fixed.headers['etag'], '"4"');

    const after = await api.as('reader', { method: 'GET', url: `/tiltak/${APEN_DIALOG}?validAt=2021-07-01` });
    t.equal(after.json<{ status: string }>().status, 'COMPLETED', 'completed on 2021-07-01 after the fix');
    const now = await api.as('reader', { method: 'GET', url: `/tiltak/${APEN_DIALOG}` });
    t.same(
      now.json<{ statusHistory: StatusReport[] }>().statusHistory.map((r) => [r.status, r.effectiveAt]),
      [['COMPLETED', '2021-06-29T22:00:00.000Z']],
      'one completion, at the corrected date',
    );

    const history = await api.as('reader', {
      method: 'GET',
      url: `/tiltak/${APEN_DIALOG}/history?limit=200`,
    });
    const entries = history.json<{ entries: HistoryEntry[] }>().entries;
    const [retractionId, replacementId] = body.eventIds;
    const original = entries.find((entry) => entry.eventId === eventId);
    t.equal(
      original?.retractedBy?.eventId,
      retractionId,
      'the corrected event stays, marked by the retraction',
    );
    const replacement = entries.find((entry) => entry.eventId === replacementId);
    t.same(replacement?.source, {
      kind: 'import',
      document: SEED_DOCUMENT,
      locator: SEED_LOCATOR,
      correctionOf: eventId,
    });
    t.equal(replacement?.effectiveAt, '2021-06-29T22:00:00.000Z');
    const retraction = entries.find((entry) => entry.eventId === retractionId);
    t.equal(retraction?.type, 'EventRetracted');
    t.same(retraction?.source, { kind: 'api' }, 'the retraction itself came from the request');

    const again = await api.as('editor', {
      method: 'POST',
      url: `/events/${eventId}/corrections`,
      payload: correction,
    });
    t.equal(again.statusCode, 409);
    t.equal(code(again), 'RETRACTION.ALREADY_RETRACTED');
  },
);

t.test('If-Match is the stream revision: a stale one is 412 and appends nothing', async (t) => {
  const api = await seededApi(t);
  const eventId = await seedStatusEvent(api);
  const stale = await api.as('editor', {
    method: 'POST',
    url: `/events/${eventId}/corrections`,
    headers: { 'if-match': '"1"' },
    payload: correction,
  });
  t.equal(stale.statusCode, 412, stale.body);
  t.equal(code(stale), 'PRECONDITION.REVISION_MISMATCH');
  const tiltak = await api.as('reader', { method: 'GET', url: `/tiltak/${APEN_DIALOG}` });
  t.equal(tiltak.json<{ revision: string }>().revision, '2');
});

t.test('an Idempotency-Key makes a retried correction a replay', async (t) => {
  const api = await seededApi(t);
  const eventId = await seedStatusEvent(api);
  const send = () =>
    api.as('editor', {
      method: 'POST',
      url: `/events/${eventId}/corrections`,
      headers: { 'idempotency-key': 'korrigering-apen-dialog-1' },
      payload: correction,
    });
  const first = await send();
  const second = await send();
  t.equal(first.statusCode, 200, first.body);
  t.equal(second.statusCode, 200, second.body);
  t.equal(second.headers['idempotent-replayed'], 'true');
  t.same(second.json(), first.json());
  const tiltak = await api.as('reader', { method: 'GET', url: `/tiltak/${APEN_DIALOG}` });
  t.equal(tiltak.json<{ revision: string }>().revision, '4', 'appended once');
});

t.test('refusals: unknown event, another kind, no change, a creation, a reader, bad body', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const created = await createTiltak(api);
  const [creationId] = created.json<{ eventIds: string[] }>().eventIds;
  const status = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    payload: { status: 'IN_PROGRESS', effectiveAt: '2021-03-01T00:00:00+01:00' },
  });
  const [statusId] = status.json<{ eventIds: string[] }>().eventIds;
  const post = (eventId: string, payload: Record<string, unknown>, role: 'editor' | 'reader' = 'editor') =>
    api.as(role, { method: 'POST', url: `/events/${eventId}/corrections`, payload });
  const cases: [string, string, Record<string, unknown>, number, string][] = [
    ['unknown event', '00000000-0000-4000-8000-000000000000', correction, 404, 'EVENT.NOT_FOUND'],
    [
      'a tiltak command of another kind',
      String(statusId),
      { reason: 'Feil', replacement: { type: 'NoteProgress', data: { text: 'Startet.' } } },
      409,
      'RETRACTION.REPLACEMENT_TYPE_MISMATCH',
    ],
    [
      'a plan command for a tiltak event',
      String(statusId),
      { reason: 'Feil', replacement: { type: 'ReviseGoal', data: { goalId: 'g', text: 'x' } } },
      409,
      'RETRACTION.REPLACEMENT_TYPE_MISMATCH',
    ],
    [
      'the same value at the same time',
      String(statusId),
      {
        reason: 'Feil',
        replacement: { type: 'ChangeTiltakStatus', data: { status: 'IN_PROGRESS' } },
      },
      409,
      'RETRACTION.CORRECTION_CHANGES_NOTHING',
    ],
    [
      'the creation',
      String(creationId),
      { reason: 'Feil', replacement: { type: 'ChangeTiltakStatus', data: { status: 'PLANNED' } } },
      409,
      'RETRACTION.CREATION_NOT_RETRACTABLE',
    ],
    [
      'no reason',
      String(statusId),
      { replacement: correction.replacement },
      400,
      'REQUEST.VALIDATION_FAILED',
    ],
    [
      'an unknown field',
      String(statusId),
      { ...correction, actor: { id: 'x' } },
      400,
      'REQUEST.VALIDATION_FAILED',
    ],
    [
      'an unknown replacement type',
      String(statusId),
      { reason: 'Feil', replacement: { type: 'DeleteTiltak', data: {} } },
      400,
      'REQUEST.VALIDATION_FAILED',
    ],
  ];
  for (const [name, eventId, payload, expectedStatus, expectedCode] of cases) {
    const response = await post(eventId, payload);
    t.equal(response.statusCode, expectedStatus, `${name}: ${response.body}`);
    t.equal(code(response), expectedCode, name);
  }
  const reader = await post(String(statusId), correction, 'reader');
  t.equal(reader.statusCode, 403);
  t.equal(code(reader), 'AUTH.FORBIDDEN');
  const tiltak = await api.as('reader', { method: 'GET', url: `/tiltak/${TILTAK_ID}` });
  t.equal(tiltak.json<{ revision: string }>().revision, '1', 'no refusal appended anything');
});

t.test(
  'a plan event is corrected through the plan stream; an api source says it is a correction',
  async (t) => {
    const api = await startApi(t);
    await createPlanStructure(api);
    const goal = await api.as('editor', {
      method: 'POST',
      url: `/plans/${PLAN_ID}/goals`,
      payload: { goalId: 'effektmal-1', kind: 'effect', text: 'Bedre overgnager' },
    });
    const [eventId] = goal.json<{ eventIds: string[] }>().eventIds;
    const fixed = await api.as('editor', {
      method: 'POST',
      url: `/events/${eventId}/corrections`,
      payload: {
        reason: 'Skrivefeil',
        replacement: {
          type: 'AddGoal',
          data: { goalId: 'effektmal-1', kind: 'effect', text: 'Bedre overganger' },
        },
      },
    });
    t.equal(fixed.statusCode, 200, fixed.body);
    const plan = await api.as('reader', { method: 'GET', url: `/plans/${PLAN_ID}` });
    t.same(
      plan.json<{ goals: { goalId: string; text: string }[] }>().goals.map((g) => [g.goalId, g.text]),
      [['effektmal-1', 'Bedre overganger']],
    );
    const [, replacementId] = fixed.json<{ eventIds: string[] }>().eventIds;
    const events = await api.as('auditor', { method: 'GET', url: '/events?limit=1000' });
    const replacement = events
      .json<{ events: { eventId: string; source: Record<string, unknown> }[] }>()
      .events.find((event) => event.eventId === replacementId);
    t.same(replacement?.source, { kind: 'api', correctionOf: eventId });
  },
);

t.test('a token scoped to another plan may not correct its events', async (t) => {
  const api = await seededApi(t);
  const eventId = await seedStatusEvent(api);
  const db = openApiDatabase(api.dataDir);
  const token = new TokenStore(db).create({
    name: 'HSØ-redaktør',
    role: 'editor',
    plans: ['hso-2021-2024'],
  }).token;
  db.close();
  const refused = await api.app.inject({
    method: 'POST',
    url: `/events/${eventId}/corrections`,
    headers: { authorization: `Bearer ${token}` },
    payload: correction,
  });
  t.equal(refused.statusCode, 403, refused.body);
  t.equal(code(refused), 'AUTH.OUT_OF_SCOPE');
});
