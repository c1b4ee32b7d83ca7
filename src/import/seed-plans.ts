import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EventStore } from '../store/index.js';
import { loadPlanDocumentFile } from './plan-document.file.js';
import { importPlanDocument, type PlanImportResult } from './plan-importer.js';

/** The plan documents shipped in data/plans that a first start imports, in this order. */
export const SEED_PLAN_FILES = [
  'ahus-samhandling-2020-2022.json',
  'hso-samarbeid-om-de-som-trenger-det-mest.json',
] as const;

/** The pino methods seeding uses. */
export interface SeedLogger {
  info(obj: object, msg: string): void;
}

export interface SeedOptions {
  store: EventStore;
  logger: SeedLogger;
  /** Where the documents are; default data/plans of the project this module belongs to. */
  directory?: string;
  clock?: () => Date;
}

export interface SeedResult {
  /** False when the store held events already and nothing was imported. */
  seeded: boolean;
  imports: PlanImportResult[];
}

/**
 * The first-start seed (SEED=true): on an empty store, imports the shipped plan documents and logs what each
 * brought; on a store with any event, does nothing, so a store whose seed plans were changed or retracted by users
 * is never re-seeded. A shipped document that does not import is a bug and throws, stopping the start.
 */
export async function seedPlans(options: SeedOptions): Promise<SeedResult> {
  const { store, logger } = options;
  const head = await store.headPosition();
  if (head !== null) {
    logger.info({ headPosition: head.toString() }, 'seed: the store holds events already; nothing imported');
    return { seeded: false, imports: [] };
  }
  const directory = options.directory ?? shippedPlansDirectory();
  const imports: PlanImportResult[] = [];
  for (const file of SEED_PLAN_FILES) {
    const { name, document } = await loadPlanDocumentFile(join(directory, file));
    const result = await importPlanDocument(document, name, {
      store,
      ...(options.clock === undefined ? {} : { clock: options.clock }),
    });
    logger.info(
      { document: name, planId: result.planId, tiltak: result.tiltak, events: result.appended },
      `seed: imported ${result.planTitle}`,
    );
    imports.push(result);
  }
  return { seeded: true, imports };
}

/**
 * data/plans of the project: the nearest folder above this module that holds package.json, so it is found both
 * from src/import (tests) and from dist/src/import (after `npm run build`).
 */
export function shippedPlansDirectory(moduleUrl: string = import.meta.url): string {
  let folder = dirname(fileURLToPath(moduleUrl));
  while (!existsSync(join(folder, 'package.json'))) {
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`no package.json above ${fileURLToPath(moduleUrl)}`);
    folder = parent;
  }
  return join(folder, 'data', 'plans');
}
