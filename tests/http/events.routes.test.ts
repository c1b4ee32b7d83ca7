import t from 'tap';
import { PLAN_ID, TILTAK_ID, code, createPlanStructure, createTiltak, startApi } from './api-fixture.js';

t.test('retracting an event by id takes it out of the state and keeps it in the history', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  await createTiltak(api);
  const change = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${TILTAK_ID}/status`,
    payload: { status: 'IN_PROGRESS' },
  });
  const [eventId] = change.json<{ eventIds: string[] }>().eventIds;
  const retraction = await api.as('editor', {
    method: 'POST',
    url: `/events/${eventId}/retractions`,
    payload: { reason: 'Rapportert på feil tiltak' },
  });
  t.equal(retraction.statusCode, 200, retraction.body);
  t.equal(retraction.json<{ revision: string }>().revision, '2');
  const tiltak = await api.as('reader', { method: 'GET', url: `/tiltak/${TILTAK_ID}` });
  t.equal(tiltak.json<{ status: string }>().status, 'PLANNED');
  const history = await api.as('reader', { method: 'GET', url: `/tiltak/${TILTAK_ID}/history` });
  const entry = history
    .json<{ entries: { eventId: string; retractedBy: unknown }[] }>()
    .entries.find((candidate) => candidate.eventId === eventId);
  t.ok(entry?.retractedBy, 'the retracted event stays in the history, marked');
});

t.test('a plan event is retracted through the plan stream', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const goal = await api.as('editor', {
    method: 'POST',
    url: `/plans/${PLAN_ID}/goals`,
    payload: { goalId: 'effektmal-1', kind: 'effect', text: 'Bedre overganger' },
  });
  const [eventId] = goal.json<{ eventIds: string[] }>().eventIds;
  const retraction = await api.as('editor', {
    method: 'POST',
    url: `/events/${eventId}/retractions`,
    payload: { reason: 'Feil plan' },
  });
  t.equal(retraction.statusCode, 200);
  const plan = await api.as('reader', { method: 'GET', url: `/plans/${PLAN_ID}` });
  t.same(plan.json<{ goals: unknown[] }>().goals, []);
});

t.test('retractions: unknown event 404, no reason 400, a creation 409, a reader 403', async (t) => {
  const api = await startApi(t);
  await createPlanStructure(api);
  const created = await createTiltak(api);
  const [creationId] = created.json<{ eventIds: string[] }>().eventIds;
  const unknown = await api.as('editor', {
    method: 'POST',
    url: '/events/00000000-0000-4000-8000-000000000000/retractions',
    payload: { reason: 'x' },
  });
  t.equal(unknown.statusCode, 404);
  t.equal(code(unknown), 'EVENT.NOT_FOUND');
  const noReason = await api.as('editor', {
    method: 'POST',
    url: `/events/${creationId}/retractions`,
    payload: {},
  });
  t.equal(noReason.statusCode, 400);
  const creation = await api.as('editor', {
    method: 'POST',
    url: `/events/${creationId}/retractions`,
    payload: { reason: 'Feil' },
  });
  t.equal(creation.statusCode, 409);
  t.equal(code(creation), 'RETRACTION.CREATION_NOT_RETRACTABLE');
  const reader = await api.as('reader', {
    method: 'POST',
    url: `/events/${creationId}/retractions`,
    payload: { reason: 'Feil' },
  });
  t.equal(reader.statusCode, 403);
});

t.test(
  'the event feed pages through every event in position order, for auditors and admins only',
  async (t) => {
    const api = await startApi(t);
    await createPlanStructure(api);
    await createTiltak(api);
    const first = await api.as('auditor', { method: 'GET', url: '/events?limit=3' });
    t.equal(first.statusCode, 200);
    const page = first.json<{
      events: { position: string; hash: string }[];
      lastPosition: string;
      isEnd: boolean;
    }>();
    t.equal(page.events.length, 3);
    t.equal(page.isEnd, false);
    const rest = await api.as('admin', {
      method: 'GET',
      url: `/events?after=${page.lastPosition}&limit=100`,
    });
    const restPage = rest.json<{ events: { position: string }[]; isEnd: boolean }>();
    t.equal(restPage.events.length, 2, 'five events in all');
    t.equal(restPage.isEnd, true);
    const positions = [...page.events, ...restPage.events].map((event) => BigInt(event.position));
    t.ok(positions.every((position, index) => index === 0 || position > (positions[index - 1] ?? 0n)));
    for (const role of ['reader', 'editor'] as const) {
      const refused = await api.as(role, { method: 'GET', url: '/events' });
      t.equal(refused.statusCode, 403, role);
    }
    const badLimit = await api.as('auditor', { method: 'GET', url: '/events?limit=0' });
    t.equal(badLimit.statusCode, 400);
  },
);
