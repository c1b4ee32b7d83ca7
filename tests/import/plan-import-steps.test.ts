import t from 'tap';
import { importEventId, planImportSteps, type PlanDocument } from '../../src/import/index.js';
import { AHUS_FILE, HSO_FILE, copyOf, loadShipped } from './import-fixtures.js';

const ahus = await loadShipped(AHUS_FILE);
const hso = await loadShipped(HSO_FILE);

function stepsOf(document: PlanDocument, tiltakId: string) {
  return planImportSteps(document).steps.filter((step) => step.streamId === `tiltak-${tiltakId}`);
}

t.test('the plan and its structure come first, each tiltak is created before its dated facts', async (t) => {
  const { steps, problems } = planImportSteps(ahus.document);
  t.same(problems, []);
  t.same(
    steps.slice(0, 4).map((step) => step.command.type),
    ['CreatePlan', 'AddGoal', 'AddGoal', 'AddGoal'],
  );
  t.equal(steps.filter((step) => step.command.type === 'CreateTiltak').length, 28);
  for (const tiltak of ahus.document.tiltak) {
    t.equal(
      stepsOf(ahus.document, tiltak.id)[0]?.command.type,
      'CreateTiltak',
      `${tiltak.id} is created first`,
    );
  }
  t.equal(new Set(steps.map((step) => step.key)).size, steps.length, 'one key per fact');
});

t.test('a bare date is the start of that day in Oslo', async (t) => {
  const [create] = planImportSteps(ahus.document).steps;
  t.match(create?.command.data, { effectiveAt: '2019-12-31T23:00:00.000Z' });
});

t.test('tiltak numbers are the number of the label; a bare "Tiltak" has none', async (t) => {
  const numberOf = (id: string): unknown =>
    (stepsOf(ahus.document, id)[0]?.command.data as Record<string, unknown>).number;
  t.equal(numberOf('ahus-fact-team-ovre-romerike'), '2.2');
  t.equal(numberOf('ahus-kad-senger-psykisk-helse-og-rus'), '3');
  t.equal(numberOf('ahus-dialogmeldinger-alle-behandlere'), undefined);
});

t.test('a status dated at the creation is the initial status, not a change', async (t) => {
  const steps = stepsOf(hso.document, 'hso-integrerte-helsetjenester-sarbare-eldre-ahus');
  t.same(
    steps.map((step) => step.command.type),
    ['CreateTiltak'],
  );
  t.match(steps[0]?.command.data, { status: 'PLANNED' });
});

t.test('a status equal to the one before it records nothing', async (t) => {
  const document = copyOf(ahus.document);
  const tiltak = document.tiltak[0];
  if (tiltak === undefined) throw new Error('the document has tiltak');
  tiltak.changes.push({
    ...tiltak.status,
    id: 'earlier-status',
    kind: 'status-changed',
    to: 'IN_PROGRESS',
    effectiveAt: '2021-01-01',
  });
  t.same(
    stepsOf(document, tiltak.id).map((step) => step.command.type),
    ['CreateTiltak', 'ChangeTiltakStatus'],
  );
  t.match(stepsOf(document, tiltak.id)[1]?.command.data, { effectiveAt: '2020-12-31T23:00:00.000Z' });
});

t.test('no status after a reported one is refused: the domain cannot unreport a status', async (t) => {
  const document = copyOf(ahus.document);
  const tiltak = document.tiltak[0];
  if (tiltak === undefined) throw new Error('the document has tiltak');
  tiltak.changes.push({
    ...tiltak.status,
    id: 'earlier-status',
    kind: 'status-changed',
    to: 'PLANNED',
    effectiveAt: '2021-01-01',
  });
  tiltak.status.value = null;
  t.same(
    planImportSteps(document).problems.map((problem) => [problem.path, problem.code]),
    [['/tiltak/0/status', 'IMPORT.STATUS_NOT_REPORTED_AFTER_REPORT']],
  );
});

t.test('event ids are the same uuid for the same key and differ between keys', async (t) => {
  t.equal(importEventId('tiltak:a:create'), importEventId('tiltak:a:create'));
  t.not(importEventId('tiltak:a:create'), importEventId('tiltak:b:create'));
  t.match(
    importEventId('tiltak:a:create'),
    /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  );
});
