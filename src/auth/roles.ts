import { z } from 'zod';

/** Roles of DESIGN.md §5, each including what the one before it may do. */
export const roleSchema = z.enum(['reader', 'editor', 'auditor', 'admin']);
export type Role = z.infer<typeof roleSchema>;

/** What a request needs: reading state and reports, issuing commands, or reading the audit trail and event feed. */
export type Permission = 'read' | 'write' | 'audit';

const permissions: Record<Role, ReadonlySet<Permission>> = {
  reader: new Set(['read']),
  editor: new Set(['read', 'write']),
  auditor: new Set(['read', 'audit']),
  admin: new Set(['read', 'write', 'audit']),
};

export function roleMay(role: Role, permission: Permission): boolean {
  return permissions[role].has(permission);
}
