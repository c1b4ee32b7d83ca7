// Fixtures for the analyses: an event history of one plan (folded into PlanViews with the domain's own rules, as
// the read model does) and hand-built PlanViews for the reports and the diff.
import {
  planDecider,
  planEventSpecs,
  selectEventsAt,
  tiltakDecider,
  tiltakEventSpecs,
  type FundingGrant,
  type Party,
  type PlanEventType,
  type TemporalPoint,
  type TiltakEventType,
  type TiltakStatus,
} from '../../src/domain/index.js';
import type { TimelineEvent } from '../../src/projections/timeline/index.js';
import type {
  EventSummary,
  PlanView,
  SatsningsomradeView,
  TiltakView,
} from '../../src/projections/read-model.js';

export const PLAN_ID = 'handlingsplan-2020-2022';

export const AHUS: Party = {
  id: 'helseforetak-akershus-universitetssykehus',
  kind: 'helseforetak',
  name: 'Akershus universitetssykehus HF',
  kommunenummer: null,
};
export const LILLESTROM: Party = {
  id: 'kommune-3205',
  kind: 'kommune',
  name: 'Lillestrøm',
  kommunenummer: '3205',
};
export const LORENSKOG: Party = {
  id: 'kommune-3222',
  kind: 'kommune',
  name: 'Lørenskog',
  kommunenummer: '3222',
};
export const AURSKOG: Party = {
  id: 'kommune-3226',
  kind: 'kommune',
  name: 'Aurskog-Høland',
  kommunenummer: '3226',
};
export const OVRE_ROMERIKE: Party = {
  id: 'fagrad-ovre-romerike',
  kind: 'fagrad',
  name: 'Øvre Romerike fagråd',
  kommunenummer: null,
};
export const AS: Party = { id: 'kommune-3218', kind: 'kommune', name: 'Ås', kommunenummer: '3218' };

/** The envelope of one event, with defaults for what the analyses only pass through. */
export function summary(overrides: Partial<EventSummary> & { eventId: string }): EventSummary {
  return {
    type: 'TiltakStatusChanged',
    streamId: 'tiltak-t1',
    revision: 0n,
    position: 1n,
    recordedAt: '2021-01-01T00:00:00.000Z',
    effectiveAt: '2021-01-01T00:00:00.000Z',
    actor: { id: 'user-1', name: 'Kari Nordmann', role: 'editor', organization: 'Ahus' },
    reason: null,
    source: { kind: 'api' },
    correlationId: 'correlation-1',
    ...overrides,
  };
}

/** A stored event of the fixture: its envelope, its payload as stored, and the tiltak it belongs to. */
export type FixtureEvent = EventSummary & { data: unknown; tiltakId: string | null; schemaVersion: number };

/**
 * One plan's stored events, as a store would give them: positions in append order, revisions per stream. A
 * recordedAt defaults to the effectiveAt (reported when it happened); give a later one for a back-dated report.
 */
export class PlanHistory {
  readonly events: FixtureEvent[] = [];
  private position = 0n;

  constructor(readonly planId = PLAN_ID) {}

  private add(
    streamId: string,
    tiltakId: string | null,
    type: string,
    schemaVersion: number,
    data: unknown,
    effectiveAt: string,
    recordedAt = effectiveAt,
    reason: string | null = null,
  ): FixtureEvent {
    this.position += 1n;
    const revision = BigInt(this.events.filter((event) => event.streamId === streamId).length);
    const event: FixtureEvent = {
      ...summary({ eventId: `event-${String(this.position)}` }),
      type,
      streamId,
      revision,
      position: this.position,
      effectiveAt,
      recordedAt,
      reason,
      schemaVersion,
      data,
      tiltakId,
    };
    this.events.push(event);
    return event;
  }

  plan(
    type: PlanEventType,
    data: Record<string, unknown>,
    effectiveAt: string,
    recordedAt?: string,
  ): FixtureEvent {
    const { schemaVersion } = planEventSpecs[type];
    return this.add(
      `plan-${this.planId}`,
      null,
      type,
      schemaVersion,
      { planId: this.planId, ...data },
      effectiveAt,
      recordedAt,
    );
  }

  tiltak(
    tiltakId: string,
    type: TiltakEventType,
    data: Record<string, unknown>,
    effectiveAt: string,
    recordedAt?: string,
    reason?: string,
  ): FixtureEvent {
    const { schemaVersion } = tiltakEventSpecs[type];
    const payload = { tiltakId, ...data };
    return this.add(
      `tiltak-${tiltakId}`,
      tiltakId,
      type,
      schemaVersion,
      payload,
      effectiveAt,
      recordedAt,
      reason,
    );
  }

  createTiltak(
    tiltakId: string,
    fields: { tiltaksomradeId: string; number: string | null; title: string; status: TiltakStatus | null },
    effectiveAt: string,
    recordedAt?: string,
  ): FixtureEvent {
    return this.tiltak(
      tiltakId,
      'TiltakCreated',
      {
        planId: this.planId,
        description: null,
        responsible: [AHUS],
        participants: [LILLESTROM],
        responsibleAsWritten: null,
        alsoTiltaksomradeIds: [],
        ...fields,
      },
      effectiveAt,
      recordedAt,
    );
  }

  retract(target: FixtureEvent, recordedAt: string): FixtureEvent {
    const data = { retractedEventId: target.eventId, retractedType: target.type };
    const { schemaVersion } = tiltakEventSpecs.EventRetracted;
    return this.add(
      target.streamId,
      target.tiltakId,
      'EventRetracted',
      schemaVersion,
      data,
      recordedAt,
      recordedAt,
      'feilregistrert',
    );
  }

  private streams(): Map<string, FixtureEvent[]> {
    const streams = new Map<string, FixtureEvent[]>();
    for (const event of this.events) {
      const stream = streams.get(event.streamId) ?? [];
      stream.push(event);
      streams.set(event.streamId, stream);
    }
    return streams;
  }

  /** The plan tree at (validAt, knownAt), as the read model answers planAt. */
  viewAt(at: TemporalPoint): PlanView | null {
    const streams = this.streams();
    const planEvents = selectEventsAt(streams.get(`plan-${this.planId}`) ?? [], at);
    const plan = planDecider.fold(null, planEvents.map(planDecider.readEvent));
    const lastPlanEvent = planEvents[planEvents.length - 1];
    if (plan === null || lastPlanEvent === undefined) return null;
    const tiltak: TiltakView[] = [];
    for (const [streamId, events] of streams) {
      if (!streamId.startsWith('tiltak-')) continue;
      const selected = selectEventsAt(events, at);
      const state = tiltakDecider.fold(null, selected.map(tiltakDecider.readEvent));
      const last = selected[selected.length - 1];
      if (state === null || last === undefined) continue;
      const authors = new Map(events.map((event) => [event.eventId, event.actor]));
      const notes = state.notes.map((one) => ({ ...one, author: authors.get(one.eventId) ?? last.actor }));
      tiltak.push({ ...state, notes, revision: knownRevision(events, at), lastChange: summaryOnly(last) });
    }
    const satsningsomrader: SatsningsomradeView[] = [...plan.satsningsomrader]
      .sort((a, b) => a.number - b.number)
      .map((area) => ({
        ...area,
        exists: true,
        tiltaksomrader: plan.tiltaksomrader
          .filter((inner) => inner.satsningsomradeId === area.satsningsomradeId)
          .map((inner) => ({
            ...inner,
            exists: true,
            tiltak: tiltak
              .filter((one) => one.tiltaksomradeId === inner.tiltaksomradeId)
              .sort((a, b) => (a.number ?? '').localeCompare(b.number ?? '', 'nb', { numeric: true })),
          })),
      }));
    const planStream = streams.get(`plan-${this.planId}`) ?? [];
    return {
      ...plan,
      satsningsomrader,
      revision: knownRevision(planStream, at),
      lastChange: summaryOnly(lastPlanEvent),
    };
  }

  /** The plan's counting events as known at knownAt (retractions applied, retractions left out), in valid time. */
  countingEvents(knownAt?: string): FixtureEvent[] {
    return selectEventsAt(this.events, { knownAt });
  }

  /** The counting events as the read model gives them to the timeline: parsed by the domain, with their aggregate. */
  timelineEvents(knownAt?: string): TimelineEvent[] {
    return this.countingEvents(knownAt).map((event): TimelineEvent => {
      if (event.tiltakId === null)
        return { aggregate: 'plan', tiltakId: null, event: planDecider.readEvent(event) };
      return { aggregate: 'tiltak', tiltakId: event.tiltakId, event: tiltakDecider.readEvent(event) };
    });
  }

  /** What the read model gives a diff: each stream's counting events at the two points. */
  countingEventsOf(streamId: string, at: TemporalPoint): EventSummary[] {
    return selectEventsAt(
      this.events.filter((event) => event.streamId === streamId),
      at,
    ).map(summaryOnly);
  }
}

function knownRevision(events: readonly FixtureEvent[], at: TemporalPoint): bigint {
  const known = events.filter((event) => at.knownAt === undefined || event.recordedAt <= at.knownAt);
  return BigInt(known.length - 1);
}

export function summaryOnly(event: EventSummary): EventSummary {
  const {
    eventId,
    type,
    streamId,
    revision,
    position,
    recordedAt,
    effectiveAt,
    actor,
    reason,
    source,
    correlationId,
  } = event;
  return {
    eventId,
    type,
    streamId,
    revision,
    position,
    recordedAt,
    effectiveAt,
    actor,
    reason,
    source,
    correlationId,
  };
}

/** A tiltak by hand: defaults for everything a test does not care about. */
export function tiltakView(
  overrides: Partial<TiltakView> & { tiltakId: string; tiltaksomradeId: string },
): TiltakView {
  return {
    planId: PLAN_ID,
    number: null,
    title: `Tiltak ${overrides.tiltakId}`,
    description: null,
    status: null,
    lastKnownStatus: overrides.status === 'UNKNOWN' ? null : (overrides.status ?? null),
    responsible: [],
    participants: [],
    responsibleAsWritten: null,
    alsoTiltaksomradeIds: [],
    funding: [],
    statusHistory: [],
    notes: [],
    createdAt: '2020-02-01T00:00:00.000Z',
    revision: 0n,
    lastChange: summary({ eventId: `created-${overrides.tiltakId}`, type: 'TiltakCreated' }),
    ...overrides,
  };
}

export function grant(overrides: Partial<FundingGrant> & { grantId: string }): FundingGrant {
  return {
    source: 'Samhandlingsmidler',
    year: 2021,
    amountNok: 100_000,
    decisionReference: null,
    grantedAt: '2021-01-15T00:00:00.000Z',
    withdrawnAt: null,
    ...overrides,
  };
}

export interface AreaSpec {
  satsningsomradeId: string;
  number: number;
  title: string;
  tiltaksomrader: { tiltaksomradeId: string; title: string; tiltak: TiltakView[] }[];
}

/** A plan tree by hand. */
export function planView(areas: AreaSpec[], overrides: Partial<PlanView> = {}): PlanView {
  return {
    planId: PLAN_ID,
    title: 'Handlingsplan for samhandlingen 2020-2022',
    period: { from: '2020-01-01', to: '2022-12-31' },
    owner: AHUS,
    createdAt: '2019-12-31T23:00:00.000Z',
    publishedAt: null,
    goals: [],
    satsningsomrader: areas.map((area) => ({
      satsningsomradeId: area.satsningsomradeId,
      number: area.number,
      title: area.title,
      exists: true,
      tiltaksomrader: area.tiltaksomrader.map((inner) => ({
        tiltaksomradeId: inner.tiltaksomradeId,
        satsningsomradeId: area.satsningsomradeId,
        title: inner.title,
        exists: true,
        tiltak: inner.tiltak,
      })),
    })),
    revision: 0n,
    lastChange: summary({ eventId: 'plan-created', type: 'PlanCreated', streamId: `plan-${PLAN_ID}` }),
    ...overrides,
  };
}
