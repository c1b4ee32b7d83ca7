import { randomUUID } from 'node:crypto';
import { CommandHandler } from '../application/index.js';
import { CommandError, isDomainError, type DomainError } from '../domain/index.js';
import {
  VersionConflict,
  newEvent,
  type Actor,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '../store/index.js';
import { MemoryEventStore } from '../store/memory/index.js';
import { ImportEventIds, importEventId } from './import-event-id.js';
import type { PlanDocument } from './plan-document.schema.js';
import { PlanImportRejected, type ImportProblem } from './plan-import.errors.js';
import { planImportSteps, type ImportStep } from './plan-import.steps.js';

export interface PlanImportOptions {
  store: EventStore;
  /** The server's clock: `now` of every command. */
  clock?: () => Date;
  /** Decide everything, append nothing (`npm run import -- --dry-run`). */
  dryRun?: boolean;
  /** Whole-import attempts when another writer appends to one of the plan's streams meanwhile. Default 3. */
  maxAttempts?: number;
}

export interface PlanImportResult {
  /** The name the document was given (its file name). */
  document: string;
  planId: string;
  planTitle: string;
  /** Tiltak in the document. */
  tiltak: number;
  /** Facts of the document, one event each. */
  facts: number;
  /** Events appended by this import (would be appended, on a dry run). */
  appended: number;
  /** Facts whose event an earlier import appended already. */
  alreadyPresent: number;
  /** Position of the last event appended, or null when nothing was. */
  lastPosition: bigint | null;
}

/** Who the imported events say made them: the import of a named document, never a person. */
export function importActor(document: PlanDocument): Actor {
  const titles = document.documents.map((source) => source.title).join(' + ');
  return { id: 'import', name: `Import: ${titles}`.slice(0, 300), role: 'admin' };
}

/**
 * Imports a validated plan document as events (docs/import.md). Every fact becomes a domain command with a
 * deterministic event id; facts whose event is in its stream already are skipped. The rest are decided in order
 * against a scratch copy of the plan's streams, so every domain rule applies, and only if every command succeeds
 * are their events appended to the store, stream by stream. Throws PlanImportRejected listing every refused
 * command; then nothing is appended.
 */
export async function importPlanDocument(
  document: PlanDocument,
  name: string,
  options: PlanImportOptions,
): Promise<PlanImportResult> {
  const plan = planImportSteps(document);
  if (plan.problems.length > 0) throw new PlanImportRejected(name, plan.problems);
  const maxAttempts = options.maxAttempts ?? 3;
  for (let attempt = 1; ; attempt++) {
    try {
      return await importSteps(document, name, plan.steps, options);
    } catch (error) {
      // Appends that did land are found by their event ids on the next attempt.
      if (!(error instanceof VersionConflict) || attempt >= maxAttempts) throw error;
    }
  }
}

async function importSteps(
  document: PlanDocument,
  name: string,
  steps: readonly ImportStep[],
  options: PlanImportOptions,
): Promise<PlanImportResult> {
  const existing = await readStreams(options.store, steps);
  const present = new Set([...existing.values()].flat().map((event) => event.eventId));
  const pending = steps.filter((step) => !present.has(importEventId(step.key)));
  const result = {
    document: name,
    planId: document.plan.id,
    planTitle: document.plan.title,
    tiltak: document.tiltak.length,
    facts: steps.length,
    alreadyPresent: steps.length - pending.length,
  };
  if (pending.length === 0) return { ...result, appended: 0, lastPosition: null };
  const decided = await decideOnScratch(document, name, pending, existing, options.clock);
  if (options.dryRun === true) {
    return { ...result, appended: countEvents(decided), lastPosition: null };
  }
  let lastPosition: bigint | null = null;
  for (const [streamId, events] of decided) {
    const before = existing.get(streamId)?.at(-1)?.revision ?? 'no_stream';
    lastPosition = (await options.store.append(streamId, events, before)).position;
  }
  return { ...result, appended: countEvents(decided), lastPosition };
}

/** Every stream the document writes to, as it is now (plan streams first: tiltak decisions read them). */
async function readStreams(
  store: EventStore,
  steps: readonly ImportStep[],
): Promise<Map<string, RecordedEvent[]>> {
  const streams = new Map<string, RecordedEvent[]>();
  for (const step of steps) {
    if (!streams.has(step.streamId)) streams.set(step.streamId, await store.readStream(step.streamId));
  }
  return streams;
}

/**
 * Runs the pending commands through the command handler on an in-memory store holding a copy of the streams, and
 * returns the events each stream gained, in stream order. Every refused command is collected, not just the first.
 */
async function decideOnScratch(
  document: PlanDocument,
  name: string,
  pending: readonly ImportStep[],
  existing: ReadonlyMap<string, RecordedEvent[]>,
  clock: (() => Date) | undefined,
): Promise<Map<string, NewEvent[]>> {
  const scratch = new MemoryEventStore(clock === undefined ? {} : { clock });
  try {
    for (const [streamId, events] of existing) {
      if (events.length > 0) await scratch.append(streamId, events.map(asNewEvent), 'no_stream');
    }
    const ids = new ImportEventIds();
    const handler = new CommandHandler({
      store: scratch,
      newId: ids.next,
      maxRetries: 0,
      ...(clock === undefined ? {} : { clock }),
    });
    const actor = importActor(document);
    const correlationId = randomUUID();
    const problems: ImportProblem[] = [];
    for (const step of pending) {
      ids.use(step.key);
      try {
        await handler.handle(step.command, { actor, source: step.source, correlationId });
      } catch (error) {
        if (!isDomainError(error)) throw error;
        problems.push(...refusal(step, error));
      }
    }
    if (problems.length > 0) throw new PlanImportRejected(name, problems);
    const decided = new Map<string, NewEvent[]>();
    for (const [streamId, events] of existing) {
      const added = await scratch.readStream(streamId, { fromRevision: BigInt(events.length) });
      if (added.length > 0) decided.set(streamId, added.map(asNewEvent));
    }
    return decided;
  } finally {
    await scratch.close();
  }
}

function refusal(step: ImportStep, error: DomainError): ImportProblem[] {
  const command = step.command.type;
  if (error instanceof CommandError && error.issues.length > 0) {
    return error.issues.map((issue) => ({
      path: step.path,
      code: error.code,
      command,
      message: `${issue.path}: ${issue.message}`,
    }));
  }
  return [{ path: step.path, code: error.code, command, message: error.message }];
}

/** A recorded event as an append takes it again: same id, envelope and data; the store gives it a new place. */
function asNewEvent(event: RecordedEvent): NewEvent {
  return newEvent(event, event);
}

function countEvents(decided: ReadonlyMap<string, readonly NewEvent[]>): number {
  return [...decided.values()].reduce((sum, events) => sum + events.length, 0);
}
