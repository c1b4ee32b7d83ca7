// The importer's public surface: plan documents (docs/plan-document-format.md) imported as events (docs/import.md).

export {
  PLAN_DOCUMENT_FORMAT_VERSION,
  PlanDocumentInvalid,
  PlanDocumentSchema,
  effectiveAtToInstant,
  parseLocator,
  parsePlanDocument,
  type PlanDocument,
  type PlanDocumentInput,
  type PlanDocumentProblem,
} from './plan-document.schema.js';
export { loadPlanDocumentFile, type LoadedPlanDocument } from './plan-document.file.js';
export { PlanImportRejected, type ImportProblem } from './plan-import.errors.js';
export { importEventId } from './import-event-id.js';
export { planImportSteps, type ImportPlan, type ImportStep } from './plan-import.steps.js';
export {
  importActor,
  importPlanDocument,
  type PlanImportOptions,
  type PlanImportResult,
} from './plan-importer.js';
export {
  SEED_PLAN_FILES,
  seedPlans,
  shippedPlansDirectory,
  type SeedLogger,
  type SeedOptions,
  type SeedResult,
} from './seed-plans.js';
