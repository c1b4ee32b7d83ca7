// A handler over the real embedded store, with one clock both of them read.
import { CommandHandler, type CommandHandlerOptions } from '../../src/application/index.js';
import type { Actor, EventStore } from '../../src/store/event-store.js';
import { SqliteEventStore } from '../../src/store/sqlite/sqlite-event-store.js';

export const ACTOR: Actor = { id: 'user-1', name: 'Kari Nordmann', role: 'editor', organization: 'Ahus' };
export const PLAN_ID = 'handlingsplan-2020-2022';
export const TILTAK_ID = 'integrerte-helsetjenester';

export class TestClock {
  #now: number;

  constructor(start = '2023-01-01T12:00:00.000Z') {
    this.#now = Date.parse(start);
  }

  readonly now = (): Date => new Date(this.#now);

  advance(ms: number): void {
    this.#now += ms;
  }
}

export interface Setup {
  store: SqliteEventStore;
  handler: CommandHandler;
  clock: TestClock;
}

export function setup(options: Partial<CommandHandlerOptions> = {}): Setup {
  const clock = new TestClock();
  const store = SqliteEventStore.open({ path: ':memory:', clock: clock.now });
  const handler = new CommandHandler({ store, clock: clock.now, retryDelayMs: () => 0, ...options });
  return { store, handler, clock };
}

/** The embedded store in memory on a test clock, seen through an InterleavingStore; closed when the test ends. */
export function interleavedStore(t: { teardown(close: () => unknown): void }): {
  clock: TestClock;
  inner: SqliteEventStore;
  store: InterleavingStore;
} {
  const clock = new TestClock();
  const inner = SqliteEventStore.open({ path: ':memory:', clock: clock.now });
  t.teardown(() => inner.close());
  return { clock, inner, store: new InterleavingStore(inner) };
}

/** The plan of the seed with satsningsområde 1 and two tiltaksområder, all effective 2020-01-01. */
export async function createPlan(handler: CommandHandler): Promise<void> {
  const effectiveAt = '2020-01-01T00:00:00Z';
  const context = { actor: ACTOR };
  await handler.handle(
    {
      type: 'CreatePlan',
      data: {
        planId: PLAN_ID,
        title: 'Handlingsplan for samhandlingen 2020-2022',
        period: { from: '2020-01-01', to: '2022-12-31' },
        owner: { kind: 'helseforetak', name: 'Ahus' },
        effectiveAt,
      },
    },
    context,
  );
  await handler.handle(
    {
      type: 'AddSatsningsomrade',
      data: {
        planId: PLAN_ID,
        satsningsomradeId: 'sarbare-grupper',
        number: 1,
        title: 'Samarbeid om de mest sårbare pasientgruppene',
        effectiveAt,
      },
    },
    context,
  );
  for (const [tiltaksomradeId, title] of [
    ['barn-og-unge', 'Barn og unge'],
    ['skropelige-eldre', 'Skrøpelige eldre'],
  ]) {
    await handler.handle(
      {
        type: 'AddTiltaksomrade',
        data: { planId: PLAN_ID, tiltaksomradeId, satsningsomradeId: 'sarbare-grupper', title, effectiveAt },
      },
      context,
    );
  }
}

export async function createTiltak(handler: CommandHandler, status: string | null = 'PLANNED') {
  return handler.handle(
    {
      type: 'CreateTiltak',
      data: {
        tiltakId: TILTAK_ID,
        planId: PLAN_ID,
        tiltaksomradeId: 'skropelige-eldre',
        title: 'Integrerte helsetjenester for sårbare eldre med sammensatte behov',
        status,
        responsible: [{ kind: 'helseforetak', name: 'Ahus' }],
        participants: [{ kind: 'kommune', name: 'Lillestrøm' }],
        effectiveAt: '2020-01-01T00:00:00Z',
      },
    },
    { actor: ACTOR },
  );
}

/** A store that lets a test slip an append in between the handler's read and its own append. */
export class InterleavingStore implements EventStore {
  appendCalls = 0;
  rejectedAppends = 0;
  #beforeAppend: (() => Promise<void>) | null = null;

  constructor(readonly inner: EventStore) {}

  /** Runs `action` before each of the next `times` appends through this wrapper. */
  interleave(times: number, action: () => Promise<void>): void {
    let left = times;
    this.#beforeAppend = async () => {
      if (left <= 0) return;
      left -= 1;
      await action();
    };
  }

  append: EventStore['append'] = async (streamId, events, expected) => {
    this.appendCalls += 1;
    await this.#beforeAppend?.();
    try {
      return await this.inner.append(streamId, events, expected);
    } catch (error) {
      this.rejectedAppends += 1;
      throw error;
    }
  };

  readStream: EventStore['readStream'] = (streamId, options) => this.inner.readStream(streamId, options);
  readAll: EventStore['readAll'] = (options) => this.inner.readAll(options);
  subscribe: EventStore['subscribe'] = (handlers, options) => this.inner.subscribe(handlers, options);
  headPosition: EventStore['headPosition'] = () => this.inner.headPosition();
  close: EventStore['close'] = () => this.inner.close();
}
