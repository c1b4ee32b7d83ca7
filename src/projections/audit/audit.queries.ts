import type { ReadModel } from '../read-model.js';
import type { AuditIndex } from './audit-index.js';

export type AuditQueries = Pick<ReadModel, 'audit'>;

/** The audit trail, page by page, from the audit index (which walks the shortest list the filters allow). */
export function auditQueries(audit: AuditIndex): AuditQueries {
  return { audit: (query) => audit.query(query) };
}
