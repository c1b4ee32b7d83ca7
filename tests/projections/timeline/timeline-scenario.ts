// The hand-worked history the timeline tests draw: a plan with two satsningsområder and four tiltak, 2020-2021.
import { PlanHistory, type FixtureEvent } from '../fixtures.js';

/** Around noon in Oslo on that day, whatever the offset. */
export function noon(date: string): string {
  return `${date}T10:00:00.000Z`;
}

/** Local midnight in Oslo, 2020-01-01. */
export const PLAN_START = '2019-12-31T23:00:00.000Z';

export interface Scenario {
  history: PlanHistory;
  t1Completed: FixtureEvent;
  t2Discontinued: FixtureEvent;
}

/**
 * T1 "1.1" (Barn og unge): PLANNED 2020-02-10, IN_PROGRESS 2020-05-05, 200 000 kr 2020-06-01, COMPLETED 2021-03-15.
 * T2 "2.1" (Kompetansedeling): no status 2020-03-20, IN_PROGRESS 2020-09-01, grant without amount 2021-01-20,
 *   DISCONTINUED 2021-06-30 (reported 2021-10-01).
 * T3 "1.2" (Barn og unge): IN_PROGRESS 2021-02-01, moved to Skrøpelige eldre 2021-04-10, 150 000 kr 2021-05-01.
 * T4 "1.3" (Skrøpelige eldre): created COMPLETED 2021-05-15.
 */
export function scenario(): Scenario {
  const history = new PlanHistory();
  history.plan(
    'PlanCreated',
    {
      title: 'Handlingsplan for samhandlingen 2020-2022',
      period: { from: '2020-01-01', to: '2022-12-31' },
      owner: { id: 'helseforetak-ahus', kind: 'helseforetak', name: 'Ahus', kommunenummer: null },
    },
    PLAN_START,
  );
  history.plan(
    'SatsningsomradeAdded',
    { satsningsomradeId: 'sa-1', number: 1, title: 'Sårbare grupper' },
    PLAN_START,
  );
  history.plan(
    'SatsningsomradeAdded',
    { satsningsomradeId: 'sa-2', number: 2, title: 'Kompetanse' },
    PLAN_START,
  );
  history.plan(
    'TiltaksomradeAdded',
    { tiltaksomradeId: 'ta-barn', satsningsomradeId: 'sa-1', title: 'Barn og unge' },
    PLAN_START,
  );
  history.plan(
    'TiltaksomradeAdded',
    { tiltaksomradeId: 'ta-eldre', satsningsomradeId: 'sa-1', title: 'Skrøpelige eldre' },
    PLAN_START,
  );
  history.plan(
    'TiltaksomradeAdded',
    { tiltaksomradeId: 'ta-kompetanse', satsningsomradeId: 'sa-2', title: 'Kompetansedeling' },
    PLAN_START,
  );
  const grant = (tiltakId: string, grantId: string, year: number, amountNok: number | null, date: string) =>
    history.tiltak(
      tiltakId,
      'FundingGranted',
      { grantId, source: 'Samhandlingsmidler', year, amountNok, decisionReference: null },
      noon(date),
    );
  const status = (tiltakId: string, value: string, date: string, recordedAt?: string) =>
    history.tiltak(tiltakId, 'TiltakStatusChanged', { status: value }, noon(date), recordedAt);

  history.createTiltak(
    't1',
    { tiltaksomradeId: 'ta-barn', number: '1.1', title: 'Felles rutiner for barn', status: 'PLANNED' },
    noon('2020-02-10'),
  );
  history.createTiltak(
    't2',
    { tiltaksomradeId: 'ta-kompetanse', number: '2.1', title: 'Felles kompetanseplan', status: null },
    noon('2020-03-20'),
  );
  status('t1', 'IN_PROGRESS', '2020-05-05');
  grant('t1', 'g1', 2020, 200_000, '2020-06-01');
  status('t2', 'IN_PROGRESS', '2020-09-01');
  grant('t2', 'g2', 2021, null, '2021-01-20');
  history.createTiltak(
    't3',
    { tiltaksomradeId: 'ta-barn', number: '1.2', title: 'Hjemmebasert oppfølging', status: 'IN_PROGRESS' },
    noon('2021-02-01'),
  );
  const t1Completed = status('t1', 'COMPLETED', '2021-03-15');
  history.tiltak('t3', 'TiltakMoved', { tiltaksomradeId: 'ta-eldre' }, noon('2021-04-10'));
  grant('t3', 'g3', 2021, 150_000, '2021-05-01');
  history.createTiltak(
    't4',
    { tiltaksomradeId: 'ta-eldre', number: '1.3', title: 'Utskrivningsrutiner', status: 'COMPLETED' },
    noon('2021-05-15'),
  );
  // Reported three months after it happened.
  const t2Discontinued = status('t2', 'DISCONTINUED', '2021-06-30', noon('2021-10-01'));
  return { history, t1Completed, t2Discontinued };
}
