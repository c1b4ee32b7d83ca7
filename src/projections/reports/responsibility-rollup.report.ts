import { compareIds, NORWEGIAN } from '../plan-at/index.js';
import { reportStatusLabel } from './status-label.js';
import type { PlanView, Report } from '../read-model.js';
import { involvementOf } from '../parties/index.js';
import type { PartyRegister, RegisteredParty } from '../parties/index.js';

export type RolledUpResponsibilityRow = {
  partyId: string;
  party: string;
  partyKind: string;
  /** The party it is a unit of; null at the top. */
  partOf: string | null;
  planId: string;
  tiltakId: string;
  tiltakNumber: string | null;
  tiltak: string;
  status: string | null;
  statusLabel: string;
  /** `responsible`, `participant` or `responsible; participant`: the roles of the party or its units. */
  roles: string;
  /** The names through which it takes part, joined with "; ": the party itself and/or its units. */
  via: string;
};

export type ResponsibilityTotalsRow = {
  partyId: string;
  party: string;
  partyKind: string;
  partOf: string | null;
  /** Tiltak it or any of its units is responsible for or takes part in (each tiltak once). */
  tiltak: number;
  responsible: number;
  participant: number;
  /** Of `tiltak`, those that name the party itself (not only a unit of it). */
  direct: number;
};

export const ROLLED_UP_RESPONSIBILITY_COLUMNS = [
  'partyId',
  'party',
  'partyKind',
  'partOf',
  'planId',
  'tiltakId',
  'tiltakNumber',
  'tiltak',
  'status',
  'statusLabel',
  'roles',
  'via',
] as const satisfies readonly (keyof RolledUpResponsibilityRow)[];

export const RESPONSIBILITY_TOTALS_COLUMNS = [
  'partyId',
  'party',
  'partyKind',
  'partOf',
  'tiltak',
  'responsible',
  'participant',
  'direct',
] as const satisfies readonly (keyof ResponsibilityTotalsRow)[];

/** Every registered party that takes part in some tiltak (itself or through a unit), in Norwegian name order. */
function involvedParties(register: PartyRegister, plans: readonly PlanView[]) {
  return register
    .all()
    .map((party) => ({ party, involved: involvementOf(register, party.partyId, plans) }))
    .filter(({ involved }) => involved.length > 0);
}

function partyCells(party: RegisteredParty) {
  return { partyId: party.partyId, party: party.name, partyKind: party.kind, partOf: party.partOf };
}

/**
 * Per party with its units rolled up (issue 17 §2): a hospital trust counts the tiltak of its clinics, a kommune
 * those of its sykehjem, all the way down the `partOf` hierarchy. One row per (party, tiltak), each tiltak once
 * per party whatever the number of its units in it, in the plans' document order. A group is not rolled up into
 * its members (as `GET /parties/{id}`).
 */
export function rolledUpResponsibility(
  register: PartyRegister,
  plans: readonly PlanView[],
): Report<RolledUpResponsibilityRow> {
  const sorted = [...plans].sort((a, b) => compareIds(a.planId, b.planId));
  const rows: RolledUpResponsibilityRow[] = [];
  for (const { party, involved } of involvedParties(register, sorted)) {
    for (const entry of involved) {
      rows.push({
        ...partyCells(party),
        planId: entry.plan.planId,
        tiltakId: entry.tiltak.tiltakId,
        tiltakNumber: entry.tiltak.number,
        tiltak: entry.tiltak.title,
        status: entry.tiltak.status,
        statusLabel: reportStatusLabel(entry.tiltak.status, entry.tiltak.lastKnownStatus),
        roles: entry.roles.join('; '),
        via: entry.via.map((id) => register.get(id)?.name ?? id).join('; '),
      });
    }
  }
  return { columns: ROLLED_UP_RESPONSIBILITY_COLUMNS, rows };
}

/** One row per party that takes part in some tiltak: the counts of `rolledUpResponsibility`, in name order. */
export function responsibilityTotals(
  register: PartyRegister,
  plans: readonly PlanView[],
): Report<ResponsibilityTotalsRow> {
  const rows = involvedParties(register, plans).map(({ party, involved }) => ({
    ...partyCells(party),
    tiltak: involved.length,
    responsible: involved.filter((entry) => entry.roles.includes('responsible')).length,
    participant: involved.filter((entry) => entry.roles.includes('participant')).length,
    direct: involved.filter((entry) => entry.via.includes(party.partyId)).length,
  }));
  rows.sort((a, b) => NORWEGIAN.compare(a.party, b.party) || compareIds(a.partyId, b.partyId));
  return { columns: RESPONSIBILITY_TOTALS_COLUMNS, rows };
}
