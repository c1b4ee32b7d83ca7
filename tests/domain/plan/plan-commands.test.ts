import t from 'tap';
import { CommandError, planDecider, PlanError } from '../../../src/domain/index.js';
import {
  AHUS,
  PLAN_ID,
  PLAN_STREAM,
  day,
  planCommand,
  planCreated,
  planEvent,
  standardPlan,
} from '../fixtures.js';
import { given } from '../given-when-then.js';

t.test('a plan is created with its title, period and owner party', async (t) => {
  given()
    .when(
      planCommand('CreatePlan', {
        title: 'Handlingsplan for samhandlingen 2020-2022',
        period: { from: '2020-01-01', to: '2022-12-31' },
        owner: { kind: 'helseforetak', name: 'Ahus' },
        effectiveAt: '2020-01-01T00:00:00+01:00',
      }),
    )
    .then(t, [
      {
        type: 'PlanCreated',
        data: {
          planId: PLAN_ID,
          title: 'Handlingsplan for samhandlingen 2020-2022',
          period: { from: '2020-01-01', to: '2022-12-31' },
          owner: AHUS,
        },
        effectiveAt: '2019-12-31T23:00:00.000Z',
      },
    ]);
});

t.test('creating a plan that exists is refused', async (t) => {
  given(planCreated())
    .when(
      planCommand('CreatePlan', {
        title: 'Ny plan',
        period: { from: '2023-01-01', to: '2025-12-31' },
        owner: { kind: 'helseforetak', name: 'Ahus' },
      }),
    )
    .thenThrows(t, PlanError, 'PLAN.ALREADY_EXISTS');
});

t.test('a period that ends before it starts is bad input', async (t) => {
  const error = given()
    .when(
      planCommand('CreatePlan', {
        title: 'Baklengs',
        period: { from: '2022-12-31', to: '2020-01-01' },
        owner: { kind: 'helseforetak', name: 'Ahus' },
      }),
    )
    .thenThrows(t, CommandError, 'COMMAND.INVALID');
  t.strictSame(error instanceof CommandError ? error.issues.map((issue) => issue.path) : [], ['period.to']);
});

t.test('a plan revision records the fields that change', async (t) => {
  given(planCreated())
    .when(
      planCommand('RevisePlan', {
        title: 'Handlingsplan for samhandlingen 2020-2023',
        period: { from: '2020-01-01', to: '2022-12-31' },
      }),
    )
    .then(t, [
      { type: 'PlanRevised', data: { planId: PLAN_ID, title: 'Handlingsplan for samhandlingen 2020-2023' } },
    ]);
  given(planCreated())
    .when(planCommand('RevisePlan', { period: { from: '2020-01-01', to: '2023-12-31' } }))
    .then(t, [
      { type: 'PlanRevised', data: { planId: PLAN_ID, period: { from: '2020-01-01', to: '2023-12-31' } } },
    ]);
});

t.test('a plan revision that changes nothing is refused', async (t) => {
  given(planCreated())
    .when(planCommand('RevisePlan', { title: 'Handlingsplan for samhandlingen 2020-2022' }))
    .thenThrows(t, PlanError, 'PLAN.NO_CHANGE');
  // A revision naming nothing is wrong input, whatever the plan holds.
  given(planCreated()).when(planCommand('RevisePlan', {})).thenThrows(t, CommandError, 'COMMAND.EMPTY');
});

t.test('goals of the three kinds are added', async (t) => {
  for (const [kind, text] of [
    ['overall', 'Bedre helse i befolkningen og gode behandlingsforløp'],
    ['effect', 'Økt brukertilfredshet'],
    ['quality', 'Gode behandlingsforløp med samhandling som forhindrer fragmenterte tjenester'],
  ] as const) {
    given(planCreated())
      .when(planCommand('AddGoal', { goalId: `mal-${kind}`, kind, text }))
      .then(t, [{ type: 'GoalAdded', data: { planId: PLAN_ID, goalId: `mal-${kind}`, kind, text } }]);
  }
});

t.test('a goal kind outside overall, effect and quality is bad input', async (t) => {
  given(planCreated())
    .when(planCommand('AddGoal', { goalId: 'mal-1', kind: 'strategic', text: 'Noe' }))
    .thenThrows(t, CommandError, 'COMMAND.INVALID');
});

t.test('a goal id is used once in a plan', async (t) => {
  given(
    planCreated(),
    planEvent('GoalAdded', { goalId: 'mal-1', kind: 'effect', text: 'Økt brukertilfredshet' }),
  )
    .when(planCommand('AddGoal', { goalId: 'mal-1', kind: 'effect', text: 'Noe annet' }))
    .thenThrows(t, PlanError, 'PLAN.GOAL_EXISTS');
});

t.test('a goal is revised; to the same text it is no change; an unknown goal is not found', async (t) => {
  const goal = planEvent('GoalAdded', { goalId: 'mal-1', kind: 'effect', text: 'Reduserte innleggelser' });
  given(planCreated(), goal)
    .when(
      planCommand('ReviseGoal', {
        goalId: 'mal-1',
        text: 'Reduserte øyeblikkelig hjelp-innleggelser i sykehus',
      }),
    )
    .then(t, [
      {
        type: 'GoalRevised',
        data: {
          planId: PLAN_ID,
          goalId: 'mal-1',
          text: 'Reduserte øyeblikkelig hjelp-innleggelser i sykehus',
        },
      },
    ]);
  given(planCreated(), goal)
    .when(planCommand('ReviseGoal', { goalId: 'mal-1', text: 'Reduserte innleggelser' }))
    .thenThrows(t, PlanError, 'PLAN.NO_CHANGE');
  given(planCreated(), goal)
    .when(planCommand('ReviseGoal', { goalId: 'mal-2', text: 'Noe' }))
    .thenThrows(t, PlanError, 'PLAN.GOAL_NOT_FOUND');
});

t.test('a goal cannot be revised at a time before it was added', async (t) => {
  given(
    planCreated(),
    planEvent('GoalAdded', { goalId: 'mal-1', kind: 'effect', text: 'Mål' }, day('2021-01-01')),
  )
    .when(
      planCommand('ReviseGoal', { goalId: 'mal-1', text: 'Nytt mål', effectiveAt: '2020-06-01T00:00:00Z' }),
    )
    .thenThrows(t, PlanError, 'PLAN.GOAL_NOT_FOUND');
});

t.test('a satsningsområde is added with a number and a title', async (t) => {
  given(planCreated())
    .when(
      planCommand('AddSatsningsomrade', {
        satsningsomradeId: 'digital',
        number: 3,
        title: 'Digital samhandling',
      }),
    )
    .then(t, [
      {
        type: 'SatsningsomradeAdded',
        data: { planId: PLAN_ID, satsningsomradeId: 'digital', number: 3, title: 'Digital samhandling' },
      },
    ]);
});

t.test('satsningsområde ids and numbers are unique within a plan', async (t) => {
  given(standardPlan())
    .when(
      planCommand('AddSatsningsomrade', {
        satsningsomradeId: 'sarbare-grupper',
        number: 2,
        title: 'Psykisk helse og rus',
      }),
    )
    .thenThrows(t, PlanError, 'PLAN.SATSNINGSOMRADE_EXISTS');
  given(standardPlan())
    .when(
      planCommand('AddSatsningsomrade', {
        satsningsomradeId: 'psykisk-helse',
        number: 1,
        title: 'Psykisk helse og rus',
      }),
    )
    .thenThrows(t, PlanError, 'PLAN.SATSNINGSOMRADE_NUMBER_TAKEN');
});

t.test('a number given to a satsningsområde later is taken for a back-dated addition too', async (t) => {
  given(
    standardPlan(),
    planEvent(
      'SatsningsomradeAdded',
      { satsningsomradeId: 'digital', number: 3, title: 'Digital samhandling' },
      day('2021-01-01'),
    ),
  )
    .when(
      planCommand('AddSatsningsomrade', {
        satsningsomradeId: 'kompetanse',
        number: 3,
        title: 'Kompetanse',
        effectiveAt: '2020-06-01T00:00:00Z',
      }),
    )
    .thenThrows(t, PlanError, 'PLAN.SATSNINGSOMRADE_NUMBER_TAKEN');
});

t.test('a satsningsområde is renumbered and retitled; its id never changes', async (t) => {
  const history = given(standardPlan())
    .when(
      planCommand('ReviseSatsningsomrade', {
        satsningsomradeId: 'sarbare-grupper',
        number: 2,
        title: 'Sårbare grupper',
      }),
    )
    .thenRecorded(t, [
      {
        type: 'SatsningsomradeRevised',
        data: { planId: PLAN_ID, satsningsomradeId: 'sarbare-grupper', number: 2, title: 'Sårbare grupper' },
      },
    ]);
  const plan = planDecider.stateAt(history.stream(PLAN_STREAM));
  t.strictSame(plan?.satsningsomrader, [
    { satsningsomradeId: 'sarbare-grupper', number: 2, title: 'Sårbare grupper' },
  ]);
  t.strictSame(
    plan?.tiltaksomrader.map((area) => area.satsningsomradeId),
    ['sarbare-grupper', 'sarbare-grupper'],
    'the tiltaksområder stay where they were',
  );
});

t.test('a satsningsområde revision: no change, a taken number, an unknown area', async (t) => {
  const withTwo = [
    ...standardPlan(),
    planEvent('SatsningsomradeAdded', {
      satsningsomradeId: 'psykisk-helse',
      number: 2,
      title: 'Psykisk helse og rus',
    }),
  ];
  given(withTwo)
    .when(planCommand('ReviseSatsningsomrade', { satsningsomradeId: 'sarbare-grupper', number: 1 }))
    .thenThrows(t, PlanError, 'PLAN.NO_CHANGE');
  given(withTwo)
    .when(planCommand('ReviseSatsningsomrade', { satsningsomradeId: 'sarbare-grupper', number: 2 }))
    .thenThrows(t, PlanError, 'PLAN.SATSNINGSOMRADE_NUMBER_TAKEN');
  given(withTwo)
    .when(planCommand('ReviseSatsningsomrade', { satsningsomradeId: 'kompetanse', title: 'Kompetanse' }))
    .thenThrows(t, PlanError, 'PLAN.SATSNINGSOMRADE_NOT_FOUND');
});

t.test('a tiltaksområde is added inside an existing satsningsområde', async (t) => {
  given(standardPlan())
    .when(
      planCommand('AddTiltaksomrade', {
        tiltaksomradeId: 'flere-kroniske-lidelser',
        satsningsomradeId: 'sarbare-grupper',
        title: 'Personer med flere kroniske lidelser',
      }),
    )
    .then(t, [
      {
        type: 'TiltaksomradeAdded',
        data: {
          planId: PLAN_ID,
          tiltaksomradeId: 'flere-kroniske-lidelser',
          satsningsomradeId: 'sarbare-grupper',
          title: 'Personer med flere kroniske lidelser',
        },
      },
    ]);
});

t.test('a tiltaksområde id is unique, and its satsningsområde must exist', async (t) => {
  given(standardPlan())
    .when(
      planCommand('AddTiltaksomrade', {
        tiltaksomradeId: 'barn-og-unge',
        satsningsomradeId: 'sarbare-grupper',
        title: 'Barn',
      }),
    )
    .thenThrows(t, PlanError, 'PLAN.TILTAKSOMRADE_EXISTS');
  given(standardPlan())
    .when(
      planCommand('AddTiltaksomrade', {
        tiltaksomradeId: 'kompetansebroen',
        satsningsomradeId: 'kompetanse',
        title: 'Kompetansebroen',
      }),
    )
    .thenThrows(t, PlanError, 'PLAN.SATSNINGSOMRADE_NOT_FOUND');
});

t.test('a tiltaksområde is retitled; the same title is no change; an unknown one is not found', async (t) => {
  given(standardPlan())
    .when(
      planCommand('ReviseTiltaksomrade', {
        tiltaksomradeId: 'skropelige-eldre',
        title: 'Skrøpelige eldre / personer med flere kroniske lidelser',
      }),
    )
    .then(t, [
      {
        type: 'TiltaksomradeRevised',
        data: {
          planId: PLAN_ID,
          tiltaksomradeId: 'skropelige-eldre',
          title: 'Skrøpelige eldre / personer med flere kroniske lidelser',
        },
      },
    ]);
  given(standardPlan())
    .when(
      planCommand('ReviseTiltaksomrade', { tiltaksomradeId: 'skropelige-eldre', title: 'Skrøpelige eldre' }),
    )
    .thenThrows(t, PlanError, 'PLAN.NO_CHANGE');
  given(standardPlan())
    .when(
      planCommand('ReviseTiltaksomrade', { tiltaksomradeId: 'kompetansebroen', title: 'Kompetansebroen' }),
    )
    .thenThrows(t, PlanError, 'PLAN.TILTAKSOMRADE_NOT_FOUND');
});

t.test('a plan is published once', async (t) => {
  given(standardPlan())
    .when(planCommand('PublishPlan', { effectiveAt: '2020-02-01T00:00:00Z' }))
    .then(t, [{ type: 'PlanPublished', data: { planId: PLAN_ID }, effectiveAt: '2020-02-01T00:00:00.000Z' }]);
  given(standardPlan(), planEvent('PlanPublished', {}, day('2020-02-01')))
    .when(planCommand('PublishPlan'))
    .thenThrows(t, PlanError, 'PLAN.ALREADY_PUBLISHED');
});

const changes = (extra: Record<string, unknown>) => [
  planCommand('RevisePlan', { title: 'Ny tittel', ...extra }),
  planCommand('AddGoal', { goalId: 'mal-1', kind: 'overall', text: 'Bedre helse', ...extra }),
  planCommand('ReviseGoal', { goalId: 'mal-1', text: 'Bedre helse', ...extra }),
  planCommand('AddSatsningsomrade', { satsningsomradeId: 'digital', number: 3, title: 'Digital', ...extra }),
  planCommand('ReviseSatsningsomrade', { satsningsomradeId: 'sarbare-grupper', number: 5, ...extra }),
  planCommand('AddTiltaksomrade', {
    tiltaksomradeId: 'x',
    satsningsomradeId: 'sarbare-grupper',
    title: 'X',
    ...extra,
  }),
  planCommand('ReviseTiltaksomrade', { tiltaksomradeId: 'barn-og-unge', title: 'Barn', ...extra }),
  planCommand('PublishPlan', { ...extra }),
];

t.test('every plan command on a plan that does not exist is refused as not found', async (t) => {
  for (const command of [
    ...changes({}),
    planCommand('RetractPlanEvent', { eventId: 'e1', reason: 'Feil' }),
    planCommand('CorrectPlanEvent', {
      eventId: 'e1',
      reason: 'Feil',
      replacement: { type: 'PublishPlan', data: {} },
    }),
  ]) {
    given().when(command).thenThrows(t, PlanError, 'PLAN.NOT_FOUND');
  }
});

t.test('no plan command acts on a plan before its creation date', async (t) => {
  for (const command of changes({ effectiveAt: '2019-06-01T00:00:00Z' })) {
    given(standardPlan()).when(command).thenThrows(t, PlanError, 'PLAN.BEFORE_CREATION');
  }
});

t.test('no plan command may be effective after its own now', async (t) => {
  for (const command of [
    ...changes({ effectiveAt: '2023-01-01T12:00:00.001Z' }),
    planCommand('CreatePlan', {
      title: 'Framtidsplan',
      period: { from: '2023-01-01', to: '2025-12-31' },
      owner: { kind: 'helseforetak', name: 'Ahus' },
      effectiveAt: '2023-02-01T00:00:00Z',
    }),
  ]) {
    given(command.type === 'CreatePlan' ? [] : standardPlan())
      .when({ ...command, now: '2023-01-01T12:00:00Z' })
      .thenThrows(t, CommandError, 'COMMAND.EFFECTIVE_IN_FUTURE');
  }
});
