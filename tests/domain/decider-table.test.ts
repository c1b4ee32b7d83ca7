// The decider table: every command and stream has one aggregate's decider, an unknown command is refused with its
// stable code, and each decider's initialState, evolve and decide agree with the aggregate's own functions on the
// events of the seed plan (the shipped Ahus document, imported as the importer does).
import t from 'tap';
import {
  CommandError,
  DomainError,
  commandHandling,
  commandSchemas,
  decideOnFolds,
  deciderOfCommand,
  deciderOfStream,
  deciders,
  foldStream,
  needsHistory,
  parseCommand,
  planDecider,
  selectEventsAt,
  tiltakDecider,
  isPlanCommandType,
  isTiltakCommandType,
  type CommandInput,
  type DomainCommand,
  type PlanCommand,
  type StoredEvent,
  type TiltakCommand,
} from '../../src/domain/index.js';
import { decidePlan, loadPlanDecisionState } from '../../src/domain/plan/plan.decide.js';
import { foldPlan } from '../../src/domain/plan/plan.evolve.js';
import { decideTiltak, loadTiltakDecisionState } from '../../src/domain/tiltak/tiltak.decide.js';
import { foldTiltak } from '../../src/domain/tiltak/tiltak.evolve.js';
import { importPlanDocument } from '../../src/import/index.js';
import { AHUS_FILE, AHUS_PLAN_ID, allEvents, loadShipped, memoryStore } from '../import/import-fixtures.js';

const ACTOR = { id: 'user-1', name: 'Kari Nordmann', role: 'editor' };

t.test(
  'an unknown command type is refused with COMMAND.UNKNOWN_TYPE, by the table and by the port',
  async (t) => {
    for (const type of ['NoSuchCommand', 'constructor', '__proto__', 'toString', '']) {
      t.throws(() => deciderOfCommand(type), {
        code: 'COMMAND.UNKNOWN_TYPE',
        details: { commandType: type },
      });
      t.throws(
        () => commandHandling.parse({ type, data: {} }, { now: '2023-01-01T00:00:00Z', actor: ACTOR }),
        { code: 'COMMAND.UNKNOWN_TYPE' },
      );
      let thrown: unknown;
      try {
        deciderOfCommand(type);
      } catch (error) {
        thrown = error;
      }
      t.ok(
        thrown instanceof CommandError,
        `${JSON.stringify(type)} is a CommandError (a 400), not a TypeError`,
      );
    }
  },
);

t.test(
  'every command type is decided by exactly one aggregate, the one owning its target stream',
  async (t) => {
    const tableTypes = Object.values(deciders).flatMap((decider) => [...decider.commandTypes]);
    t.strictSame(
      [...tableTypes].sort(),
      Object.keys(commandSchemas).sort(),
      'the table covers every command',
    );
    t.equal(new Set(tableTypes).size, tableTypes.length, 'no command type in two deciders');
    t.equal(deciderOfCommand('CreatePlan').kind, 'plan');
    t.equal(deciderOfCommand('NoteProgress').kind, 'tiltak');
    t.equal(deciderOfStream('plan-ahus-2020-2022'), deciders.plan);
    t.equal(deciderOfStream('tiltak-a1'), deciders.tiltak);
    t.throws(
      () => deciderOfStream('kommune-3030'),
      TypeError,
      'a stream of no aggregate is a bug, not input',
    );
    const note = parseCommand(
      { type: 'NoteProgress', data: { tiltakId: 'a1', text: 'Møte holdt' } },
      { now: '2023-01-01T00:00:00Z', actor: ACTOR },
    );
    t.equal(commandHandling.targetStream(note), 'tiltak-a1');
    t.throws(
      () => needsHistory(note, { target: foldStream('plan-p', []), context: null }),
      TypeError,
      'a fold of another aggregate is never handed to a decider',
    );
  },
);

const ahus = await loadShipped(AHUS_FILE);
const store = memoryStore();
await importPlanDocument(ahus.document, ahus.name, { store });
const byStream = new Map<string, StoredEvent[]>();
for (const event of await allEvents(store)) {
  byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event]);
}
await store.close();
const planStream = byStream.get(`plan-${AHUS_PLAN_ID}`) ?? [];
const tiltakStreams = [...byStream].filter(([streamId]) => streamId.startsWith('tiltak-'));
const lastRecorded = [...byStream.values()]
  .flat()
  .reduce((max, e) => (e.recordedAt > max ? e.recordedAt : max), '');
const NOW = new Date(Date.parse(lastRecorded) + 86_400_000).toISOString();
const DATES = ['2020-01-01T00:00:00Z', '2020-06-30T00:00:00Z', '2021-09-07T21:59:59.999Z', undefined];

t.test('the seed plan has a plan stream and tiltak streams to compare on', async (t) => {
  t.ok(planStream.length > 10, `${planStream.length} plan events`);
  t.ok(tiltakStreams.length >= 28, `${tiltakStreams.length} tiltak streams`);
});

t.test('initialState and evolve give what the aggregates fold at every date of the seed plan', async (t) => {
  const planEvents = planStream.map(planDecider.readEvent);
  for (const validAt of DATES) {
    const at = validAt === undefined ? {} : { validAt };
    const counting = selectEventsAt(planEvents, at);
    const evolved = counting.reduce(planDecider.evolve, planDecider.initialState());
    t.strictSame(evolved, foldPlan(counting), `plan at ${validAt ?? 'now'}`);
    t.strictSame(planDecider.stateAt(planStream, at), evolved);
    t.strictSame(planDecider.fold(planDecider.initialState(), counting), evolved);
  }
  for (const [streamId, stream] of tiltakStreams) {
    const events = stream.map(tiltakDecider.readEvent);
    for (const validAt of DATES) {
      const at = validAt === undefined ? {} : { validAt };
      const counting = selectEventsAt(events, at);
      const evolved = counting.reduce(tiltakDecider.evolve, tiltakDecider.initialState());
      t.strictSame(foldTiltak(counting), evolved, `${streamId} at ${validAt ?? 'now'}`);
      t.strictSame(tiltakDecider.fold(tiltakDecider.initialState(), counting), evolved);
      t.strictSame(tiltakDecider.stateAt(stream, at), evolved);
    }
  }
  t.equal(planDecider.initialState(), null, 'a stream with no events has no plan');
  t.equal(tiltakDecider.initialState(), null, 'nor a tiltak');
});

/** The events decided, or the refusal's code: what a caller can see of a decision. */
function outcome(decide: () => readonly unknown[]): unknown {
  try {
    return decide();
  } catch (error) {
    if (error instanceof DomainError) return { refused: (error as DomainError<string>).code };
    throw error;
  }
}

function command(input: CommandInput): DomainCommand {
  return parseCommand(input, { now: NOW, actor: ACTOR });
}

function tiltakCommand(input: CommandInput): TiltakCommand {
  const parsed = command(input);
  if (!isTiltakCommandType(parsed.type)) throw new Error(`${parsed.type} is not a tiltak command`);
  return parsed as TiltakCommand;
}

function planCommand(input: CommandInput): PlanCommand {
  const parsed = command(input);
  if (!isPlanCommandType(parsed.type)) throw new Error(`${parsed.type} is not a plan command`);
  return parsed as PlanCommand;
}

t.test(
  'decide through the table agrees with the aggregates decide on the seed plan, on folds and on streams',
  async (t) => {
    const planFold = foldStream(planStream[0]?.streamId ?? '', planStream);
    for (const [streamId, stream] of tiltakStreams) {
      const tiltakId = streamId.slice('tiltak-'.length);
      const target = foldStream(streamId, stream);
      const commands = [
        tiltakCommand({ type: 'NoteProgress', data: { tiltakId, text: 'Status gjennomgått' } }),
        tiltakCommand({
          type: 'ChangeTiltakStatus',
          data: { tiltakId, status: 'COMPLETED', reason: 'Ferdig' },
        }),
        tiltakCommand({ type: 'ChangeTiltakStatus', data: { tiltakId, status: 'PLANNED' } }),
        // Back-dated: decided on the whole streams, at its own effectiveAt.
        tiltakCommand({
          type: 'ChangeTiltakStatus',
          data: { tiltakId, status: 'IN_PROGRESS', effectiveAt: '2020-03-01T00:00:00Z' },
        }),
      ];
      for (const one of commands) {
        const folds = { target, context: planFold };
        const history = needsHistory(one, folds) ? { target: stream, context: planStream } : null;
        const expected = outcome(() => decideTiltak(one, loadTiltakDecisionState(one, stream, planStream)));
        if (one.type === 'NoteProgress') t.match(expected, [{ type: 'ProgressNoted' }], 'a note is recorded');
        t.strictSame(
          outcome(() => decideOnFolds(one, folds, history)),
          expected,
          `${one.type} on ${tiltakId}`,
        );
        const viaDecider = outcome(() =>
          tiltakDecider.decide(
            one,
            tiltakDecider.stateFromStreams(one, { target: stream, context: planStream }),
          ),
        );
        t.strictSame(viaDecider, expected);
      }
    }
    const plan = planCommand({
      type: 'AddGoal',
      data: { planId: AHUS_PLAN_ID, goalId: 'nytt-mal', kind: 'effect', text: 'Færre innleggelser' },
    });
    const expected = outcome(() => decidePlan(plan, loadPlanDecisionState(plan, planStream)));
    t.match(expected, [{ type: 'GoalAdded' }]);
    t.strictSame(
      outcome(() =>
        decideOnFolds(plan, { target: planFold, context: null }, { target: planStream, context: [] }),
      ),
      expected,
    );
    t.strictSame(
      outcome(() =>
        planDecider.decide(plan, planDecider.stateFromStreams(plan, { target: planStream, context: [] })),
      ),
      expected,
    );
    t.throws(
      () => decideOnFolds(plan, { target: planFold, context: null }, null),
      TypeError,
      'plan commands are decided on the whole stream',
    );
  },
);
