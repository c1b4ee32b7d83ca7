import { parseArgs } from 'node:util';
import { loadConfig, prepareDataDir } from '../config/index.js';
import type { EventStore } from '../store/index.js';
import { openEventStore } from '../store/open-event-store.js';
import {
  importPlanDocument,
  loadPlanDocumentFile,
  PlanDocumentInvalid,
  PlanImportRejected,
  type PlanImportResult,
} from '../import/index.js';

export const IMPORT_USAGE = `usage: npm run import -- [--dry-run] <plan-document.json> [more documents]
       npm run import -- --help
  imports each plan document into the store of DATA_DIR (or EVENTSTORE_CONNECTION_STRING);
  a document imported before appends nothing; --dry-run decides everything and appends nothing`;

export interface ImportCommandIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The store to import into; default: the one the configuration names, opened and closed here. */
  store?: EventStore;
}

/**
 * `npm run import`: imports each named document and prints one summary line per document, or its problems.
 * Returns the exit code: 0 when every document imported, 1 when one was rejected or failed, 2 for bad usage.
 */
export async function runImportCommand(io: ImportCommandIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...io.argv],
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return usageError(io, error instanceof Error ? error.message : String(error));
  }
  if (parsed.values.help === true) {
    io.stdout(`${IMPORT_USAGE}\n`);
    return 0;
  }
  const files = parsed.positionals;
  if (files.length === 0) return usageError(io, 'no plan document given');
  const dryRun = parsed.values['dry-run'] === true;

  let store = io.store;
  let close = async (): Promise<void> => {};
  if (store === undefined) {
    try {
      const config = loadConfig(io.env);
      if (!config.EVENTSTORE_CONNECTION_STRING && !config.DATABASE_URL) prepareDataDir(config.DATA_DIR);
      const opened = await openEventStore({
        dataDir: config.DATA_DIR,
        eventStoreConnectionString: config.EVENTSTORE_CONNECTION_STRING,
        databaseUrl: config.DATABASE_URL,
      });
      store = opened.store;
      const openedStore = opened.store;
      close = () => openedStore.close();
    } catch (error) {
      io.stderr(`import: ${error instanceof Error ? error.message : String(error)}\n`);
      return 1;
    }
  }
  let exitCode = 0;
  try {
    for (const file of files) {
      if (!(await importFile(file, store, dryRun, io))) exitCode = 1;
    }
  } finally {
    await close();
  }
  return exitCode;
}

async function importFile(
  file: string,
  store: EventStore,
  dryRun: boolean,
  io: ImportCommandIo,
): Promise<boolean> {
  try {
    const { name, document } = await loadPlanDocumentFile(file);
    const result = await importPlanDocument(document, name, { store, dryRun });
    io.stdout(`${summary(result, dryRun)}\n`);
    return true;
  } catch (error) {
    io.stderr(`${describeFailure(file, error)}\n`);
    if (error instanceof PlanDocumentInvalid || error instanceof PlanImportRejected) return false;
    if (error instanceof Error && 'code' in error && typeof error.code === 'string') return false;
    throw error;
  }
}

export function summary(result: PlanImportResult, dryRun = false): string {
  const appended = dryRun ? 'would be appended' : 'appended';
  return (
    `${result.document}: plan ${result.planId} "${result.planTitle}", ${result.tiltak} tiltak: ` +
    `${result.appended} events ${appended}, ${result.alreadyPresent} already present`
  );
}

function describeFailure(file: string, error: unknown): string {
  if (error instanceof PlanDocumentInvalid) {
    return problemList(`${error.document}: invalid plan document`, error.problems);
  }
  if (error instanceof PlanImportRejected) {
    return problemList(`${error.document}: refused by the domain's rules`, error.problems);
  }
  return `${file}: ${error instanceof Error ? error.message : String(error)}; nothing appended`;
}

function problemList(
  heading: string,
  problems: readonly { path: string; code: string; rule?: string | null; message: string }[],
): string {
  const lines = problems.map((problem) => {
    const code = problem.rule ? `${problem.code} (${problem.rule})` : problem.code;
    return `  ${problem.path || '/'}  ${code}  ${problem.message}`;
  });
  return [`${heading}, ${problems.length} problem(s), nothing appended:`, ...lines].join('\n');
}

function usageError(io: ImportCommandIo, message: string): number {
  io.stderr(`import: ${message}\n${IMPORT_USAGE}\n`);
  return 2;
}
