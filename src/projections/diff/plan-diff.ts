import { compareInValidTime, deepEqual } from '../../domain/index.js';
import type {
  ExplainedEntry,
  EventSummary,
  ValueChange,
  PlanDiff,
  PlanView,
  TemporalQuery,
  TiltakChangeEntry,
  TiltakDiffEntry,
  TiltakView,
} from '../read-model.js';
import { summaryOf } from '../engine/event-summary.js';
import { placedTiltak } from '../plan-at/index.js';

/** The counting events of one stream at each of the two points compared. */
export interface EventsAtBothPoints {
  from: readonly EventSummary[];
  to: readonly EventSummary[];
}

/** What the read model tells a diff besides the two plan trees: the points, and the events that count at each. */
export interface DiffExplainer {
  planId: string;
  from: TemporalQuery;
  to: TemporalQuery;
  /** The plan stream's counting events at both points. */
  planEvents(): EventsAtBothPoints;
  /** One tiltak's counting events at both points (empty where it did not exist). */
  tiltakEvents(tiltakId: string): EventsAtBothPoints;
}

/** The events that count at one point and not at the other, in valid-time order. */
export function explainingEvents(pair: EventsAtBothPoints): EventSummary[] {
  const fromIds = new Set(pair.from.map((event) => event.eventId));
  const toIds = new Set(pair.to.map((event) => event.eventId));
  return [
    ...pair.to.filter((event) => !fromIds.has(event.eventId)),
    ...pair.from.filter((event) => !toIds.has(event.eventId)),
  ]
    .sort(compareInValidTime)
    .map(summaryOf);
}

function change(changes: ValueChange[], field: string, before: unknown, after: unknown): void {
  if (!deepEqual(before, after)) changes.push({ field, before, after });
}

/** One change per key of a keyed list whose element was added, removed or altered. */
function keyedChanges<T>(
  changes: ValueChange[],
  field: string,
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  shown: (item: T) => unknown,
): void {
  const beforeByKey = new Map(before.map((item) => [key(item), item]));
  const afterByKey = new Map(after.map((item) => [key(item), item]));
  const keys = [...beforeByKey.keys(), ...[...afterByKey.keys()].filter((id) => !beforeByKey.has(id))];
  for (const id of keys) {
    const was = beforeByKey.get(id);
    const is = afterByKey.get(id);
    change(
      changes,
      `${field}.${id}`,
      was === undefined ? null : shown(was),
      is === undefined ? null : shown(is),
    );
  }
}

function partyIds(parties: TiltakView['responsible']): string[] {
  return parties.map((party) => party.id).sort();
}

/** Field by field, what differs between two states of one tiltak. Derived fields (revision, lastChange) are left out. */
export function tiltakChanges(before: TiltakView, after: TiltakView): ValueChange[] {
  const changes: ValueChange[] = [];
  change(changes, 'number', before.number, after.number);
  change(changes, 'title', before.title, after.title);
  change(changes, 'description', before.description, after.description);
  change(changes, 'tiltaksomradeId', before.tiltaksomradeId, after.tiltaksomradeId);
  change(changes, 'status', before.status, after.status);
  // The same parties in another order are the same responsibility.
  if (!deepEqual(partyIds(before.responsible), partyIds(after.responsible))) {
    changes.push({ field: 'responsible', before: before.responsible, after: after.responsible });
  }
  if (!deepEqual(partyIds(before.participants), partyIds(after.participants))) {
    changes.push({ field: 'participants', before: before.participants, after: after.participants });
  }
  keyedChanges(
    changes,
    'funding',
    before.funding,
    after.funding,
    (grant) => grant.grantId,
    (grant) => grant,
  );
  keyedChanges(
    changes,
    'notes',
    before.notes,
    after.notes,
    (note) => note.eventId,
    (note) => note,
  );
  return changes;
}

/** Plan-level differences: title, period, owner, publication, goals and areas (each keyed by its id). */
export function planChanges(before: PlanView | null, after: PlanView | null): ValueChange[] {
  const changes: ValueChange[] = [];
  change(changes, 'title', before?.title ?? null, after?.title ?? null);
  change(changes, 'period', before?.period ?? null, after?.period ?? null);
  change(changes, 'owner', before?.owner ?? null, after?.owner ?? null);
  change(changes, 'publishedAt', before?.publishedAt ?? null, after?.publishedAt ?? null);
  keyedChanges(
    changes,
    'goals',
    before?.goals ?? [],
    after?.goals ?? [],
    (goal) => goal.goalId,
    ({ kind, text }) => ({ kind, text }),
  );
  keyedChanges(
    changes,
    'satsningsomrader',
    before?.satsningsomrader ?? [],
    after?.satsningsomrader ?? [],
    (area) => area.satsningsomradeId,
    ({ number, title }) => ({ number, title }),
  );
  const tiltaksomrader = (view: PlanView | null) =>
    (view?.satsningsomrader ?? []).flatMap((area) => area.tiltaksomrader);
  keyedChanges(
    changes,
    'tiltaksomrader',
    tiltaksomrader(before),
    tiltaksomrader(after),
    (area) => area.tiltaksomradeId,
    ({ satsningsomradeId, title }) => ({ satsningsomradeId, title }),
  );
  return changes;
}

function entryOf(tiltak: TiltakView): TiltakDiffEntry {
  return { tiltakId: tiltak.tiltakId, number: tiltak.number, title: tiltak.title };
}

/**
 * A tiltak's entry lists at most this many changes and explaining events, with the count of all: one tiltak with
 * thousands of notes must not make a diff grow with them. Its history (paged) has every event.
 */
export const MAX_DIFF_ITEMS = 100;

/** The first MAX_DIFF_ITEMS of a list, and how many it has in all. */
function bounded<Item>(all: readonly Item[]): { items: Item[]; count: number } {
  return { items: all.slice(0, MAX_DIFF_ITEMS), count: all.length };
}

/**
 * What differs between two states of a plan (issue 4, item 5): tiltak added, removed and changed field by field,
 * and the plan's own fields, each with the events that count in one state and not in the other. Tiltak are listed
 * in the tree order of the state they are in (`to` for added and changed, `from` for removed). A state compared
 * with itself gives an empty diff.
 */
export function diffPlans(from: PlanView | null, to: PlanView | null, explain: DiffExplainer): PlanDiff {
  const explained = (tiltakId: string) => {
    const { items, count } = bounded(explainingEvents(explain.tiltakEvents(tiltakId)));
    return { events: items, eventCount: count };
  };
  const before = new Map((from === null ? [] : placedTiltak(from)).map((p) => [p.tiltak.tiltakId, p.tiltak]));
  const afterPlaced = to === null ? [] : placedTiltak(to);
  const afterIds = new Set(afterPlaced.map((placed) => placed.tiltak.tiltakId));
  const added: ExplainedEntry[] = [];
  const changed: TiltakChangeEntry[] = [];
  for (const { tiltak } of afterPlaced) {
    const was = before.get(tiltak.tiltakId);
    if (was === undefined) {
      added.push({ ...entryOf(tiltak), ...explained(tiltak.tiltakId) });
      continue;
    }
    const changes = tiltakChanges(was, tiltak);
    if (changes.length > 0) {
      const shown = bounded(changes);
      changed.push({
        ...entryOf(tiltak),
        changes: shown.items,
        changeCount: shown.count,
        ...explained(tiltak.tiltakId),
      });
    }
  }
  const removed: ExplainedEntry[] = [...before.values()]
    .filter((tiltak) => !afterIds.has(tiltak.tiltakId))
    .map((tiltak) => ({ ...entryOf(tiltak), ...explained(tiltak.tiltakId) }));
  const plan = planChanges(from, to);
  const planEvents = bounded(plan.length === 0 ? [] : explainingEvents(explain.planEvents()));
  return {
    planId: explain.planId,
    from: explain.from,
    to: explain.to,
    plan,
    planEvents: planEvents.items,
    planEventCount: planEvents.count,
    added,
    removed,
    changed,
  };
}
