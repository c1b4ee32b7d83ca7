import { placedTiltak, type PlacedTiltak } from '../plan-at/index.js';
import type { PlanView } from '../read-model.js';
import type { PartyRegister } from './party-register.js';

export const PARTY_ROLES = ['responsible', 'participant'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** A tiltak a party takes part in, itself or through its units. */
export interface PartyInvolvement extends PlacedTiltak {
  roles: PartyRole[];
  /** The parties through which it takes part: the party itself and/or its units, in the tiltak's own order. */
  via: string[];
}

/**
 * The tiltak the party (with its units) is responsible for or takes part in, in document order. A group is not
 * rolled up into its members: "Ahus og kommunene" responsible does not make each municipality responsible.
 */
export function involvementOf(
  register: PartyRegister,
  partyId: string,
  plans: readonly PlanView[],
): PartyInvolvement[] {
  const ids = register.withUnits(partyId);
  const involved: PartyInvolvement[] = [];
  for (const plan of plans) {
    for (const placed of placedTiltak(plan)) {
      const responsible = placed.tiltak.responsible.filter((party) => ids.has(party.id));
      const participant = placed.tiltak.participants.filter((party) => ids.has(party.id));
      if (responsible.length === 0 && participant.length === 0) continue;
      const roles: PartyRole[] = [];
      if (responsible.length > 0) roles.push('responsible');
      if (participant.length > 0) roles.push('participant');
      const via = [...new Set([...responsible, ...participant].map((party) => party.id))];
      involved.push(Object.assign({}, placed, { roles, via }));
    }
  }
  return involved;
}
