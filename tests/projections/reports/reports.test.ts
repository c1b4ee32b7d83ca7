import t from 'tap';
import { fundingReport, responsibilityReport, statusReport } from '../../../src/projections/reports/index.js';
import {
  AHUS,
  AS,
  AURSKOG,
  grant,
  LILLESTROM,
  LORENSKOG,
  OVRE_ROMERIKE,
  planView,
  tiltakView,
} from '../fixtures.js';

const tiltak = tiltakView;

/** Satsningsområde 2 is listed first in the tree on purpose: the report orders by number. */
function mainPlan() {
  return planView([
    {
      satsningsomradeId: 'sa-2',
      number: 2,
      title: 'Kompetanse',
      tiltaksomrader: [
        {
          tiltaksomradeId: 'ta-kompetanse',
          title: 'Kompetansedeling',
          tiltak: [
            tiltak({
              tiltakId: 'k1',
              tiltaksomradeId: 'ta-kompetanse',
              number: '10',
              title: 'Hospitering',
              status: 'DISCONTINUED',
              responsible: [LORENSKOG],
              funding: [grant({ grantId: 'g-k1', year: 2020, source: 'Øvrige midler', amountNok: 50_000 })],
            }),
          ],
        },
      ],
    },
    {
      satsningsomradeId: 'sa-1',
      number: 1,
      title: 'Sårbare grupper',
      tiltaksomrader: [
        {
          tiltaksomradeId: 'ta-barn',
          title: 'Barn og unge',
          tiltak: [
            tiltak({
              tiltakId: 'b1',
              tiltaksomradeId: 'ta-barn',
              number: '2',
              title: 'Felles rutiner',
              status: 'PLANNED',
              responsible: [AHUS, AHUS],
              participants: [AHUS, LILLESTROM],
              funding: [
                grant({
                  grantId: 'g-b1-2021',
                  year: 2021,
                  amountNok: 200_000,
                  decisionReference: 'AU-sak 12/21',
                }),
                grant({ grantId: 'g-b1-2020', year: 2020, amountNok: null }),
                grant({ grantId: 'g-b1-gone', year: 2020, withdrawnAt: '2020-10-01T00:00:00.000Z' }),
              ],
            }),
            tiltak({
              tiltakId: 'b2',
              tiltaksomradeId: 'ta-barn',
              number: '1.2',
              title: 'Ambulant team',
              status: 'IN_PROGRESS',
              participants: [AS],
            }),
            tiltak({
              tiltakId: 'b3',
              tiltaksomradeId: 'ta-barn',
              title: 'Uten nummer',
              status: 'IN_PROGRESS',
              responsible: [OVRE_ROMERIKE],
            }),
            tiltak({
              tiltakId: 'b4',
              tiltaksomradeId: 'ta-barn',
              number: '4',
              title: 'Ikke startet',
              status: null,
              responsible: [AURSKOG],
            }),
          ],
        },
        {
          tiltaksomradeId: 'ta-eldre',
          title: 'Skrøpelige eldre',
          tiltak: [
            tiltak({
              tiltakId: 'e1',
              tiltaksomradeId: 'ta-eldre',
              number: '1',
              status: 'UNKNOWN',
              lastKnownStatus: 'COMPLETED',
            }),
            tiltak({
              tiltakId: 'e2',
              tiltaksomradeId: 'ta-eldre',
              number: '2',
              status: 'COMPLETED',
              funding: [grant({ grantId: 'g-e2', year: 2021, amountNok: 75_000 })],
            }),
            tiltak({
              tiltakId: 'e3',
              tiltaksomradeId: 'ta-eldre',
              number: '3',
              status: 'UNKNOWN',
              lastKnownStatus: null,
            }),
            tiltak({
              tiltakId: 'e4',
              tiltaksomradeId: 'ta-eldre',
              number: '4',
              status: 'UNKNOWN',
              lastKnownStatus: 'COMPLETED',
            }),
          ],
        },
        { tiltaksomradeId: 'ta-tom', title: 'Tomt område', tiltak: [] },
      ],
    },
  ]);
}

/** A second plan whose id sorts before the first. */
function otherPlan() {
  return planView(
    [
      {
        satsningsomradeId: 'x-1',
        number: 1,
        title: 'Digitalisering',
        tiltaksomrader: [
          {
            tiltaksomradeId: 'x-ta',
            title: 'Meldingsutveksling',
            tiltak: [
              tiltak({
                tiltakId: 'x1',
                tiltaksomradeId: 'x-ta',
                planId: 'a-plan',
                number: '1',
                title: 'E-meldinger',
                status: 'ON_HOLD',
                responsible: [LILLESTROM],
                funding: [grant({ grantId: 'g-x1', year: 2022, amountNok: 10_000 })],
              }),
            ],
          },
        ],
      },
    ],
    { planId: 'a-plan' },
  );
}

t.test(
  'the status report counts tiltak per status in each tiltaksområde, in plan and status order',
  async (t) => {
    const report = statusReport([mainPlan(), otherPlan()]);
    t.same(report.columns, [
      'planId',
      'satsningsomradeNumber',
      'satsningsomrade',
      'tiltaksomrade',
      'status',
      'statusLabel',
      'count',
    ]);
    const row = (
      planId: string,
      number: number,
      sa: string,
      ta: string,
      status: string | null,
      statusLabel: string,
      count: number,
    ) => ({
      planId,
      satsningsomradeNumber: number,
      satsningsomrade: sa,
      tiltaksomrade: ta,
      status,
      statusLabel,
      count,
    });
    const plan = 'handlingsplan-2020-2022';
    t.same(report.rows, [
      row('a-plan', 1, 'Digitalisering', 'Meldingsutveksling', 'ON_HOLD', 'Satt på vent', 1),
      row(plan, 1, 'Sårbare grupper', 'Barn og unge', 'PLANNED', 'Under planlegging', 1),
      row(plan, 1, 'Sårbare grupper', 'Barn og unge', 'IN_PROGRESS', 'Pågår', 2),
      row(plan, 1, 'Sårbare grupper', 'Barn og unge', null, 'Ikke rapportert', 1),
      row(plan, 1, 'Sårbare grupper', 'Skrøpelige eldre', 'COMPLETED', 'Fullført', 1),
      // UNKNOWN keeps the last known status beside it: one row per last known status.
      row(
        plan,
        1,
        'Sårbare grupper',
        'Skrøpelige eldre',
        'UNKNOWN',
        'Uviss status (sist kjent: Fullført)',
        2,
      ),
      row(plan, 1, 'Sårbare grupper', 'Skrøpelige eldre', 'UNKNOWN', 'Uviss status', 1),
      row(plan, 2, 'Kompetanse', 'Kompetansedeling', 'DISCONTINUED', 'Avsluttet uten gjennomføring', 1),
    ]);
    t.equal(
      report.rows.reduce((sum, one) => sum + one.count, 0),
      10,
      'every tiltak is counted once; the empty tiltaksområde has no row',
    );
  },
);

t.test(
  'the funding report has one row per grant, withdrawn ones marked, by year, source and place in the plan',
  async (t) => {
    const report = fundingReport([mainPlan(), otherPlan()]);
    t.same(report.columns, [
      'planId',
      'year',
      'source',
      'tiltakId',
      'tiltakNumber',
      'tiltak',
      'grantId',
      'amountNok',
      'decisionReference',
      'withdrawnAt',
    ]);
    t.same(
      report.rows.map((row) => [row.planId, row.year, row.source, row.tiltakId, row.grantId, row.amountNok]),
      [
        ['a-plan', 2022, 'Samhandlingsmidler', 'x1', 'g-x1', 10_000],
        // "Samhandlingsmidler" before "Øvrige midler": Norwegian collation puts Ø near the end.
        ['handlingsplan-2020-2022', 2020, 'Samhandlingsmidler', 'b1', 'g-b1-2020', null],
        ['handlingsplan-2020-2022', 2020, 'Samhandlingsmidler', 'b1', 'g-b1-gone', 100_000],
        ['handlingsplan-2020-2022', 2020, 'Øvrige midler', 'k1', 'g-k1', 50_000],
        ['handlingsplan-2020-2022', 2021, 'Samhandlingsmidler', 'b1', 'g-b1-2021', 200_000],
        ['handlingsplan-2020-2022', 2021, 'Samhandlingsmidler', 'e2', 'g-e2', 75_000],
      ],
    );
    t.same(report.rows[4], {
      planId: 'handlingsplan-2020-2022',
      year: 2021,
      source: 'Samhandlingsmidler',
      tiltakId: 'b1',
      tiltakNumber: '2',
      tiltak: 'Felles rutiner',
      grantId: 'g-b1-2021',
      amountNok: 200_000,
      decisionReference: 'AU-sak 12/21',
      withdrawnAt: null,
    });
    t.equal(
      report.rows.find((row) => row.grantId === 'g-b1-gone')?.withdrawnAt,
      '2020-10-01T00:00:00.000Z',
      'a withdrawn grant shows as withdrawn, not gone',
    );
  },
);

t.test(
  'the responsibility report lists each party role per tiltak, by Norwegian name order then tiltak number',
  async (t) => {
    const report = responsibilityReport([mainPlan(), otherPlan()]);
    t.same(report.columns, [
      'partyId',
      'party',
      'partyKind',
      'role',
      'planId',
      'tiltakId',
      'tiltakNumber',
      'tiltak',
      'status',
      'statusLabel',
    ]);
    t.same(
      report.rows.map((row) => [row.party, row.role, row.tiltakId, row.tiltakNumber, row.status]),
      [
        // Responsible twice over in one tiltak is one row; responsible and participant are two.
        ['Akershus universitetssykehus HF', 'responsible', 'b1', '2', 'PLANNED'],
        ['Akershus universitetssykehus HF', 'participant', 'b1', '2', 'PLANNED'],
        ['Aurskog-Høland', 'responsible', 'b4', '4', null],
        // Natural order: 1 before 2.
        ['Lillestrøm', 'responsible', 'x1', '1', 'ON_HOLD'],
        ['Lillestrøm', 'participant', 'b1', '2', 'PLANNED'],
        ['Lørenskog', 'responsible', 'k1', '10', 'DISCONTINUED'],
        // Ø before Å in Norwegian, though Å comes first in Unicode.
        ['Øvre Romerike fagråd', 'responsible', 'b3', null, 'IN_PROGRESS'],
        ['Ås', 'participant', 'b2', '1.2', 'IN_PROGRESS'],
      ],
    );
    t.same(report.rows[5], {
      partyId: 'kommune-3222',
      party: 'Lørenskog',
      partyKind: 'kommune',
      role: 'responsible',
      planId: 'handlingsplan-2020-2022',
      tiltakId: 'k1',
      tiltakNumber: '10',
      tiltak: 'Hospitering',
      status: 'DISCONTINUED',
      statusLabel: 'Avsluttet uten gjennomføring',
    });
  },
);

t.test('tiltak numbers sort naturally within one party: 2 before 10, 1.2 before 1.10', async (t) => {
  const numbered = (tiltakId: string, number: string) =>
    tiltak({
      tiltakId,
      tiltaksomradeId: 'ta',
      number,
      responsible: [LORENSKOG],
      status: 'UNKNOWN',
      lastKnownStatus: 'IN_PROGRESS',
    });
  const view = planView([
    {
      satsningsomradeId: 'sa',
      number: 1,
      title: 'A',
      tiltaksomrader: [
        {
          tiltaksomradeId: 'ta',
          title: 'B',
          tiltak: [
            numbered('t10', '10'),
            numbered('t1-10', '1.10'),
            numbered('t2', '2'),
            numbered('t1-2', '1.2'),
          ],
        },
      ],
    },
  ]);
  const rows = responsibilityReport([view]).rows;
  t.same(
    rows.map((row) => row.tiltakNumber),
    ['1.2', '1.10', '2', '10'],
  );
  t.equal(rows[0]?.statusLabel, 'Uviss status (sist kjent: Pågår)');
});

t.test('reports of no plans are empty tables with their columns', async (t) => {
  t.same(statusReport([]).rows, []);
  t.same(fundingReport([]).rows, []);
  t.same(responsibilityReport([]).rows, []);
  t.equal(responsibilityReport([]).columns.length, 10);
});
