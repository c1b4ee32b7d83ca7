import t from 'tap';
import { CommandError, PartyError, PlanError, TiltakError } from '../../../src/domain/index.js';
import {
  AHUS,
  LILLESTROM,
  LORENSKOG,
  PLAN_ID,
  day,
  planCreated,
  planEvent,
  standardPlan,
  tiltakCommand,
  tiltakCreated,
} from '../fixtures.js';
import { given } from '../given-when-then.js';

const create = (data: Record<string, unknown> = {}) =>
  tiltakCommand('CreateTiltak', {
    planId: PLAN_ID,
    tiltaksomradeId: 'skropelige-eldre',
    title: 'Integrerte helsetjenester for sårbare eldre med sammensatte behov',
    effectiveAt: '2020-02-01T00:00:00Z',
    ...data,
  });

t.test(
  'a tiltak is created in a tiltaksområde of its plan, with status, responsible and participants',
  async (t) => {
    given(standardPlan())
      .when(
        create({
          number: '1',
          description: 'Eget prosjekt mellom Ahus og kommunene',
          status: 'IN_PROGRESS',
          responsible: [{ kind: 'helseforetak', name: 'Ahus' }],
          participants: [
            { kind: 'kommune', name: 'Lillestrøm kommune' },
            { kind: 'kommune', name: 'Lørenskog', kommunenummer: '3029' },
            { kind: 'brukerorganisasjon', name: 'Landsforeningen for hjerte- og lungesyke' },
          ],
        }),
      )
      .then(t, [
        {
          type: 'TiltakCreated',
          data: {
            tiltakId: 'integrerte-helsetjenester',
            planId: PLAN_ID,
            tiltaksomradeId: 'skropelige-eldre',
            number: '1',
            title: 'Integrerte helsetjenester for sårbare eldre med sammensatte behov',
            description: 'Eget prosjekt mellom Ahus og kommunene',
            status: 'IN_PROGRESS',
            responsible: [AHUS],
            participants: [
              LILLESTROM,
              LORENSKOG,
              {
                id: 'brukerorganisasjon-landsforeningen-for-hjerte-og-lungesyke',
                kind: 'brukerorganisasjon',
                name: 'Landsforeningen for hjerte- og lungesyke',
                kommunenummer: null,
              },
            ],
            responsibleAsWritten: null,
            alsoTiltaksomradeIds: [],
          },
          effectiveAt: '2020-02-01T00:00:00.000Z',
          reason: null,
        },
      ]);
  },
);

t.test('a tiltak may start with no reported status (null, "Ikke rapportert") and no parties', async (t) => {
  given(standardPlan())
    .when(create())
    .then(t, [
      {
        type: 'TiltakCreated',
        data: {
          tiltakId: 'integrerte-helsetjenester',
          planId: PLAN_ID,
          tiltaksomradeId: 'skropelige-eldre',
          number: null,
          title: 'Integrerte helsetjenester for sårbare eldre med sammensatte behov',
          description: null,
          status: null,
          responsible: [],
          participants: [],
          responsibleAsWritten: null,
          alsoTiltaksomradeIds: [],
        },
      },
    ]);
});

t.test(
  'a tiltak keeps who is responsible as written, and the other tiltaksområder it is listed under',
  async (t) => {
    const [created] = given(standardPlan())
      .when(
        create({
          responsibleAsWritten: 'Eget prosjekt mellom Ahus og kommunene',
          alsoTiltaksomradeIds: ['barn-og-unge', 'skropelige-eldre', 'barn-og-unge'],
        }),
      )
      .decide().drafts;
    t.equal(created?.type, 'TiltakCreated');
    t.match(created?.data, {
      responsibleAsWritten: 'Eget prosjekt mellom Ahus og kommunene',
      alsoTiltaksomradeIds: ['barn-og-unge'],
    });
    t.equal(
      (created?.data as { alsoTiltaksomradeIds: string[] }).alsoTiltaksomradeIds.length,
      1,
      'its own and repeats dropped',
    );
    given(standardPlan())
      .when(create({ alsoTiltaksomradeIds: ['finnes-ikke'] }))
      .thenThrows(t, TiltakError, 'TILTAK.TILTAKSOMRADE_NOT_FOUND');
  },
);

t.test('the same party named twice in one list is one party', async (t) => {
  const [created] = given(standardPlan())
    .when(
      create({
        participants: [
          { kind: 'kommune', name: 'Lillestrøm' },
          { kind: 'kommune', name: 'Lillestrøm kommune' },
          { kind: 'kommune', name: 'lillestrøm', kommunenummer: '3030' },
        ],
      }),
    )
    .decide().drafts;
  t.strictSame((created?.data as { participants: unknown[] }).participants, [LILLESTROM]);
});

t.test('creating a tiltak that exists is refused', async (t) => {
  given(standardPlan(), tiltakCreated()).when(create()).thenThrows(t, TiltakError, 'TILTAK.ALREADY_EXISTS');
});

t.test('a tiltak of a plan that does not exist is refused', async (t) => {
  given().when(create()).thenThrows(t, PlanError, 'PLAN.NOT_FOUND');
});

t.test('a tiltak effective before its plan was created is refused', async (t) => {
  given(standardPlan())
    .when(create({ effectiveAt: '2019-12-31T23:59:59Z' }))
    .thenThrows(t, TiltakError, 'TILTAK.BEFORE_PLAN_CREATION');
});

t.test('a tiltak belongs to an existing tiltaksområde of its plan', async (t) => {
  given(standardPlan())
    .when(create({ tiltaksomradeId: 'digital-samhandling' }))
    .thenThrows(t, TiltakError, 'TILTAK.TILTAKSOMRADE_NOT_FOUND');
});

t.test('the tiltaksområde must exist at the tiltak’s effectiveAt, not only later', async (t) => {
  given(
    planCreated(),
    planEvent('SatsningsomradeAdded', {
      satsningsomradeId: 'digitalt',
      number: 3,
      title: 'Digital samhandling',
    }),
    planEvent(
      'TiltaksomradeAdded',
      { tiltaksomradeId: 'avstandsoppfolging', satsningsomradeId: 'digitalt', title: 'Avstandsoppfølging' },
      day('2021-01-01'),
    ),
  )
    .when(create({ tiltaksomradeId: 'avstandsoppfolging', effectiveAt: '2020-06-01T00:00:00Z' }))
    .thenThrows(t, TiltakError, 'TILTAK.TILTAKSOMRADE_NOT_FOUND');
});

t.test('a tiltak cannot be created effective in the future', async (t) => {
  given(standardPlan())
    .when({ ...create({ effectiveAt: '2023-01-02T00:00:00Z' }), now: '2023-01-01T12:00:00Z' })
    .thenThrows(t, CommandError, 'COMMAND.EFFECTIVE_IN_FUTURE');
});

t.test('a municipality named with the wrong kommunenummer is refused', async (t) => {
  given(standardPlan())
    .when(create({ responsible: [{ kind: 'kommune', name: 'Nes', kommunenummer: '3030' }] }))
    .thenThrows(t, PartyError, 'PARTY.KOMMUNENUMMER_MISMATCH');
});
