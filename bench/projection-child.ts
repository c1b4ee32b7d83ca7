// Runs in its own process per history size, so start-up time and resident memory are that size's alone.
// argv: <sqlite file> <plans> <tiltak per plan> <events>
import '../src/gc-tuning.js';
import { startProjections } from '../src/projections/index.js';
import { SqliteEventStore } from '../src/store/sqlite/index.js';
import { seededRandom } from './history-generator.js';
import { latencies, now, percentile } from './measure.js';

const [path = '', plansArg = '1', perPlanArg = '1', eventsArg = '0'] = process.argv.slice(2);
const plans = Number(plansArg);
const perPlan = Number(perPlanArg);
const events = Number(eventsArg);
const random = seededRandom(7);
const PERIOD_START = Date.parse('2020-01-01T00:00:00Z');
const PERIOD_MS = Date.parse('2023-01-01T00:00:00Z') - PERIOD_START;
const randomDate = () => new Date(PERIOD_START + Math.floor(random() * PERIOD_MS)).toISOString();
const randomPlan = () => `plan-${Math.floor(random() * plans)}`;

const store = SqliteEventStore.open({ path });
const rssBefore = process.memoryUsage().rss;
const start = now();
const projections = startProjections(store);
const head = (await store.headPosition()) ?? 0n;
await projections.waitForPosition(head, 600_000);
const startSeconds = (now() - start) / 1000;
global.gc?.();
const rss = process.memoryUsage().rss;

// The first read of an entity builds its snapshots; warm every plan once, as a running server would have.
for (let p = 0; p < plans; p++) projections.planAt(`plan-${p}`);
const planAt = latencies(2000, () => projections.planAt(randomPlan(), { validAt: randomDate() }));
const firstRecorded = projections.audit({ limit: 1 }).entries[0]?.recordedAt ?? new Date().toISOString();
// The span the events were recorded in: a knownAt after the last one is a read at now (the valid-time index), not
// a read of what was known then.
const lastRecorded =
  projections.audit({ limit: 1, after: head - 1n }).entries[0]?.recordedAt ?? new Date().toISOString();
const knownSpan = Date.parse(lastRecorded) - Date.parse(firstRecorded);
const knownAt = latencies(2000, () =>
  projections.planAt(randomPlan(), {
    validAt: randomDate(),
    knownAt: new Date(Date.parse(firstRecorded) + Math.floor(random() * knownSpan)).toISOString(),
  }),
);
// Warmed as the plans are: the plan reads above no longer run the history's code (its fold-order comparison, the
// field diff), so without this its first 2,000 reads timed V8 compiling it, not the read (docs/performance.md).
for (let i = 0; i < 20_000; i++) {
  projections.tiltakHistory(`plan-${i % Math.min(plans, 5)}-tiltak-${i % perPlan}`, { limit: 50 });
}
const history = latencies(2000, () =>
  projections.tiltakHistory(`${randomPlan()}-tiltak-${Math.floor(random() * perPlan)}`, { limit: 50 }),
);
const audit = latencies(500, () =>
  projections.audit({ limit: 100, after: BigInt(Math.floor(random() * Number(head))) }),
);

// What a server holds once every plan has been read (the valid-time index of each entity is built): the V8 heap
// it keeps. Resident size at this point mostly shows pages of the queries' garbage not yet given back.
global.gc?.();
const heapAfterReads = process.memoryUsage().heapTotal;

await projections.stop();
await store.close();
process.stdout.write(
  `${JSON.stringify({
    events,
    startSeconds,
    startEventsPerSecond: events / startSeconds,
    rssMiB: rss / 2 ** 20,
    heapAfterReadsMiB: heapAfterReads / 2 ** 20,
    rssGrowthMiB: (rss - rssBefore) / 2 ** 20,
    planAtP50: percentile(planAt, 50),
    planAtP99: percentile(planAt, 99),
    knownAtP99: percentile(knownAt, 99),
    historyP99: percentile(history, 99),
    auditP99: percentile(audit, 99),
  })}\n`,
);
