// Shared by the importer tests: the shipped documents, a fresh store, and the domain's folds over what it holds.
import { join } from 'node:path';
import {
  effectiveAtToInstant,
  loadPlanDocumentFile,
  shippedPlansDirectory,
  type PlanDocument,
} from '../../src/import/index.js';
import { planDecider, tiltakDecider, type PlanState, type TiltakState } from '../../src/domain/index.js';
import type { EventStore, RecordedEvent } from '../../src/store/event-store.js';
import { SqliteEventStore } from '../../src/store/sqlite/index.js';

export const AHUS_FILE = 'ahus-samhandling-2020-2022.json';
export const HSO_FILE = 'hso-samarbeid-om-de-som-trenger-det-mest.json';
export const AHUS_PLAN_ID = 'ahus-2020-2022';
export const HSO_PLAN_ID = 'hso-regional-utviklingsplan-2035';

export async function loadShipped(file: string): Promise<{ name: string; document: PlanDocument }> {
  return loadPlanDocumentFile(join(shippedPlansDirectory(), file));
}

/** A deep copy to modify in a test without touching the shared parse. */
export function copyOf<T>(value: T): T {
  return structuredClone(value);
}

export function memoryStore(): SqliteEventStore {
  return SqliteEventStore.open({ path: ':memory:' });
}

export async function allEvents(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  let after: bigint | null = null;
  for (;;) {
    const page = await store.readAll({ after, limit: 1000 });
    events.push(...page.events);
    after = page.lastPosition;
    if (page.isEnd) return events;
  }
}

/** A bare validAt date is the end of that day in Europe/Oslo (DESIGN.md §5). */
export function endOfOsloDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const start = effectiveAtToInstant(next.toISOString().slice(0, 10));
  if (start === null) throw new Error(`not a date: ${date}`);
  return new Date(start.getTime() - 1).toISOString();
}

/** The plan and its tiltak as the domain's folds give them at the end of a day. */
export async function planOn(
  store: EventStore,
  planId: string,
  date: string,
): Promise<{ plan: PlanState | null; tiltak: TiltakState[] }> {
  const validAt = endOfOsloDay(date);
  const byStream = new Map<string, RecordedEvent[]>();
  for (const event of await allEvents(store)) {
    byStream.set(event.streamId, [...(byStream.get(event.streamId) ?? []), event]);
  }
  const plan = planDecider.stateAt(byStream.get(`plan-${planId}`) ?? [], { validAt });
  const tiltak = [...byStream.entries()]
    .filter(([streamId]) => streamId.startsWith('tiltak-'))
    .map(([, events]) => tiltakDecider.stateAt(events, { validAt }))
    .filter((state): state is TiltakState => state !== null && state.planId === planId);
  return { plan, tiltak };
}

export function statusCounts(tiltak: readonly TiltakState[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { status } of tiltak) {
    const key = status ?? 'IKKE_RAPPORTERT';
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}
