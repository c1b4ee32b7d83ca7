import {
  compareFoldOrder,
  instantMillis,
  pointMs,
  type TiltakEvent,
  type TiltakState,
} from '../../domain/index.js';
import { buildTimeline } from '../timeline/index.js';
import { diffPlans, type DiffExplainer, type EventsAtBothPoints } from '../diff/index.js';
import {
  fundingReport,
  fundingTotals,
  statusTotals,
  tiltakStatusList,
  responsibilityReport,
  statusReport,
} from '../reports/index.js';
import type { CountingEvent } from './counting-event.js';
import { compareIndexed, type IndexedEvent, type PointMs } from './entity-history.js';
import { eventSummary } from './event-summary.js';
import { fieldChange } from '../tiltak-history/field-change.js';
import { assemblePlanView } from '../plan-at/index.js';
import type { Actor } from '../../store/event-store.js';
import type { PlanStateKey } from '../plan-at/index.js';
import type { ProjectionIndexes, TiltakHistory } from './projection-indexes.js';
import type {
  AuditPage,
  EventSummary,
  AuditQuery,
  EventLocation,
  FieldChange,
  HistoryCursor,
  HistoryPage,
  HistoryQuery,
  PlanDiff,
  PlanSummary,
  PlanView,
  ReportQuery,
  TemporalQuery,
  Timeline,
  TimelineOptions,
  TiltakView,
} from '../read-model.js';

/** The fields of a tiltak a history entry reports as changed (statusHistory and lastKnownStatus follow status). */
const TILTAK_FIELDS = [
  'tiltaksomradeId',
  'number',
  'title',
  'description',
  'status',
  'responsible',
  'participants',
  'funding',
  'notes',
] as const satisfies readonly (keyof TiltakState)[];

/**
 * The queries of the ReadModel port over the projection indexes (the runner owns keeping them current). Every
 * answer is computed from one entity's history at a time, so its cost follows the plan asked about, not the log.
 */
export class ProjectionQueries {
  readonly #indexes: ProjectionIndexes;

  constructor(indexes: ProjectionIndexes) {
    this.#indexes = indexes;
  }

  listPlans(at: TemporalQuery = {}): PlanSummary[] {
    const summaries: PlanSummary[] = [];
    for (const planId of this.#indexes.plans.keys()) {
      const view = this.planAt(planId, at);
      if (view === null) continue;
      summaries.push({
        planId: view.planId,
        title: view.title,
        period: view.period,
        owner: view.owner,
        publishedAt: view.publishedAt,
        tiltakCount: countTiltak(view),
      });
    }
    return summaries.sort((a, b) => a.title.localeCompare(b.title, 'nb') || (a.planId < b.planId ? -1 : 1));
  }

  planAt(planId: string, at: TemporalQuery = {}): PlanView | null {
    const point = pointOf(at);
    const plan = this.#indexes.plans.get(planId)?.stateAt(point);
    if (plan === undefined || plan === null) return null;
    const tiltak: TiltakView[] = [];
    for (const tiltakId of this.#indexes.tiltakOfPlan.get(planId) ?? []) {
      const view = this.#tiltakAtPoint(tiltakId, point);
      if (view !== null) tiltak.push(view);
    }
    return assemblePlanView(
      plan.state,
      { revision: plan.revision, lastChange: eventSummary(plan.lastChange) },
      tiltak,
    );
  }

  planStateKey(planId: string, at: TemporalQuery = {}): PlanStateKey | null {
    return this.#indexes.planStateKeys.keyOf(planId, pointOf(at));
  }

  tiltakAt(tiltakId: string, at: TemporalQuery = {}): TiltakView | null {
    return this.#tiltakAtPoint(tiltakId, pointOf(at));
  }

  tiltakHistory(tiltakId: string, query: HistoryQuery): HistoryPage | null {
    const history = this.#indexes.tiltak.get(tiltakId);
    if (history === undefined) return null;
    const knownMs = query.knownAt === undefined ? Number.POSITIVE_INFINITY : instantMillis(query.knownAt);
    const known = history.events.slice(0, history.knownCount(knownMs));
    if (known.length === 0) return null;
    known.sort(compareIndexed);
    const start = query.after === undefined ? 0 : firstAfterCursor(known, query.after);
    const page = known.slice(start, start + query.limit);
    const last = page.at(-1);
    const changes = changesOf(
      history,
      history.countingAt({ validMs: Number.POSITIVE_INFINITY, knownMs }),
      page,
    );
    const entries = page.map((indexed) => {
      const retraction = history.retractionOf(indexed.recorded.eventId, knownMs);
      // Object.assign, not `{ ...eventSummary(indexed), data, ... }`: in Node 20's V8 the entries built by the spread
      // outlived the young-generation GCs (4-6 MB promoted per scavenge, each then taking 20-25 ms: a history p99 of
      // 25 ms at 1M events), and the ones built by assigning did not.
      return Object.assign(eventSummary(indexed), {
        data: indexed.event.data,
        retractedBy: retraction === null ? null : eventSummary(retraction),
        changes: changes.get(indexed) ?? [],
      });
    });
    const more = start + page.length < known.length && last !== undefined;
    return {
      entries,
      total: known.length,
      next: more ? { effectiveMs: last.effectiveMs, position: last.recorded.position } : null,
    };
  }

  timeline(planId: string, options: TimelineOptions): Timeline | null {
    if (!this.#indexes.plans.has(planId)) return null;
    const knownAt = options.knownAt;
    const point = { validMs: Number.POSITIVE_INFINITY, knownMs: pointOf({ knownAt }).knownMs };
    return buildTimeline({
      planId,
      from: options.from,
      to: options.to,
      interval: options.interval,
      knownAt: knownAt ?? null,
      planAt: (validAt) => this.planAt(planId, { validAt, knownAt }),
      events: this.#countingEventsOfPlan(planId, point),
      ...(options.changesPerInterval === undefined ? {} : { changesPerInterval: options.changesPerInterval }),
    });
  }

  diff(planId: string, from: TemporalQuery, to: TemporalQuery): PlanDiff | null {
    const plan = this.#indexes.plans.get(planId);
    if (plan === undefined) return null;
    const [fromPoint, toPoint] = [pointOf(from), pointOf(to)];
    const bothPoints = (history: { countingAt(point: PointMs): IndexedEvent<unknown>[] } | undefined) => {
      const at = (point: PointMs) => (history?.countingAt(point) ?? []).map(eventSummary);
      return { from: at(fromPoint), to: at(toPoint) } satisfies EventsAtBothPoints;
    };
    const explainer: DiffExplainer = {
      planId,
      from,
      to,
      planEvents: () => bothPoints(plan),
      tiltakEvents: (tiltakId) => bothPoints(this.#indexes.tiltak.get(tiltakId)),
    };
    return diffPlans(this.planAt(planId, from), this.planAt(planId, to), explainer);
  }

  statusReport(query: ReportQuery) {
    return statusReport(this.#viewsFor(query));
  }

  statusTotals(query: ReportQuery) {
    return statusTotals(this.#viewsFor(query));
  }

  tiltakStatusList(query: ReportQuery) {
    return tiltakStatusList(this.#viewsFor(query));
  }

  fundingReport(query: ReportQuery) {
    return fundingReport(this.#viewsFor(query));
  }

  fundingTotals(query: ReportQuery) {
    return fundingTotals(this.#viewsFor(query));
  }

  responsibilityReport(query: ReportQuery) {
    return responsibilityReport(this.#viewsFor(query));
  }

  audit(query: AuditQuery): AuditPage {
    return this.#indexes.audit.query(query);
  }

  locateEvent(eventId: string): EventLocation | null {
    const indexed = this.#indexes.eventIds.get(eventId);
    if (indexed === undefined) return null;
    const { recorded, planId, tiltakId } = indexed;
    const [aggregate, aggregateId] =
      tiltakId === null ? (['plan', planId] as const) : (['tiltak', tiltakId] as const);
    if (aggregateId === null) return null;
    return { eventId, streamId: recorded.streamId, aggregate, aggregateId, type: recorded.type };
  }

  planOfTiltak(tiltakId: string): string | null {
    return this.#indexes.tiltak.get(tiltakId)?.events[0]?.planId ?? null;
  }

  #viewsFor(query: ReportQuery): PlanView[] {
    const all = query.planId === undefined ? [...this.#indexes.plans.keys()] : [query.planId];
    const planIds = query.planIds === undefined ? all : all.filter((id) => query.planIds?.includes(id));
    return planIds
      .map((planId) => this.planAt(planId, query))
      .filter((view): view is PlanView => view !== null);
  }

  /** The actor of a note's event; every note comes from an applied event, so the index has it. */
  readonly #noteAuthor = (eventId: string): Actor => {
    const indexed = this.#indexes.eventIds.get(eventId);
    if (indexed === undefined) throw new Error(`note event ${eventId} is not indexed`);
    return indexed.recorded.actor;
  };

  #tiltakAtPoint(tiltakId: string, point: PointMs): TiltakView | null {
    const found = this.#indexes.tiltak.get(tiltakId)?.stateAt(point);
    if (found === undefined || found === null) return null;
    return tiltakView(found.state, found.revision, eventSummary(found.lastChange), this.#noteAuthor);
  }

  #countingEventsOfPlan(planId: string, point: PointMs): CountingEvent[] {
    const events: IndexedEvent<{ data: unknown }>[] = [
      ...(this.#indexes.plans.get(planId)?.countingAt(point) ?? []),
    ];
    for (const tiltakId of this.#indexes.tiltakOfPlan.get(planId) ?? []) {
      events.push(...(this.#indexes.tiltak.get(tiltakId)?.countingAt(point) ?? []));
    }
    return events.sort(compareIndexed).map((indexed) => ({
      ...eventSummary(indexed),
      data: indexed.event.data,
      tiltakId: indexed.tiltakId,
    }));
  }
}

/**
 * What each counting event of a page changed: the tiltak just before it against just after it, field by field.
 * The counting events before the page are folded in one linear pass; only the page's own are stepped one by one.
 */
function changesOf(
  history: TiltakHistory,
  counting: readonly IndexedEvent<TiltakEvent>[],
  page: readonly IndexedEvent<TiltakEvent>[],
): Map<IndexedEvent<TiltakEvent>, FieldChange[]> {
  const changes = new Map<IndexedEvent<TiltakEvent>, FieldChange[]>();
  const [first, last] = [page[0], page.at(-1)];
  if (first === undefined || last === undefined) return changes;
  let at = 0;
  while (at < counting.length && compareIndexed(counting[at] as IndexedEvent<TiltakEvent>, first) < 0) at++;
  let state = history.foldEvents(counting.slice(0, at));
  for (; at < counting.length; at++) {
    const indexed = counting[at] as IndexedEvent<TiltakEvent>;
    if (compareIndexed(indexed, last) > 0) break;
    const next = history.evolve(state, indexed.event);
    const fields: FieldChange[] = [];
    for (const field of TILTAK_FIELDS) {
      const change = fieldChange(field, state?.[field] ?? null, next?.[field] ?? null);
      if (change !== null) fields.push(change);
    }
    changes.set(indexed, fields);
    state = next;
  }
  return changes;
}

/** The index of the first entry past the cursor, in valid-time order. */
function firstAfterCursor(sorted: readonly IndexedEvent<unknown>[], cursor: HistoryCursor): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const item = sorted[middle] as IndexedEvent<unknown>;
    const past =
      compareFoldOrder(item.effectiveMs, item.recorded.position, cursor.effectiveMs, cursor.position) > 0;
    if (past) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The view spelled out field by field rather than `{ ...state, revision, lastChange }`: spreading a state that
 * lives in the old generation (an index checkpoint) cost 5x the time of a plan read here, and its copies were
 * promoted by the young-generation GC before dying, so every plan read left ~80 KB for a full GC and the
 * scavenges grew to 15-30 ms (the plan read's p99). A field added to TiltakState must be added here.
 */
function tiltakView(
  state: TiltakState,
  revision: bigint,
  lastChange: EventSummary,
  authorOf: (eventId: string) => Actor,
): TiltakView {
  return {
    tiltakId: state.tiltakId,
    planId: state.planId,
    tiltaksomradeId: state.tiltaksomradeId,
    number: state.number,
    title: state.title,
    description: state.description,
    status: state.status,
    lastKnownStatus: state.lastKnownStatus,
    responsible: state.responsible,
    participants: state.participants,
    responsibleAsWritten: state.responsibleAsWritten,
    alsoTiltaksomradeIds: state.alsoTiltaksomradeIds,
    funding: state.funding,
    statusHistory: state.statusHistory,
    notes: state.notes.map((note) => ({
      eventId: note.eventId,
      effectiveAt: note.effectiveAt,
      text: note.text,
      author: authorOf(note.eventId),
    })),
    createdAt: state.createdAt,
    revision,
    lastChange,
  };
}

function pointOf(at: TemporalQuery): PointMs {
  return pointMs(at);
}

function countTiltak(view: PlanView): number {
  let count = 0;
  for (const area of view.satsningsomrader)
    for (const inner of area.tiltaksomrader) count += inner.tiltak.length;
  return count;
}
