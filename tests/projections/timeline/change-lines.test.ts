import t from 'tap';
import { buildTimeline } from '../../../src/projections/timeline/index.js';
import { AHUS, LILLESTROM, LORENSKOG, PlanHistory, AS } from '../fixtures.js';
import { noon, PLAN_START } from './timeline-scenario.js';

function linesOf(history: PlanHistory): string[] {
  const timeline = buildTimeline({
    planId: history.planId,
    from: PLAN_START,
    to: noon('2020-12-01'),
    interval: 'quarter',
    knownAt: null,
    planAt: (validAt) => history.viewAt({ validAt }),
    events: history.timelineEvents(),
  });
  return timeline.buckets.flatMap((bucket) => bucket.changes.map((change) => change.summary));
}

t.test('every kind of change reads as one Norwegian line, naming what it was before', async (t) => {
  const history = new PlanHistory();
  history.plan(
    'PlanCreated',
    { title: 'Plan', period: { from: '2020-01-01', to: '2022-12-31' }, owner: AHUS },
    PLAN_START,
  );
  history.plan('GoalAdded', { goalId: 'g', kind: 'effect', text: 'Færre reinnleggelser' }, PLAN_START);
  history.plan('SatsningsomradeAdded', { satsningsomradeId: 'sa', number: 1, title: 'Eldre' }, PLAN_START);
  history.plan(
    'TiltaksomradeAdded',
    { tiltaksomradeId: 'ta', satsningsomradeId: 'sa', title: 'Hjemme' },
    PLAN_START,
  );
  history.createTiltak(
    't',
    { tiltaksomradeId: 'ta', number: '1', title: 'Trygg hjemkomst', status: 'PLANNED' },
    noon('2020-01-10'),
  );
  history.tiltak(
    't',
    'ResponsibilityReassigned',
    { responsible: [LILLESTROM, LORENSKOG] },
    noon('2020-01-11'),
  );
  history.tiltak('t', 'ParticipantsChanged', { participants: [AS] }, noon('2020-01-12'));
  history.tiltak('t', 'TiltakRevised', { number: '1.1', title: 'Trygg utskrivning' }, noon('2020-01-13'));
  history.tiltak(
    't',
    'FundingGranted',
    {
      grantId: 'g1',
      source: 'Samhandlingsmidler',
      year: 2020,
      amountNok: 1_250_000,
      decisionReference: null,
    },
    noon('2020-01-14'),
  );
  history.tiltak('t', 'FundingWithdrawn', { grantId: 'g1' }, noon('2020-01-15'));
  history.tiltak('t', 'ProgressNoted', { text: 'Første   møte\nholdt' }, noon('2020-01-16'));
  history.plan('SatsningsomradeRevised', { satsningsomradeId: 'sa', number: 2 }, noon('2020-01-17'));
  history.plan('TiltaksomradeRevised', { tiltaksomradeId: 'ta', title: 'Hjemme og nær' }, noon('2020-01-18'));
  history.plan('PlanRevised', { title: 'Plan 2' }, noon('2020-01-19'));
  history.plan('PlanPublished', {}, noon('2020-01-20'));
  t.same(linesOf(history), [
    'Planen opprettet: «Plan» (2020-01-01–2022-12-31)',
    'Nytt effektmål: Færre reinnleggelser',
    'Nytt satsningsområde 1: Eldre',
    'Nytt tiltaksområde «Hjemme» i satsningsområde 1',
    'Tiltak 1 Trygg hjemkomst: opprettet i «Hjemme» (Under planlegging)',
    'Tiltak 1 Trygg hjemkomst: ansvarlig Akershus universitetssykehus HF → Lillestrøm, Lørenskog',
    'Tiltak 1 Trygg hjemkomst: deltakere lagt til Ås; fjernet Lillestrøm',
    'Tiltak 1 Trygg hjemkomst: nummer 1 → 1.1; tittel «Trygg hjemkomst» → «Trygg utskrivning»',
    'Tiltak 1.1 Trygg utskrivning: tildelt 1\u00a0250\u00a0000 kr (Samhandlingsmidler, 2020)',
    'Tiltak 1.1 Trygg utskrivning: tildeling trukket tilbake: 1\u00a0250\u00a0000 kr (Samhandlingsmidler, 2020)',
    'Tiltak 1.1 Trygg utskrivning: fremdrift: Første møte holdt',
    'Satsningsområde 1 revidert: nummer 1 → 2',
    'Tiltaksområde «Hjemme» fikk tittelen «Hjemme og nær»',
    'Planen revidert: tittel «Plan» → «Plan 2»',
    'Planen publisert',
  ]);
});
