import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { PlanDocumentInvalid, parsePlanDocument, type PlanDocument } from './plan-document.schema.js';

export interface LoadedPlanDocument {
  /** The file name, which names the document in results, errors and logs. */
  name: string;
  document: PlanDocument;
}

/**
 * Reads and validates a plan document file. Text that is not JSON is a PlanDocumentInvalid with one problem
 * (code `invalid_json`) like any other invalid document; a file that cannot be read throws the fs error.
 */
export async function loadPlanDocumentFile(path: string): Promise<LoadedPlanDocument> {
  const name = basename(path);
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new PlanDocumentInvalid(name, [{ path: '', code: 'invalid_json', rule: null, message }]);
  }
  return { name, document: parsePlanDocument(json, name) };
}
