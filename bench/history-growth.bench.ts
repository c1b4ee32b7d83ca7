// The read side's cost of one event at the end of a tiltak's valid time, as its history grows (issue 19 §1): the
// projection indexes fed directly, with each tiltak's valid-time index built (read once) before the appends.
import { randomUUID } from 'node:crypto';
import { tiltakEventSpecs } from '../src/domain/index.js';
import { ProjectionIndexes } from '../src/projections/engine/projection-indexes.js';
import type { RecordedEvent } from '../src/store/event-store.js';
import { BENCH_ACTOR } from './history-generator.js';
import { median, type Figure } from './measure.js';

const TILTAK = 50;
const SIZES = [10, 1_000, 10_000] as const;
const START = Date.parse('2020-01-01T00:00:00Z');
const PARTY = { id: 'kommune-3205', kind: 'kommune', name: 'Lillestrøm', kommunenummer: '3205' };

interface Feed {
  indexes: ProjectionIndexes;
  position: bigint;
  revisions: Map<string, bigint>;
  clock: number;
}

function append(feed: Feed, tiltakId: string, type: 'TiltakCreated' | 'ProgressNoted', data: object): void {
  const streamId = `tiltak-${tiltakId}`;
  const revision = (feed.revisions.get(streamId) ?? -1n) + 1n;
  feed.revisions.set(streamId, revision);
  feed.position += 1n;
  feed.clock += 1000;
  const at = new Date(feed.clock).toISOString();
  const event: RecordedEvent = {
    eventId: randomUUID(),
    type,
    schemaVersion: tiltakEventSpecs[type].schemaVersion,
    streamId,
    revision,
    position: feed.position,
    recordedAt: at,
    effectiveAt: at,
    actor: BENCH_ACTOR,
    reason: null,
    correlationId: randomUUID(),
    causationId: null,
    source: { kind: 'system' },
    data: { tiltakId, ...data },
    prevHash: '',
    hash: '',
  };
  feed.indexes.apply(event);
}

function note(feed: Feed, tiltakId: string): void {
  append(feed, tiltakId, 'ProgressNoted', { text: `Notat ${feed.position}` });
}

/** µs per appended note, over `rounds` notes on each tiltak (round robin, as the HTTP growth row writes them). */
function microsPerNote(events: number, rounds: number, readEvery: number | null): number {
  const feed: Feed = { indexes: new ProjectionIndexes(), position: -1n, revisions: new Map(), clock: START };
  const ids = Array.from({ length: TILTAK }, (_, n) => `g${events}-${n}`);
  for (const tiltakId of ids) {
    append(feed, tiltakId, 'TiltakCreated', {
      planId: 'growth',
      tiltaksomradeId: 'g',
      number: null,
      title: `Tiltak ${tiltakId}`,
      description: null,
      status: 'PLANNED',
      responsible: [PARTY],
      participants: [],
      responsibleAsWritten: null,
      alsoTiltaksomradeIds: [],
    });
    for (let written = 1; written < events; written++) note(feed, tiltakId);
  }
  const now = { validMs: Number.POSITIVE_INFINITY, knownMs: Number.POSITIVE_INFINITY };
  const read = () => {
    for (const tiltakId of ids) feed.indexes.tiltak.get(tiltakId)?.stateAt(now);
  };
  read();
  const started = process.hrtime.bigint();
  for (let round = 0; round < rounds; round++) {
    for (const tiltakId of ids) note(feed, tiltakId);
    if (readEvery !== null && (round + 1) % readEvery === 0) read();
  }
  return Number(process.hrtime.bigint() - started) / 1000 / (rounds * TILTAK);
}

export function measureHistoryGrowth(quick: boolean): Figure[] {
  const rounds = quick ? 200 : 1000;
  const repetitions = quick ? 3 : 5;
  const figures: Figure[] = [];
  for (const [label, readEvery] of [
    ['no reads between', null],
    ['every tiltak read after every 100 notes each', 100],
  ] as const) {
    // A first run warms the JIT up, then the sizes take turns, so that neither warm-up nor drift favours one.
    microsPerNote(SIZES[0], rounds, readEvery);
    const runs: number[][] = SIZES.map(() => []);
    for (let repetition = 0; repetition < repetitions; repetition++)
      for (const [at, events] of SIZES.entries()) runs[at]?.push(microsPerNote(events, rounds, readEvery));
    const perSize = SIZES.map((events, at) => {
      const own = runs[at] ?? [];
      return { events, value: median(own), spread: [Math.min(...own), Math.max(...own)] as [number, number] };
    });
    const shortest = perSize[0] as (typeof perSize)[number];
    for (const { events, value, spread } of perSize) {
      figures.push({
        name: `projections: a note appended to ${TILTAK} tiltak of ${events.toLocaleString('en')} events (${label})`,
        unit: 'µs/event',
        value,
        spread,
        reference: { name: `tiltak of ${shortest.events} events`, value: shortest.value },
        // Latencies: the reference's over ours, so 1 is flat and below 1 is slower.
        ratio: shortest.value / value,
        ...(events === shortest.events ? {} : { target: 'within 1.2×', met: value <= shortest.value * 1.2 }),
      });
    }
  }
  return figures;
}
