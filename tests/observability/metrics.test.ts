import t from 'tap';
import { createPlanStructure, createTiltak, PLAN_ID, startApi, type Api } from '../http/api-fixture.js';
import { parsePrometheusText, samples, total } from '../support/prometheus-text.js';

async function scrape(api: Api) {
  const response = await api.as('auditor', { method: 'GET', url: '/metrics' });
  t.equal(response.statusCode, 200, 'the auditor may scrape');
  t.match(response.headers['content-type'], /^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(response.body);
}

t.test('a scrape after some requests shows the counters moved, by route pattern and status', async (t) => {
  const api = await startApi(t);
  const before = await scrape(api);
  await createPlanStructure(api);
  t.equal((await createTiltak(api)).statusCode, 201);
  t.equal((await createTiltak(api)).statusCode, 409, 'the same tiltak twice is refused');
  for (let i = 0; i < 3; i++) {
    t.equal((await api.as('reader', { method: 'GET', url: `/plans/${PLAN_ID}` })).statusCode, 200);
  }
  t.equal((await api.as('reader', { method: 'GET', url: '/plans/no-such-plan' })).statusCode, 404);
  t.equal((await api.as('reader', { method: 'GET', url: '/no/such/url/at/all' })).statusCode, 404);

  const after = await scrape(api);
  const planReads = { method: 'GET', route: '/plans/:planId' };
  t.equal(total(after, 'http_requests_total', { ...planReads, status: '200' }), 3);
  t.equal(total(after, 'http_requests_total', { ...planReads, status: '404' }), 1);
  // The parser folds the series of a labelled histogram into one; the registry's own figures give each series.
  t.equal(after.get('http_request_duration_seconds')?.type, 'HISTOGRAM');
  const durations = await api.service.metrics.httpDuration.get();
  const planReadCount = durations.values.find(
    (value) =>
      value.metricName === 'http_request_duration_seconds_count' &&
      value.labels['route'] === '/plans/:planId' &&
      value.labels['status'] === '200',
  );
  t.equal(planReadCount?.value, 3, 'latency histogram by route and status');
  t.equal(total(after, 'http_requests_total', { route: 'unmatched', status: '404' }), 1);
  const routes = new Set(samples(after, 'http_requests_total').map((sample) => sample.labels?.route));
  t.notOk(routes.has(`/plans/${PLAN_ID}`), 'never the raw URL as a label');
  t.notOk(routes.has('/no/such/url/at/all'));

  t.equal(total(after, 'commands_total', { type: 'CreateTiltak', outcome: 'appended' }), 1);
  t.equal(total(after, 'commands_total', { type: 'CreatePlan', outcome: 'appended' }), 1);
  const refused = samples(after, 'commands_total', { type: 'CreateTiltak' }).filter(
    (sample) => sample.labels?.outcome !== 'appended',
  );
  t.equal(refused.length, 1, 'the refused command is counted under its error code');
  t.match(refused[0]?.labels?.outcome, /^[A-Z_]+\.[A-Z_.]+$/);

  t.equal(total(after, 'events_appended_total', { type: 'TiltakCreated' }), 1);
  // Four structure commands and one tiltak; the refused duplicate never reaches the store.
  t.equal(samples(after, 'store_append_duration_seconds')[0]?.count, '5', 'appends timed');
  t.ok(Number(samples(after, 'store_log_sync_duration_seconds')[0]?.count) >= 1, 'log syncs timed');
  const commits = samples(after, 'store_group_commit_appends')[0];
  t.ok(Number(commits?.count) >= 1 && Number(commits?.sum) >= Number(commits?.count), 'group commit sizes');
  t.equal(total(before, 'events_appended_total'), 0, 'nothing appended before the first command');

  const lag = samples(after, 'projection_lag_positions')[0];
  t.equal(lag?.value, '0', 'a write waits for its projection, so the lag is 0 once answered');
  t.ok(after.has('process_cpu_user_seconds_total'), 'process figures');
  t.ok(after.has('nodejs_eventloop_lag_seconds'), 'event-loop figures');
});

t.test('metrics are for the auditor and admin roles, not readers, editors or the anonymous', async (t) => {
  const api = await startApi(t);
  t.equal((await api.as('admin', { method: 'GET', url: '/metrics' })).statusCode, 200);
  for (const role of ['reader', 'editor'] as const) {
    const response = await api.as(role, { method: 'GET', url: '/metrics' });
    t.equal(response.statusCode, 403, role);
    t.match(response.headers['content-type'], /application\/problem\+json/);
  }
  t.equal((await api.as(null, { method: 'GET', url: '/metrics' })).statusCode, 401);
});
