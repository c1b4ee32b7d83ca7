import t from 'tap';
import { planDecider, PlanError, RetractionError } from '../../../src/domain/index.js';
import { PLAN_ID, PLAN_STREAM, day, planCommand, planCreated, planEvent, standardPlan } from '../fixtures.js';
import { given } from '../given-when-then.js';

const retract = (eventId: string) =>
  planCommand('RetractPlanEvent', { eventId, reason: 'Lagt inn ved en feil' });
const retracted = (eventId: string, retractedType: string, reason = 'Lagt inn ved en feil') => ({
  type: 'EventRetracted',
  data: { retractedEventId: eventId, retractedType },
  effectiveAt: null,
  reason,
});

t.test('a goal added by mistake is retracted and no longer part of the plan', async (t) => {
  const history = given(
    planCreated(),
    planEvent('GoalAdded', { goalId: 'mal-1', kind: 'effect', text: 'Feil mål' }),
  )
    .when(retract('e2'))
    .thenRecorded(t, [retracted('e2', 'GoalAdded')]);
  t.strictSame(planDecider.stateAt(history.stream(PLAN_STREAM))?.goals, []);
  t.equal(planDecider.stateAt(history.stream(PLAN_STREAM), { knownAt: day('2022-12-31') })?.goals.length, 1);
});

t.test('PlanCreated cannot be retracted', async (t) => {
  given(standardPlan())
    .when(retract('e1'))
    .thenThrows(t, RetractionError, 'RETRACTION.CREATION_NOT_RETRACTABLE');
});

t.test('an addition that later events refer to cannot be retracted before them', async (t) => {
  // e2 adds satsningsområde 1; e3 and e4 add tiltaksområder inside it.
  given(standardPlan()).when(retract('e2')).thenThrows(t, RetractionError, 'RETRACTION.EVENT_HAS_DEPENDENTS');
  given(
    planCreated(),
    planEvent('GoalAdded', { goalId: 'mal-1', kind: 'effect', text: 'Mål' }),
    planEvent('GoalRevised', { goalId: 'mal-1', text: 'Bedre mål' }),
  )
    .when(retract('e2'))
    .thenThrows(t, RetractionError, 'RETRACTION.EVENT_HAS_DEPENDENTS');
});

t.test('a plan event is retracted once, and a retraction is never retracted', async (t) => {
  const events = [
    planCreated(),
    planEvent('PlanPublished', {}, day('2020-02-01')),
    {
      streamId: PLAN_STREAM,
      type: 'EventRetracted',
      data: { retractedEventId: 'e2', retractedType: 'PlanPublished' },
      effectiveAt: day('2020-03-01'),
      reason: 'For tidlig',
    },
  ];
  given(events).when(retract('e2')).thenThrows(t, RetractionError, 'RETRACTION.ALREADY_RETRACTED');
  given(events).when(retract('e3')).thenThrows(t, RetractionError, 'RETRACTION.CANNOT_RETRACT_RETRACTION');
  given(events).when(retract('e9')).thenThrows(t, RetractionError, 'RETRACTION.EVENT_NOT_IN_STREAM');
});

t.test(
  'a satsningsområde added with the wrong number is corrected in place, keeping its tiltaksområder',
  async (t) => {
    const history = given(standardPlan())
      .when(
        planCommand('CorrectPlanEvent', {
          eventId: 'e2',
          reason: 'Feil nummer i importen',
          replacement: {
            type: 'AddSatsningsomrade',
            data: {
              satsningsomradeId: 'sarbare-grupper',
              number: 2,
              title: 'Samarbeid om de mest sårbare pasientgruppene',
            },
          },
        }),
      )
      .thenRecorded(t, [
        retracted('e2', 'SatsningsomradeAdded', 'Feil nummer i importen'),
        {
          type: 'SatsningsomradeAdded',
          data: {
            planId: PLAN_ID,
            satsningsomradeId: 'sarbare-grupper',
            number: 2,
            title: 'Samarbeid om de mest sårbare pasientgruppene',
          },
          effectiveAt: '2020-01-01T00:00:00.000Z',
          reason: 'Feil nummer i importen',
        },
      ]);
    const plan = planDecider.stateAt(history.stream(PLAN_STREAM));
    t.strictSame(
      plan?.satsningsomrader.map((area) => area.number),
      [2],
    );
    t.equal(plan?.tiltaksomrader.length, 2);
  },
);

t.test(
  'a plan correction’s replacement is checked against the plan without the retracted event',
  async (t) => {
    given(standardPlan())
      .when(
        planCommand('CorrectPlanEvent', {
          eventId: 'e2',
          reason: 'Feil',
          replacement: {
            type: 'ReviseSatsningsomrade',
            data: { satsningsomradeId: 'sarbare-grupper', number: 2 },
          },
        }),
      )
      .thenThrows(t, PlanError, 'PLAN.SATSNINGSOMRADE_NOT_FOUND');
  },
);

t.test('a plan correction is of the same type and changes something', async (t) => {
  given(planCreated(), planEvent('GoalAdded', { goalId: 'mal-1', kind: 'effect', text: 'Mål' }))
    .when(
      planCommand('CorrectPlanEvent', {
        eventId: 'e2',
        reason: 'Feil',
        replacement: { type: 'PublishPlan', data: {} },
      }),
    )
    .thenThrows(t, RetractionError, 'RETRACTION.REPLACEMENT_TYPE_MISMATCH');
  given(planCreated(), planEvent('GoalAdded', { goalId: 'mal-1', kind: 'effect', text: 'Mål' }))
    .when(
      planCommand('CorrectPlanEvent', {
        eventId: 'e2',
        reason: 'Feil',
        replacement: { type: 'AddGoal', data: { goalId: 'mal-1', kind: 'effect', text: 'Mål' } },
      }),
    )
    .thenThrows(t, RetractionError, 'RETRACTION.CORRECTION_CHANGES_NOTHING');
});

t.test('a goal of the wrong kind is corrected, its later revision still applying', async (t) => {
  given(
    planCreated(),
    planEvent('GoalAdded', { goalId: 'mal-1', kind: 'effect', text: 'Mål' }),
    planEvent('GoalRevised', { goalId: 'mal-1', text: 'Bedre mål' }, day('2021-01-01')),
  )
    .when(
      planCommand('CorrectPlanEvent', {
        eventId: 'e2',
        reason: 'Er et kvalitetsmål',
        replacement: { type: 'AddGoal', data: { goalId: 'mal-1', kind: 'quality', text: 'Mål' } },
      }),
    )
    .then(t, [
      retracted('e2', 'GoalAdded', 'Er et kvalitetsmål'),
      { type: 'GoalAdded', data: { planId: PLAN_ID, goalId: 'mal-1', kind: 'quality', text: 'Mål' } },
    ]);
});

t.test('the publication date is corrected', async (t) => {
  given(planCreated(), planEvent('PlanPublished', {}, day('2020-03-01')))
    .when(
      planCommand('CorrectPlanEvent', {
        eventId: 'e2',
        reason: 'Publisert i februar',
        replacement: { type: 'PublishPlan', data: { effectiveAt: '2020-02-01T00:00:00Z' } },
      }),
    )
    .then(t, [
      retracted('e2', 'PlanPublished', 'Publisert i februar'),
      { type: 'PlanPublished', data: { planId: PLAN_ID }, effectiveAt: '2020-02-01T00:00:00.000Z' },
    ]);
});
