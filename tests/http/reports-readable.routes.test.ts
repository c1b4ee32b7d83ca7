// The reports a coordinator, a leader and a steering group read (issue 17 §2): totals, the tiltak list, funding
// totals with unknown amounts kept unknown, withdrawn grants kept, and responsibility with units rolled up.
import t from 'tap';
import { PLAN_ID, TILTAK_ID, createPlanStructure, createTiltak, startApi, type Api } from './api-fixture.js';

type Row = Record<string, string | number | null>;
interface Table {
  columns: string[];
  rows: Row[];
}

async function report(api: Api, name: string, query = ''): Promise<Table> {
  const response = await api.as('reader', { method: 'GET', url: `/reports/${name}?${query}` });
  if (response.statusCode !== 200) throw new Error(`${name}: ${response.statusCode} ${response.body}`);
  return response.json<Table>();
}

async function post(api: Api, url: string, payload: Record<string, unknown>): Promise<void> {
  const response = await api.as('editor', { method: 'POST', url, payload });
  if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
}

/** Three tiltak: two in Skrøpelige eldre (PLANNED, IN_PROGRESS), one in Barn og unge without a status. */
async function threeTiltak(api: Api): Promise<void> {
  await createPlanStructure(api);
  await createTiltak(api);
  await createTiltak(api, {
    tiltakId: 'tiltak-2',
    number: '1.1.2',
    title: 'Felles kompetanseplan',
    status: 'IN_PROGRESS',
    responsible: [
      { kind: 'kommune', name: 'Lillestrøm' },
      { kind: 'fagrad', name: 'Fagråd for eldre' },
    ],
  });
  const third = await createTiltak(api, {
    tiltakId: 'tiltak-3',
    tiltaksomradeId: 'barn-og-unge',
    number: '1.2.1',
    title: 'Barn som pårørende',
    status: undefined,
  });
  if (third.statusCode !== 201) throw new Error(third.body);
}

t.test('status totals: per satsningsområde and for the plan, a column per status', async (t) => {
  const api = await startApi(t);
  await threeTiltak(api);
  const table = await report(api, 'status-totals', `planId=${PLAN_ID}`);
  t.strictSame(table.columns.slice(0, 3), ['planId', 'satsningsomradeNumber', 'satsningsomrade']);
  t.ok(table.columns.includes('NOT_REPORTED') && table.columns.at(-1) === 'total');
  t.equal(table.rows.length, 2, 'one satsningsområde, then the plan');
  const [area, plan] = table.rows as [Row, Row];
  t.match(area, {
    satsningsomradeNumber: 1,
    PLANNED: 1,
    IN_PROGRESS: 1,
    NOT_REPORTED: 1,
    COMPLETED: 0,
    total: 3,
  });
  t.match(plan, { satsningsomradeNumber: null, satsningsomrade: 'Hele planen', total: 3, NOT_REPORTED: 1 });
  const statusSum = table.columns
    .filter((column) => !['planId', 'satsningsomradeNumber', 'satsningsomrade', 'total'].includes(column))
    .reduce((sum, column) => sum + Number(plan[column]), 0);
  t.equal(statusSum, plan.total, 'the status columns add up to the total');
});

t.test('status of each tiltak: status, responsible and last change, in the plan order', async (t) => {
  const api = await startApi(t);
  await threeTiltak(api);
  await post(api, `/tiltak/tiltak-2/status`, {
    status: 'COMPLETED',
    effectiveAt: '2021-06-01T00:00:00+02:00',
  });
  const table = await report(api, 'status-tiltak', `planId=${PLAN_ID}`);
  t.strictSame(
    table.rows.map((row) => row.tiltakNumber),
    ['1.1.1', '1.1.2', '1.2.1'],
  );
  const [first, second, third] = table.rows as [Row, Row, Row];
  t.match(first, { tiltakId: TILTAK_ID, statusLabel: 'Under planlegging', responsible: 'Fagråd for eldre' });
  t.match(second, {
    status: 'COMPLETED',
    statusLabel: 'Fullført',
    responsible: 'Lillestrøm; Fagråd for eldre',
    lastChangeType: 'TiltakStatusChanged',
  });
  t.match(third, { status: null, statusLabel: 'Ikke rapportert', lastChangeType: 'TiltakCreated' });
  t.match(first.lastChangeAt, /^2020-01-31T23:00:00\.000Z$/, 'the instant the creation took effect');
});

t.test(
  'funding: unknown amounts are null and counted apart; a withdrawn grant is listed as withdrawn',
  async (t) => {
    const api = await startApi(t);
    await threeTiltak(api);
    const grant = (tiltakId: string, payload: Record<string, unknown>) =>
      post(api, `/tiltak/${tiltakId}/funding`, { effectiveAt: '2021-03-01T00:00:00+01:00', ...payload });
    await grant(TILTAK_ID, { source: 'Samhandlingsmidler', year: 2021, amountNok: 250000 });
    await grant('tiltak-2', { source: 'Samhandlingsmidler', year: 2021, amountNok: null });
    await grant('tiltak-3', { source: 'Samhandlingsmidler', year: 2021 });
    await grant('tiltak-3', { source: 'Helsedirektoratet', year: 2021, amountNok: null });
    await grant('tiltak-2', { source: 'Helsedirektoratet', year: 2022, amountNok: 100000 });
    await post(api, `/tiltak/tiltak-2/funding/helsedirektoratet-2022/withdrawal`, {
      effectiveAt: '2022-06-01T00:00:00+02:00',
    });

    const list = await report(api, 'funding', `planId=${PLAN_ID}`);
    t.ok(list.columns.includes('withdrawnAt'));
    const withdrawn = list.rows.filter((row) => row.withdrawnAt !== null);
    t.equal(withdrawn.length, 1, 'the withdrawn grant is still listed');
    t.match(withdrawn[0], { grantId: 'helsedirektoratet-2022', amountNok: 100000, year: 2022 });
    t.equal(list.rows.filter((row) => row.amountNok === null).length, 3, 'no amount given stays null');

    const totals = await report(api, 'funding-totals', `planId=${PLAN_ID}`);
    t.strictSame(
      totals.rows.map((row) => [
        row.year,
        row.source,
        row.grants,
        row.amountNok,
        row.grantsWithoutAmount,
        row.withdrawn,
      ]),
      [
        [2021, 'Helsedirektoratet', 1, null, 1, 0],
        [2021, 'Samhandlingsmidler', 3, 250000, 2, 0],
        [2021, null, 4, 250000, 3, 0],
        [2022, 'Helsedirektoratet', 0, null, 0, 1],
        [2022, null, 0, null, 0, 1],
      ],
      'per year and source, then the year; unknown is null, never 0; the withdrawn grant in no sum',
    );
    t.equal(
      totals.rows.reduce((sum, row) => sum + Number(row.grants) + Number(row.withdrawn), 0) / 2,
      list.rows.length,
      'every grant of the list is counted once per year (source rows and year row)',
    );

    const timeline = await api.as('reader', {
      method: 'GET',
      url: `/plans/${PLAN_ID}/timeline?from=2021-01-01T00:00:00%2B01:00&to=2021-12-31T00:00:00%2B01:00&interval=quarter`,
    });
    t.equal(timeline.statusCode, 200, timeline.body);
    const buckets = timeline.json<{ buckets: { label: string; fundingGranted: unknown }[] }>().buckets;
    t.strictSame(buckets.find((bucket) => bucket.label === '2021-Q1')?.fundingGranted, {
      count: 5,
      amountNok: 350000,
      withoutAmount: 3,
    });
    t.strictSame(buckets.find((bucket) => bucket.label === '2021-Q2')?.fundingGranted, {
      count: 0,
      amountNok: 0,
      withoutAmount: 0,
    });
  },
);

t.test('a timeline interval whose grants all lack an amount says null, not 0', async (t) => {
  const api = await startApi(t);
  await threeTiltak(api);
  await post(api, `/tiltak/${TILTAK_ID}/funding`, {
    source: 'Samhandlingsmidler',
    year: 2021,
    amountNok: null,
    effectiveAt: '2021-03-01T00:00:00+01:00',
  });
  const timeline = await api.as('reader', {
    method: 'GET',
    url: `/plans/${PLAN_ID}/timeline?from=2021-01-01T00:00:00%2B01:00&to=2021-03-31T00:00:00%2B02:00&interval=quarter`,
  });
  const [bucket] = timeline.json<{ buckets: { fundingGranted: unknown }[] }>().buckets;
  t.strictSame(bucket?.fundingGranted, { count: 1, amountNok: null, withoutAmount: 1 });
});

async function seededApi(t: Parameters<typeof startApi>[0]): Promise<Api> {
  const api = await startApi(t, { SEED: 'true' });
  const head = await api.service.store.headPosition();
  if (head === null) throw new Error('the seed appended nothing');
  if (!(await api.service.projections.waitForPosition(head, 120_000))) throw new Error('projections lag');
  return api;
}

t.test('responsibility with units rolled up, over the seed plans', async (t) => {
  const api = await seededApi(t);
  const AHUS = 'helseforetak-akershus-universitetssykehus';
  const totals = await report(api, 'responsibility-totals', 'planId=ahus-2020-2022');
  const ahus = totals.rows.find((row) => row.partyId === AHUS);
  // The Ahus plan's text ties Ahus to 16 tiltak: 8 name Ahus itself, 8 more only a unit of it (Ortopedisk
  // klinikk Ahus, ABUP Ahus, Blodbanken Ahus, DPS …); 15 with a responsible role, 1 as participant only.
  t.match(ahus, { tiltak: 16, direct: 8, responsible: 15, participant: 1 });
  const all = await report(api, 'responsibility-totals');
  t.equal(all.rows.find((row) => row.partyId === AHUS)?.tiltak, 17, 'with the HSØ project');
  t.equal(all.rows.find((row) => row.partyId === 'kommune-3030')?.tiltak, 3, 'Lillestrøm with its sykehjem');
  t.equal(
    all.rows.find((row) => row.partyId === 'kommune-3026')?.tiltak,
    1,
    'Aurskog-Høland: Aurskog sykehjem',
  );

  const rows = await report(api, 'responsibility-rollup', 'planId=ahus-2020-2022');
  const ahusRows = rows.rows.filter((row) => row.partyId === AHUS);
  t.equal(ahusRows.length, 16, 'each tiltak once per party');
  t.equal(new Set(ahusRows.map((row) => row.tiltakId)).size, 16);
  const viaClinic = ahusRows.find((row) => row.tiltakId === 'ahus-samhandling-for-bedre-behelse');
  t.match(viaClinic?.via, /Ortopedisk klinikk/, 'the clinic is named as the way Ahus takes part');

  const flat = await report(api, 'responsibility', 'planId=ahus-2020-2022');
  t.ok(
    flat.rows.filter((row) => row.partyId === AHUS).length < 16,
    'the flat report still lists the parties as the tiltak name them',
  );
});

t.test(
  'funding over the seed plans: the 7 grants without an amount are counted apart, never as 0',
  async (t) => {
    const api = await seededApi(t);
    const list = await report(api, 'funding');
    // The Ahus plan names seven tiltak funded with samhandlingsmidler 2021 and gives no amount for any of them.
    t.equal(list.rows.length, 7);
    t.ok(
      list.rows.every((row) => row.amountNok === null),
      'no amount given stays null',
    );
    const totals = await report(api, 'funding-totals');
    t.match(
      totals.rows.find((row) => row.source === null),
      {
        planId: 'ahus-2020-2022',
        year: 2021,
        grants: 7,
        amountNok: null,
        grantsWithoutAmount: 7,
        withdrawn: 0,
      },
    );
    const timeline = await api.as('reader', {
      method: 'GET',
      url: '/plans/ahus-2020-2022/timeline?from=2020-01-01T00:00:00%2B01:00&to=2022-12-31T00:00:00%2B01:00&interval=quarter',
    });
    t.equal(timeline.statusCode, 200, timeline.body);
    const granted = timeline
      .json<{
        buckets: { fundingGranted: { count: number; amountNok: number | null; withoutAmount: number } }[];
      }>()
      .buckets.map((bucket) => bucket.fundingGranted)
      .filter((funding) => funding.count > 0);
    t.strictSame(
      granted.reduce((sum, funding) => sum + funding.withoutAmount, 0),
      7,
      'the timeline counts the seven apart',
    );
    t.ok(
      granted.every((funding) => funding.amountNok === null),
      'and says null, not amountNok: 0, where grants were made without an amount',
    );
  },
);
