import type { Party } from '../../domain/index.js';
import type { PlanView, Report, ResponsibilityReportRow } from '../read-model.js';
import { compareIds, compareTiltakNumbers, NORWEGIAN, placedTiltak } from '../plan-at/index.js';
import { reportStatusLabel } from './status-label.js';

export const RESPONSIBILITY_REPORT_COLUMNS = [
  'partyId',
  'party',
  'partyKind',
  'role',
  'planId',
  'tiltakId',
  'tiltakNumber',
  'tiltak',
  'status',
  'statusLabel',
] as const satisfies readonly (keyof ResponsibilityReportRow)[];

const ROLE_ORDER = ['responsible', 'participant'] as const;
type Role = (typeof ROLE_ORDER)[number];

function uniqueById(parties: readonly Party[]): Party[] {
  const seen = new Set<string>();
  return parties.filter((party) => !seen.has(party.id) && seen.add(party.id) !== undefined);
}

/**
 * Which tiltak each party is responsible for or takes part in (issue 4, item 6): one row per (party, role,
 * tiltak). Sorted by party name (Norwegian collation), then tiltak number (natural order), role (responsible
 * first), plan id and tiltak id. `status` is the code (null when none), `statusLabel` the label.
 */
export function responsibilityReport(views: readonly PlanView[]): Report<ResponsibilityReportRow> {
  const rows: ResponsibilityReportRow[] = [];
  for (const plan of views) {
    for (const { tiltak } of placedTiltak(plan)) {
      const roles: [Role, readonly Party[]][] = [
        ['responsible', tiltak.responsible],
        ['participant', tiltak.participants],
      ];
      for (const [role, parties] of roles) {
        for (const party of uniqueById(parties)) {
          rows.push({
            partyId: party.id,
            party: party.name,
            partyKind: party.kind,
            role,
            planId: plan.planId,
            tiltakId: tiltak.tiltakId,
            tiltakNumber: tiltak.number,
            tiltak: tiltak.title,
            status: tiltak.status,
            statusLabel: reportStatusLabel(tiltak.status, tiltak.lastKnownStatus),
          });
        }
      }
    }
  }
  rows.sort(
    (a, b) =>
      NORWEGIAN.compare(a.party, b.party) ||
      compareIds(a.partyId, b.partyId) ||
      compareTiltakNumbers(a.tiltakNumber, b.tiltakNumber) ||
      ROLE_ORDER.indexOf(a.role as Role) - ROLE_ORDER.indexOf(b.role as Role) ||
      compareIds(a.planId, b.planId) ||
      compareIds(a.tiltakId, b.tiltakId),
  );
  return { columns: RESPONSIBILITY_REPORT_COLUMNS, rows };
}
