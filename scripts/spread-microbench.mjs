/* global process, console */
// A micro-bench for the rule against object spreads on the read path (docs/performance.md, "Spread copies"):
// builds, from states kept in the old generation, short-lived objects of the read path's shapes in four ways and
// reports for each the time per object and how many bytes the young-generation GCs promoted into the old
// generation while they ran. Run as the server runs: node --max-semi-space-size=32 scripts/spread-microbench.mjs
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-allocation-site-pretenuring'); // as src/gc-tuning.ts does for the server

const ROUNDS = Number(process.argv[2] ?? 5);
const PER_ROUND = 2_000_000;

/** A tiltak state's 16 fields, as the read model's checkpoints keep them (they live in the old generation). */
function state(i) {
  return {
    tiltakId: `t-${i}`,
    planId: 'p',
    tiltaksomradeId: 'a',
    number: String(i),
    title: `Tiltak ${i}`,
    description: null,
    status: 'IN_PROGRESS',
    lastKnownStatus: 'IN_PROGRESS',
    responsible: [],
    participants: [],
    responsibleAsWritten: null,
    alsoTiltaksomradeIds: [],
    funding: [],
    statusHistory: [],
    notes: [],
    createdAt: '2020-01-01T00:00:00.000Z',
  };
}

const kept = Array.from({ length: 10_000 }, (_, i) => state(i));

const lastChange = { eventId: 'e', type: 'TiltakStatusChanged' };
const ways = {
  'spread, then two more properties': (s, revision) => ({ ...s, revision, lastChange }),
  'spelled-out literal': (s, revision) => ({
    tiltakId: s.tiltakId,
    planId: s.planId,
    tiltaksomradeId: s.tiltaksomradeId,
    number: s.number,
    title: s.title,
    description: s.description,
    status: s.status,
    lastKnownStatus: s.lastKnownStatus,
    responsible: s.responsible,
    participants: s.participants,
    responsibleAsWritten: s.responsibleAsWritten,
    alsoTiltaksomradeIds: s.alsoTiltaksomradeIds,
    funding: s.funding,
    statusHistory: s.statusHistory,
    notes: s.notes,
    createdAt: s.createdAt,
    revision,
    lastChange,
  }),
  'Object.assign({}, s, extra)': (s, revision) => Object.assign({}, s, { revision, lastChange }),
  'spread alone': (s) => ({ ...s }),
};

// A read keeps what it builds for a little while (a page of a history, a plan's tiltak), then drops it.
const window = new Array(256);
function run(build) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < PER_ROUND; i++) window[i & 255] = build(kept[i % kept.length], BigInt(i & 1023));
  return Number(process.hrtime.bigint() - start) / PER_ROUND;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const way = process.argv[3];
if (way !== undefined) {
  // The child: one way, ROUNDS times; V8's --trace-gc-nvp lines on stdout say what each scavenge promoted.
  const times = Array.from({ length: ROUNDS }, () => run(ways[way]));
  console.log(`RESULT ${median(times)}`);
} else {
  const { execFileSync } = await import('node:child_process');
  const { fileURLToPath } = await import('node:url');
  const self = fileURLToPath(import.meta.url);
  console.log(
    `node ${process.version}, ${ROUNDS} rounds of ${PER_ROUND.toLocaleString('en')} objects per way`,
  );
  for (const name of Object.keys(ways)) {
    const out = execFileSync(
      process.execPath,
      ['--max-semi-space-size=32', '--trace-gc-nvp', self, String(ROUNDS), name],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const scavenges = [...out.matchAll(/gc=s\b.*?promoted=(\d+)/g)].map((match) => Number(match[1]));
    const promoted = scavenges.reduce((sum, bytes) => sum + bytes, 0);
    const ns = Number(/RESULT (\S+)/.exec(out)?.[1]);
    console.log(
      `${name.padEnd(34)} ${ns.toFixed(1).padStart(6)} ns/object; ${scavenges.length} scavenges, ` +
        `${(promoted / Math.max(1, scavenges.length) / 1e3).toFixed(0)} KB promoted per scavenge`,
    );
  }
}
