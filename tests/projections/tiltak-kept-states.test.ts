// The valid-time index grows a tiltak's notes and status history in place (tiltak-kept-states.ts): a state read out
// of it must not change as later events are applied, and a read at a past validAt sees only its own entries.
import t from 'tap';
import { tiltakEventSpecs } from '../../src/domain/index.js';
import { ProjectionIndexes } from '../../src/projections/engine/projection-indexes.js';
import type { RecordedEvent } from '../../src/store/event-store.js';
import { AHUS, PLAN_ID } from './fixtures.js';

const TILTAK_ID = 'kept-tiltak';
const START = Date.parse('2021-01-01T00:00:00.000Z');
const DAY = 86_400_000;
const NOW = { validMs: Number.POSITIVE_INFINITY, knownMs: Number.POSITIVE_INFINITY };

function feeder(): {
  indexes: ProjectionIndexes;
  apply(type: string, data: object, effectiveMs: number): void;
} {
  const indexes = new ProjectionIndexes({ checkpointEvery: 3 });
  let position = 0n;
  let clock = START;
  return {
    indexes,
    apply(type, data, effectiveMs) {
      clock += DAY;
      const event: RecordedEvent = {
        eventId: `e${position}`,
        type,
        schemaVersion: tiltakEventSpecs[type as keyof typeof tiltakEventSpecs].schemaVersion,
        streamId: `tiltak-${TILTAK_ID}`,
        revision: position,
        position,
        recordedAt: new Date(clock).toISOString(),
        effectiveAt: new Date(effectiveMs).toISOString(),
        actor: { id: 'test', name: 'Test', role: 'admin' },
        reason: null,
        correlationId: `c${position}`,
        causationId: null,
        source: { kind: 'system' },
        data: { tiltakId: TILTAK_ID, ...data },
        prevHash: '',
        hash: '',
      };
      position += 1n;
      indexes.apply(event);
    },
  };
}

function created(feed: ReturnType<typeof feeder>): void {
  feed.apply(
    'TiltakCreated',
    {
      planId: PLAN_ID,
      tiltaksomradeId: 'area',
      number: null,
      title: 'Tiltak',
      description: null,
      status: 'PLANNED',
      responsible: [AHUS],
      participants: [],
      responsibleAsWritten: null,
      alsoTiltaksomradeIds: [],
    },
    START,
  );
}

/** A feeder with the tiltak created, and its history as the index holds it at each call. */
function createdTiltak() {
  const feed = feeder();
  created(feed);
  return { feed, history: () => feed.indexes.tiltak.get(TILTAK_ID) };
}

/** Progress notes `Notat first` … `Notat last`, note n effective n days after START. */
function noteDays(feed: ReturnType<typeof feeder>, first: number, last: number): void {
  for (let n = first; n <= last; n++) feed.apply('ProgressNoted', { text: `Notat ${n}` }, START + n * DAY);
}

t.test('a state read at now keeps its notes and status history while more are appended', async (t) => {
  const { feed, history } = createdTiltak();
  const reads: { notes: number; reports: number; state: unknown }[] = [];
  // 40 events: past the copy-on-write bound (32 entries), so the latest arrays grow in place.
  for (let n = 1; n <= 40; n++) {
    if (n % 2 === 0) feed.apply('ProgressNoted', { text: `Notat ${n}` }, START + n * DAY);
    else
      feed.apply('TiltakStatusChanged', { status: n % 4 === 1 ? 'IN_PROGRESS' : 'ON_HOLD' }, START + n * DAY);
    // After every status change: one read falls just before the bound and none right after it.
    if (n % 2 === 1) {
      const state = history()?.stateAt(NOW)?.state;
      t.ok(state);
      if (state) reads.push({ notes: state.notes.length, reports: state.statusHistory.length, state });
    }
  }
  for (const read of reads) {
    const state = read.state as { notes: unknown[]; statusHistory: unknown[] };
    t.equal(state.notes.length, read.notes, 'the notes a reader holds do not grow');
    t.equal(state.statusHistory.length, read.reports, 'nor its status history');
  }
  const latest = history()?.stateAt(NOW)?.state;
  t.equal(latest?.notes.length, 20);
  t.equal(latest?.statusHistory.length, 21, 'the creation’s status and twenty changes');
});

t.test(
  'a read at a past validAt sees the entries of that time only, before and after later appends',
  async (t) => {
    const { feed, history } = createdTiltak();
    noteDays(feed, 1, 10);
    history()?.stateAt(NOW);
    const at = { validMs: START + 4 * DAY, knownMs: Number.POSITIVE_INFINITY };
    const before = history()
      ?.stateAt(at)
      ?.state.notes.map((note) => note.text);
    t.strictSame(before, ['Notat 1', 'Notat 2', 'Notat 3', 'Notat 4']);
    noteDays(feed, 11, 15);
    t.strictSame(
      history()
        ?.stateAt(at)
        ?.state.notes.map((note) => note.text),
      before,
    );
    t.equal(history()?.stateAt(NOW)?.state.notes.length, 15);
    // A back-dated note rebuilds the index; the past read then sees it, in valid-time order.
    feed.apply('ProgressNoted', { text: 'Notat 2½' }, START + 2 * DAY + 1);
    t.strictSame(
      history()
        ?.stateAt(at)
        ?.state.notes.map((note) => note.text),
      ['Notat 1', 'Notat 2', 'Notat 2½', 'Notat 3', 'Notat 4'],
    );
    t.equal(history()?.stateAt(NOW)?.state.notes.length, 16);
  },
);

t.test(
  'reads at past dates, held while the same points are read again and later notes are appended',
  async (t) => {
    const { feed, history } = createdTiltak();
    noteDays(feed, 1, 40);
    const textsAt = (day: number) =>
      history()
        ?.stateAt({ validMs: START + day * DAY, knownMs: Number.POSITIVE_INFINITY })
        ?.state.notes.map((note) => note.text);
    const expected = (count: number) => Array.from({ length: count }, (_, at) => `Notat ${at + 1}`);
    history()?.stateAt(NOW);
    // Short histories (a checkpoint of 6 notes, then one past it) and long ones (35, 36), each read twice.
    const held = [6, 7, 35, 36].map((day) => ({
      day,
      first: textsAt(day),
      state: history()?.stateAt({ validMs: START + day * DAY, knownMs: Number.POSITIVE_INFINITY })?.state,
    }));
    for (const { day, first } of held) {
      t.strictSame(first, expected(day), `the notes of day ${day}`);
      t.strictSame(textsAt(day), expected(day), `read again, day ${day}`);
    }
    noteDays(feed, 41, 45);
    for (const { day, state } of held) {
      t.equal(state?.notes.length, day, `the state held from day ${day} keeps its notes`);
      t.strictSame(textsAt(day), expected(day), `day ${day} after later notes`);
    }
    t.equal(history()?.stateAt(NOW)?.state.notes.length, 45);
  },
);
