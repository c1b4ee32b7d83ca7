import { compareFoldOrder, instantMillis, type TiltakEvent, type TiltakState } from '../../domain/index.js';
import { compareIndexed, type IndexedEvent } from '../engine/entity-history.js';
import type { EntityIndexes, TiltakHistory } from '../engine/entity-indexes.js';
import { eventSummary } from '../engine/event-summary.js';
import { pointOf } from '../engine/point.js';
import { tiltakViewAt } from '../plan-at/index.js';
import type {
  FieldChange,
  HistoryCursor,
  HistoryPage,
  HistoryQuery,
  ReadModel,
  TemporalQuery,
  TiltakView,
} from '../read-model.js';
import { fieldChange } from './field-change.js';

export type TiltakHistoryQueries = Pick<ReadModel, 'tiltakAt' | 'tiltakHistory'>;

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

/** One tiltak at a point, and its history page by page with what each event changed. */
export function tiltakHistoryQueries(indexes: EntityIndexes): TiltakHistoryQueries {
  return {
    tiltakAt(tiltakId: string, at: TemporalQuery = {}): TiltakView | null {
      return tiltakViewAt(indexes, tiltakId, pointOf(at));
    },

    tiltakHistory(tiltakId: string, query: HistoryQuery): HistoryPage | null {
      const history = indexes.tiltak.get(tiltakId);
      return history === undefined ? null : historyPage(history, query);
    },
  };
}

function historyPage(history: TiltakHistory, query: HistoryQuery): HistoryPage | null {
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
    // Object.assign, not a spread of the summary: the spread's entries outlived young-generation GCs
    // (docs/performance.md).
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
