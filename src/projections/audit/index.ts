// The audit trail: every event in position order, with a list per actor, tiltak, plan and type.
export { AuditIndex } from './audit-index.js';
export { auditQueries, type AuditQueries } from './audit.queries.js';
