import t from 'tap';
import {
  PlanImportRejected,
  importActor,
  importPlanDocument,
  type PlanDocument,
} from '../../src/import/index.js';
import { VersionConflict } from '../../src/store/errors.js';
import type { EventStore } from '../../src/store/event-store.js';
import {
  AHUS_FILE,
  AHUS_PLAN_ID,
  HSO_FILE,
  HSO_PLAN_ID,
  allEvents,
  copyOf,
  loadShipped,
  memoryStore,
  planOn,
  statusCounts,
} from './import-fixtures.js';

const ahus = await loadShipped(AHUS_FILE);
const hso = await loadShipped(HSO_FILE);

async function importedAhus(): Promise<EventStore> {
  const store = memoryStore();
  await importPlanDocument(ahus.document, ahus.name, { store });
  return store;
}

function tiltakOf(document: PlanDocument, id: string): PlanDocument['tiltak'][number] {
  const found = document.tiltak.find((tiltak) => tiltak.id === id);
  if (found === undefined) throw new Error(`no tiltak ${id}`);
  return found;
}

t.test(
  'the imported Ahus plan has 4 satsningsområder, 15 tiltaksområder, 6 goals and 28 tiltak',
  async (t) => {
    const store = await importedAhus();
    t.teardown(() => store.close());
    const { plan, tiltak } = await planOn(store, AHUS_PLAN_ID, '2021-09-07');
    t.equal(plan?.satsningsomrader.length, 4);
    t.same(
      plan?.satsningsomrader.map((area) => area.number),
      [1, 2, 3, 4],
    );
    t.equal(plan?.tiltaksomrader.length, 15);
    t.same(
      plan?.goals.map((goal) => goal.kind),
      ['overall', 'effect', 'effect', 'effect', 'quality', 'quality'],
    );
    t.equal(tiltak.length, 28);
    t.equal(plan?.owner.id, 'helseforetak-akershus-universitetssykehus');
  },
);

t.test('7 Ahus tiltak have collaboration funds granted for 2021, with no amount', async (t) => {
  const store = await importedAhus();
  t.teardown(() => store.close());
  const { tiltak } = await planOn(store, AHUS_PLAN_ID, '2021-09-07');
  const funded = tiltak.filter((one) => one.funding.some((grant) => grant.year === 2021));
  t.equal(funded.length, 7);
  for (const one of funded) {
    t.same(
      one.funding.map((grant) => [grant.source, grant.year, grant.amountNok, grant.withdrawnAt]),
      [['Samhandlingsmidler', 2021, null, null]],
    );
  }
});

t.test(
  'the Ahus plan at validAt 2019-12-31 has no tiltak, and none of the 28 has a status on 2020-01-01',
  async (t) => {
    const store = await importedAhus();
    t.teardown(() => store.close());
    const before = await planOn(store, AHUS_PLAN_ID, '2019-12-31');
    t.equal(before.plan, null);
    t.equal(before.tiltak.length, 0);
    const first = await planOn(store, AHUS_PLAN_ID, '2020-01-01');
    t.equal(first.tiltak.length, 28);
    t.same(statusCounts(first.tiltak), { IKKE_RAPPORTERT: 28 });
  },
);

t.test('the Ahus status counts at 2021-09-07 are those of the document', async (t) => {
  const store = await importedAhus();
  t.teardown(() => store.close());
  const { tiltak } = await planOn(store, AHUS_PLAN_ID, '2021-09-07');
  t.same(statusCounts(tiltak), {
    IN_PROGRESS: 11,
    COMPLETED: 2,
    UNKNOWN: 1,
    PLANNED: 1,
    IKKE_RAPPORTERT: 13,
  });
});

t.test('statuses the text dates hold from those dates: June 2021 and the end of 2020', async (t) => {
  const store = await importedAhus();
  t.teardown(() => store.close());
  const statusOn = async (date: string, id: string) =>
    (await planOn(store, AHUS_PLAN_ID, date)).tiltak.find((one) => one.tiltakId === id)?.status;
  t.equal(await statusOn('2021-06-29', 'ahus-covid-19-rehabilitering'), null);
  t.equal(await statusOn('2021-06-30', 'ahus-covid-19-rehabilitering'), 'COMPLETED');
  t.equal(await statusOn('2020-12-30', 'ahus-dialogmeldinger-alle-behandlere'), null);
  t.equal(await statusOn('2020-12-31', 'ahus-dialogmeldinger-alle-behandlere'), 'IN_PROGRESS');
  t.same(statusCounts((await planOn(store, AHUS_PLAN_ID, '2021-06-30')).tiltak), {
    IN_PROGRESS: 1,
    COMPLETED: 1,
    IKKE_RAPPORTERT: 26,
  });
});

t.test('every imported event names the import as its actor and the fact in the source text', async (t) => {
  const store = await importedAhus();
  t.teardown(() => store.close());
  const events = await allEvents(store);
  t.equal(events.length, 84);
  t.same(
    new Set(events.map((event) => JSON.stringify(event.actor))),
    new Set([JSON.stringify(importActor(ahus.document))]),
  );
  t.equal(importActor(ahus.document).id, 'import');
  t.equal(new Set(events.map((event) => event.correlationId)).size, 1, 'one import, one correlation id');
  for (const event of events) {
    t.equal(event.source.kind, 'import');
    if (event.source.kind !== 'import') continue;
    t.equal(event.source.document, '000_e9bec1d5a818ddab.txt');
    t.match(event.source.locator, /^lines? \d+/);
  }
  const funding = events.find(
    (event) =>
      event.type === 'FundingGranted' &&
      event.streamId === 'tiltak-ahus-integrerte-helsetjenester-sarbare-eldre',
  );
  t.same(funding?.source, {
    kind: 'import',
    document: '000_e9bec1d5a818ddab.txt',
    locator: tiltakOf(ahus.document, 'ahus-integrerte-helsetjenester-sarbare-eldre').funding[0]?.source
      .locator,
  });
  t.equal(funding?.reason, 'for videreføring av arbeidet', 'the grant note is its reason');
});

t.test('a second import of the same document appends nothing', async (t) => {
  const store = await importedAhus();
  t.teardown(() => store.close());
  const head = await store.headPosition();
  const again = await importPlanDocument(ahus.document, ahus.name, { store });
  t.equal(again.appended, 0);
  t.equal(again.alreadyPresent, 84);
  t.equal(await store.headPosition(), head);
});

t.test('a document that gains a tiltak appends only the new tiltak and its facts', async (t) => {
  const store = await importedAhus();
  t.teardown(() => store.close());
  const grown = copyOf(ahus.document);
  const model = tiltakOf(grown, 'ahus-integrerte-helsetjenester-sarbare-eldre');
  grown.tiltak.push({
    ...copyOf(model),
    id: 'ahus-nytt-tiltak',
    title: 'Et nytt tiltak',
    funding: [],
    changes: [],
  });
  const result = await importPlanDocument(grown, ahus.name, { store });
  t.equal(result.appended, 2, 'its creation and its status');
  t.equal(result.alreadyPresent, 84);
  const { tiltak } = await planOn(store, AHUS_PLAN_ID, '2021-09-07');
  t.equal(tiltak.length, 29);
  t.equal(tiltak.find((one) => one.tiltakId === 'ahus-nytt-tiltak')?.status, 'IN_PROGRESS');
});

type Append = EventStore['append'];

/** The store with its append replaced; everything else goes to the store itself. */
function withAppend(
  store: EventStore,
  append: (original: Append, ...args: Parameters<Append>) => ReturnType<Append>,
): EventStore {
  const original: Append = (streamId, events, expected) => store.append(streamId, events, expected);
  return {
    append: (...args) => append(original, ...args),
    readStream: (streamId, options) => store.readStream(streamId, options),
    readAll: (options) => store.readAll(options),
    subscribe: (handlers, options) => store.subscribe(handlers, options),
    headPosition: () => store.headPosition(),
    close: () => store.close(),
  };
}

/** A store whose appends fail after the first `healthy` ones: an import cut off half-way. */
function failingAfter(store: EventStore, healthy: number): EventStore {
  let appends = 0;
  return withAppend(store, (append, ...args) => {
    appends += 1;
    return appends > healthy ? Promise.reject(new Error('disk full')) : append(...args);
  });
}

t.test('an import cut off half-way is completed by the next one, without duplicates', async (t) => {
  const store = memoryStore();
  t.teardown(() => store.close());
  await t.rejects(importPlanDocument(ahus.document, ahus.name, { store: failingAfter(store, 10) }));
  const partial = (await allEvents(store)).length;
  t.ok(partial > 0 && partial < 84, `${partial} events landed before the failure`);
  const resumed = await importPlanDocument(ahus.document, ahus.name, { store });
  t.equal(resumed.appended, 84 - partial);
  t.equal(resumed.alreadyPresent, partial);
  const events = await allEvents(store);
  t.equal(events.length, 84);
  t.equal(new Set(events.map((event) => event.eventId)).size, 84);
});

t.test(
  'a document whose commands break domain rules is refused whole, listing every refused command',
  async (t) => {
    const store = memoryStore();
    t.teardown(() => store.close());
    await importPlanDocument(hso.document, hso.name, { store });
    const head = await store.headPosition();
    const broken = copyOf(ahus.document);
    const grant = broken.tiltak[2]?.funding[0];
    if (grant === undefined) throw new Error('the third tiltak has a grant');
    grant.year = 2030;
    const covid = tiltakOf(broken, 'ahus-covid-19-rehabilitering');
    covid.title = 'x'.repeat(301);
    const error = await importPlanDocument(broken, ahus.name, { store }).then(
      () => null,
      (caught: unknown) => caught,
    );
    t.ok(error instanceof PlanImportRejected);
    if (!(error instanceof PlanImportRejected)) return;
    t.equal(error.code, 'IMPORT.COMMANDS_REJECTED');
    const covidIndex = broken.tiltak.indexOf(covid);
    t.same(
      error.problems.map((problem) => [problem.path, problem.code, problem.command]),
      [
        ['/tiltak/2/funding/0', 'FUNDING.YEAR_OUTSIDE_PLAN_PERIOD', 'GrantFunding'],
        [`/tiltak/${covidIndex}`, 'COMMAND.INVALID', 'CreateTiltak'],
        // The status of a tiltak that could not be created is refused too, and listed.
        [`/tiltak/${covidIndex}/status`, 'TILTAK.NOT_FOUND', 'ChangeTiltakStatus'],
      ],
    );
    t.equal(await store.headPosition(), head, 'nothing appended');
  },
);

t.test('two parties the domain would take for one party are refused, not merged', async (t) => {
  const store = memoryStore();
  t.teardown(() => store.close());
  const broken = copyOf(ahus.document);
  const [first] = broken.parties;
  if (first === undefined) throw new Error('the document has parties');
  broken.parties.push({ ...first, id: 'helseforetak-ahus-igjen', name: 'Ahus' });
  const error = await importPlanDocument(broken, ahus.name, { store }).then(
    () => null,
    (caught: unknown) => caught,
  );
  t.ok(error instanceof PlanImportRejected);
  if (error instanceof PlanImportRejected) {
    t.same(
      error.problems.map((problem) => [problem.path, problem.code]),
      [[`/parties/${broken.parties.length - 1}`, 'IMPORT.PARTIES_MERGED']],
    );
  }
  t.equal(await store.headPosition(), null);
});

t.test(
  'another writer appending to a plan stream meanwhile makes the import retry on fresh reads',
  async (t) => {
    const store = memoryStore();
    t.teardown(() => store.close());
    let conflicts = 0;
    const racing = withAppend(store, (append, streamId, events, expected) => {
      if (conflicts > 0) return append(streamId, events, expected);
      conflicts += 1;
      return Promise.reject(new VersionConflict(streamId, expected, 0n));
    });
    const result = await importPlanDocument(ahus.document, ahus.name, { store: racing });
    t.equal(result.appended, 84);
    t.equal((await allEvents(store)).length, 84);
  },
);

t.test('a dry run decides every command and appends nothing', async (t) => {
  const store = memoryStore();
  t.teardown(() => store.close());
  const result = await importPlanDocument(ahus.document, ahus.name, { store, dryRun: true });
  t.equal(result.appended, 84);
  t.equal(await store.headPosition(), null);
});

t.test('the HSØ document imports 23 projects, each under its health trust', async (t) => {
  const store = memoryStore();
  t.teardown(() => store.close());
  const result = await importPlanDocument(hso.document, hso.name, { store });
  t.equal(result.tiltak, 23);
  const { plan, tiltak } = await planOn(store, HSO_PLAN_ID, '2019-12-12');
  t.equal(tiltak.length, 23);
  t.equal(plan?.satsningsomrader.length, 5);
  const trustByArea = new Map<string, Set<string>>();
  for (const one of tiltak) {
    t.same(
      one.responsible.map((party) => party.kind),
      [
        ['hso-integrerte-tjenester-diakonhjemmet', 'hso-helsekompetanse-personer-med-kols'].includes(
          one.tiltakId,
        )
          ? 'ideelt-sykehus'
          : 'helseforetak',
      ],
      `${one.tiltakId} has one responsible health trust or hospital with an agreement`,
    );
    const trusts = trustByArea.get(one.tiltaksomradeId) ?? new Set<string>();
    trusts.add(one.responsible[0]?.id ?? '');
    trustByArea.set(one.tiltaksomradeId, trusts);
  }
  t.equal(trustByArea.size, 9, 'one tiltaksområde per health trust');
  t.ok(
    [...trustByArea.values()].every((trusts) => trusts.size === 1),
    'a tiltaksområde holds one trust',
  );
  const perArea = [...trustByArea.keys()].map(
    (area) => tiltak.filter((one) => one.tiltaksomradeId === area).length,
  );
  t.same(
    perArea.sort((a, b) => b - a),
    [6, 6, 3, 2, 2, 1, 1, 1, 1],
  );
  t.same(statusCounts(tiltak), { PLANNED: 1, IKKE_RAPPORTERT: 22 });
  t.equal((await planOn(store, HSO_PLAN_ID, '2019-12-11')).tiltak.length, 0);
});
