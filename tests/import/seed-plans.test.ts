import t from 'tap';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_PLAN_FILES, seedPlans, shippedPlansDirectory } from '../../src/import/index.js';
import { AHUS_PLAN_ID, HSO_PLAN_ID, allEvents, memoryStore, planOn } from './import-fixtures.js';

interface Logged {
  obj: object;
  msg: string;
}

function recordingLogger(): { logged: Logged[]; info(obj: object, msg: string): void } {
  const logged: Logged[] = [];
  return { logged, info: (obj, msg) => logged.push({ obj, msg }) };
}

t.test('on an empty store the seed imports both shipped plans and logs what each brought', async (t) => {
  const store = memoryStore();
  t.teardown(() => store.close());
  const logger = recordingLogger();
  const result = await seedPlans({ store, logger });
  t.equal(result.seeded, true);
  t.same(
    result.imports.map((one) => [one.planId, one.tiltak, one.appended]),
    [
      [AHUS_PLAN_ID, 28, 84],
      [HSO_PLAN_ID, 23, 42],
    ],
  );
  t.equal((await allEvents(store)).length, 126);
  t.equal((await planOn(store, AHUS_PLAN_ID, '2021-09-07')).tiltak.length, 28);
  t.equal((await planOn(store, HSO_PLAN_ID, '2021-09-07')).tiltak.length, 23);
  t.same(
    logger.logged.map((entry) => entry.obj),
    [
      { document: SEED_PLAN_FILES[0], planId: AHUS_PLAN_ID, tiltak: 28, events: 84 },
      { document: SEED_PLAN_FILES[1], planId: HSO_PLAN_ID, tiltak: 23, events: 42 },
    ],
  );
});

t.test('on a store that holds any event the seed imports nothing', async (t) => {
  const store = memoryStore();
  t.teardown(() => store.close());
  await store.append(
    'plan-eksisterende',
    [
      {
        eventId: '6f1c1f0e-7c38-4f69-9a43-1a2b3c4d5e6f',
        type: 'SomethingElse',
        schemaVersion: 1,
        data: {},
        actor: { id: 'user-1', name: 'Kari Nordmann', role: 'editor' },
        correlationId: 'c-1',
        source: { kind: 'api' },
      },
    ],
    'no_stream',
  );
  const logger = recordingLogger();
  const result = await seedPlans({ store, logger });
  t.same(result, { seeded: false, imports: [] });
  t.equal(await store.headPosition(), 1n);
  t.equal(logger.logged.length, 1, 'says why it did nothing');
});

t.test('a second seed after the first imports nothing', async (t) => {
  const store = memoryStore();
  t.teardown(() => store.close());
  await seedPlans({ store, logger: recordingLogger() });
  const head = await store.headPosition();
  t.equal((await seedPlans({ store, logger: recordingLogger() })).seeded, false);
  t.equal(await store.headPosition(), head);
});

t.test('the shipped plans are found from the source tree and from the built tree', async (t) => {
  const fromSource = shippedPlansDirectory();
  const fromBuild = shippedPlansDirectory(
    new URL('../../dist/src/import/seed-plans.js', import.meta.url).href,
  );
  t.equal(fromBuild, fromSource);
  for (const file of SEED_PLAN_FILES) t.ok(existsSync(join(fromSource, file)), `${file} is there`);
});
