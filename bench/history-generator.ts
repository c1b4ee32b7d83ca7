// Realistic histories for the benchmarks, written through the store port: plans with their structure, tiltak
// with status changes spread over 2020-2022 (some back-dated), and retractions.
import { randomUUID } from 'node:crypto';
import { CommandHandler } from '../src/application/index.js';
import type { Actor, EventStore, NewEvent, RecordedEvent } from '../src/store/event-store.js';

export const BENCH_ACTOR: Actor = { id: 'bench', name: 'Benchmark', role: 'admin' };
const STATUSES = ['IN_PROGRESS', 'ON_HOLD', 'IN_PROGRESS', 'UNKNOWN', 'IN_PROGRESS', 'COMPLETED'] as const;
const PERIOD_START = Date.parse('2020-01-01T00:00:00Z');
const PERIOD_MS = Date.parse('2022-12-31T00:00:00Z') - PERIOD_START;

export interface HistoryShape {
  plans: number;
  tiltakPerPlan: number;
  /** Events per tiltak stream, its creation included. */
  eventsPerTiltak: number;
}

/** The shape that gives about `events` events: 100 tiltak per plan, 10 events per tiltak. */
export function shapeFor(events: number): HistoryShape {
  // 1M is the shape: 10,000 tiltak in 100 plans, 100 events each. Smaller sizes keep 100 tiltak a plan
  // and 10 events a tiltak, so from 10k to 1M both the number of plans and the depth of each history grow.
  const eventsPerTiltak = events >= 1_000_000 ? 100 : 10;
  const tiltak = Math.max(1, Math.round(events / eventsPerTiltak));
  const tiltakPerPlan = Math.min(100, tiltak);
  return { plans: Math.max(1, Math.round(tiltak / tiltakPerPlan)), tiltakPerPlan, eventsPerTiltak };
}

/**
 * The status change load: each call names the next of `tiltak` tiltak (t-0, t-1, ...) and flips it between
 * IN_PROGRESS and ON_HOLD, so every command is a change.
 */
export function statusFlips(tiltak: number): () => { tiltakId: string; status: 'IN_PROGRESS' | 'ON_HOLD' } {
  const inProgress = new Array<boolean>(tiltak).fill(false);
  let counter = 0;
  return () => {
    const i = counter++ % tiltak;
    inProgress[i] = !inProgress[i];
    return { tiltakId: `t-${i}`, status: inProgress[i] ? 'IN_PROGRESS' : 'ON_HOLD' };
  };
}

/** A deterministic pseudo-random sequence, so two runs generate the same history. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

interface Templates {
  plan: RecordedEvent[];
  created: RecordedEvent;
}

/**
 * A plan of 2020-2022 with one satsningsområde and the given tiltaksområder, all effective 2020-01-01, through
 * the real command handler: the bench's plans and the templates of generated events.
 */
export async function createBenchPlan(
  handler: Pick<CommandHandler, 'handle'>,
  planId: string,
  tiltaksomradeIds: readonly string[],
): Promise<void> {
  const context = { actor: BENCH_ACTOR };
  const effectiveAt = '2020-01-01T00:00:00Z';
  await handler.handle(
    {
      type: 'CreatePlan',
      data: {
        planId,
        title: 'Handlingsplan for samhandlingen 2020-2022',
        period: { from: '2020-01-01', to: '2022-12-31' },
        owner: { kind: 'helseforetak', name: 'Akershus universitetssykehus HF' },
        effectiveAt,
      },
    },
    context,
  );
  await handler.handle(
    {
      type: 'AddSatsningsomrade',
      data: { planId, satsningsomradeId: 'sa-1', number: 1, title: 'Sårbare grupper', effectiveAt },
    },
    context,
  );
  for (const tiltaksomradeId of tiltaksomradeIds) {
    await handler.handle(
      {
        type: 'AddTiltaksomrade',
        data: {
          planId,
          tiltaksomradeId,
          satsningsomradeId: 'sa-1',
          title: `Område ${tiltaksomradeId}`,
          effectiveAt,
        },
      },
      context,
    );
  }
}

/** One plan and tiltak decided by the real domain: the shapes every generated event copies. */
async function templates(store: EventStore): Promise<Templates> {
  const handler = new CommandHandler({ store });
  const context = { actor: BENCH_ACTOR };
  const effectiveAt = '2020-01-01T00:00:00Z';
  await createBenchPlan(handler, 'template-plan', ['to-1', 'to-2', 'to-3', 'to-4']);
  await handler.handle(
    {
      type: 'CreateTiltak',
      data: {
        tiltakId: 'template-tiltak',
        planId: 'template-plan',
        tiltaksomradeId: 'to-1',
        number: '1',
        title: 'Felles kompetanseplan',
        status: 'PLANNED',
        responsible: [{ kind: 'helseforetak', name: 'Akershus universitetssykehus HF' }],
        participants: [{ kind: 'kommune', name: 'Lillestrøm', kommunenummer: '3030' }],
        effectiveAt,
      },
    },
    context,
  );
  return {
    plan: await store.readStream('plan-template-plan'),
    created: (await store.readStream('tiltak-template-tiltak'))[0] as RecordedEvent,
  };
}

function copyOf(template: RecordedEvent, data: unknown, effectiveAt: string): NewEvent {
  return {
    eventId: randomUUID(),
    type: template.type,
    schemaVersion: template.schemaVersion,
    data,
    effectiveAt,
    actor: BENCH_ACTOR,
    reason: null,
    correlationId: randomUUID(),
    source: { kind: 'api' },
  };
}

/**
 * Writes `shape` into the store: each plan stream in one append, each tiltak stream in one append (creation,
 * then status changes at increasing dates, every fifth one back-dated before the previous), and one tiltak in
 * twenty gets a retraction of its second event. Returns the plan ids and tiltak ids.
 */
export async function generateHistory(
  store: EventStore,
  shape: HistoryShape,
  seed = 1,
): Promise<{ planIds: string[]; tiltakIds: string[]; events: number }> {
  const random = seededRandom(seed);
  const found = await templates(store);
  const planIds: string[] = [];
  const tiltakIds: string[] = [];
  let events = 0;
  const pending: Promise<unknown>[] = [];
  for (let p = 0; p < shape.plans; p++) {
    const planId = `plan-${p}`;
    planIds.push(planId);
    const planEvents = found.plan.map((event) =>
      copyOf(event, { ...(event.data as object), planId }, event.effectiveAt),
    );
    await store.append(`plan-${planId}`, planEvents, 'no_stream');
    events += planEvents.length;
    for (let n = 0; n < shape.tiltakPerPlan; n++) {
      const tiltakId = `${planId}-tiltak-${n}`;
      tiltakIds.push(tiltakId);
      const createdAt = PERIOD_START + Math.floor(random() * PERIOD_MS * 0.3);
      const stream: NewEvent[] = [
        copyOf(
          found.created,
          {
            ...(found.created.data as object),
            tiltakId,
            planId,
            tiltaksomradeId: `to-${1 + (n % 4)}`,
            number: String(n + 1),
            title: `Tiltak ${n + 1} i ${planId}`,
          },
          new Date(createdAt).toISOString(),
        ),
      ];
      let at = createdAt;
      for (let e = 1; e < shape.eventsPerTiltak; e++) {
        at += Math.floor(random() * ((PERIOD_START + PERIOD_MS - at) / (shape.eventsPerTiltak - e + 1)));
        const backDated = e % 5 === 0 ? at - Math.floor(random() * (at - createdAt) * 0.5) : at;
        stream.push(
          copyOf(
            found.created,
            { tiltakId, status: STATUSES[e % STATUSES.length] },
            new Date(backDated).toISOString(),
          ),
        );
        const last = stream.at(-1) as NewEvent;
        last.type = 'TiltakStatusChanged';
        last.schemaVersion = 1;
      }
      if (n % 20 === 7 && stream.length > 2) {
        const target = stream[1] as NewEvent;
        const retraction = copyOf(
          found.created,
          { retractedEventId: target.eventId, retractedType: target.type },
          new Date(PERIOD_START + PERIOD_MS).toISOString(),
        );
        retraction.type = 'EventRetracted';
        retraction.schemaVersion = 1;
        retraction.reason = 'feil rapportert';
        stream[stream.length - 1] = retraction;
      }
      pending.push(store.append(`tiltak-${tiltakId}`, stream, 'no_stream'));
      events += stream.length;
      // Let group commit gather a few hundred appends per transaction, without holding a million promises.
      if (pending.length >= 500) await Promise.all(pending.splice(0));
    }
  }
  await Promise.all(pending);
  return { planIds, tiltakIds, events: events + found.plan.length + 1 };
}
