// A status report that only repeats a status (issue 17 §4). Expected values are the seed document's
// (data/plans/ahus-samhandling-2020-2022.json): Åpen dialog - nettverksmøter is "Fullført" at the document date
// 2021-09-07 and is the only tiltak of the plan completed in 2021-09; none is completed in 2021-07.
import t from 'tap';
import { code, startApi, type Api } from './api-fixture.js';

const PLAN = 'ahus-2020-2022';
const APEN_DIALOG = 'ahus-apen-dialog-nettverksmoter';

async function seededApi(t: Parameters<typeof startApi>[0]): Promise<Api> {
  const api = await startApi(t, { SEED: 'true' });
  const head = await api.service.store.headPosition();
  if (head === null) throw new Error('the seed appended nothing');
  if (!(await api.service.projections.waitForPosition(head, 120_000))) throw new Error('projections lag');
  return api;
}

interface Bucket {
  label: string;
  completed: number;
  changes: { tiltakId: string | null; type: string; summary: string }[];
}

async function months(api: Api): Promise<Map<string, Bucket>> {
  const response = await api.as('reader', {
    method: 'GET',
    url: `/plans/${PLAN}/timeline?from=2021-07-01&to=2021-09-30&interval=month`,
  });
  if (response.statusCode !== 200) throw new Error(response.body);
  const buckets = response.json<{ buckets: Bucket[] }>().buckets;
  return new Map(buckets.map((bucket) => [bucket.label, bucket]));
}

t.test(
  'a back-dated report of the status the next report gives is 409 TILTAK.REPEATS_LATER_STATUS',
  async (t) => {
    const api = await seededApi(t);
    const tiltak = await api.as('reader', { method: 'GET', url: `/tiltak/${APEN_DIALOG}` });
    const [seedReport] = tiltak.json<{ statusHistory: { eventId: string }[] }>().statusHistory;
    const repeated = await api.as('editor', {
      method: 'POST',
      url: `/tiltak/${APEN_DIALOG}/status`,
      payload: { status: 'COMPLETED', effectiveAt: '2021-06-30' },
    });
    t.equal(repeated.statusCode, 409, repeated.body);
    t.equal(code(repeated), 'TILTAK.REPEATS_LATER_STATUS');
    t.match(repeated.json<{ details: unknown }>().details, {
      laterEventId: seedReport?.eventId,
      status: 'COMPLETED',
      effectiveAt: '2021-09-06T22:00:00.000Z',
    });
    const after = await api.as('reader', { method: 'GET', url: `/tiltak/${APEN_DIALOG}` });
    t.equal(after.json<{ revision: string }>().revision, '2', 'nothing appended');
    // Another status before it is still a report of its own.
    const started = await api.as('editor', {
      method: 'POST',
      url: `/tiltak/${APEN_DIALOG}/status`,
      payload: { status: 'IN_PROGRESS', effectiveAt: '2021-06-30' },
    });
    t.equal(started.statusCode, 200, started.body);
  },
);

t.test('two equal reports left by a retraction count as one completion in the timeline', async (t) => {
  const api = await seededApi(t);
  const before = await months(api);
  t.same(
    ['2021-07', '2021-08', '2021-09'].map((label) => before.get(label)?.completed),
    [0, 0, 1],
    'the seed: Åpen dialog completed in 2021-09',
  );
  const reopened = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${APEN_DIALOG}/status`,
    payload: { status: 'IN_PROGRESS', effectiveAt: '2021-08-01', reason: 'Tatt opp igjen i august' },
  });
  t.equal(reopened.statusCode, 200, reopened.body);
  const completed = await api.as('editor', {
    method: 'POST',
    url: `/tiltak/${APEN_DIALOG}/status`,
    payload: { status: 'COMPLETED', effectiveAt: '2021-07-01' },
  });
  t.equal(completed.statusCode, 200, completed.body);
  const [reopenedId] = reopened.json<{ eventIds: string[] }>().eventIds;
  const retracted = await api.as('editor', {
    method: 'POST',
    url: `/events/${reopenedId}/retractions`,
    payload: { reason: 'Ble aldri tatt opp igjen' },
  });
  t.equal(retracted.statusCode, 200, retracted.body);
  // Now: Fullført 2021-07-01, Fullført 2021-09-07 (the seed's), nothing between.
  const view = await api.as('reader', { method: 'GET', url: `/tiltak/${APEN_DIALOG}` });
  t.same(
    view.json<{ statusHistory: { status: string }[] }>().statusHistory.map((report) => report.status),
    ['COMPLETED', 'COMPLETED'],
  );
  const after = await months(api);
  t.same(
    ['2021-07', '2021-08', '2021-09'].map((label) => after.get(label)?.completed),
    [1, 0, 0],
    'one completion, in July; the September report repeats it',
  );
  const september = after
    .get('2021-09')
    ?.changes.find((change) => change.tiltakId === APEN_DIALOG && change.type === 'TiltakStatusChanged');
  t.equal(september?.summary, 'Tiltak 3 Åpen dialog - nettverksmøter: Fullført rapportert på nytt (uendret)');
});
