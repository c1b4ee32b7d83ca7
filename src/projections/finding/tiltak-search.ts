import type { TiltakStatus } from '../../domain/index.js';
import { placedTiltak, type PlacedTiltak } from '../plan-at/index.js';
import type { PartyRegister } from '../parties/index.js';
import type { PlanView } from '../read-model.js';
import { matchesText } from './text-fold.js';

/** A party's part in a tiltak as a filter asks for it. */
export type PartyRoleFilter = 'responsible' | 'participant' | 'any';

/** What `GET /tiltak` filters on; every given criterion must hold. */
export interface TiltakFilter {
  planId?: string | undefined;
  satsningsomradeId?: string | undefined;
  /** The tiltak's own tiltaksområde or one it is also listed under. */
  tiltaksomradeId?: string | undefined;
  /** Any of these; NOT_REPORTED for a tiltak with no status yet. */
  statuses?: readonly (TiltakStatus | 'NOT_REPORTED')[] | undefined;
  /** The party or any of its units, in `role`. */
  partyId?: string | undefined;
  role?: PartyRoleFilter | undefined;
  /** Has a grant for this year that stands (is not withdrawn). */
  fundedIn?: number | undefined;
  /** Every word in the title or description, case- and diacritic-insensitive. */
  q?: string | undefined;
}

/** The tiltak of the plans (in the order given) that pass the filter, each plan's in document order. */
export function findTiltak(
  plans: readonly PlanView[],
  register: PartyRegister,
  filter: TiltakFilter,
): PlacedTiltak[] {
  const partyIds = filter.partyId === undefined ? null : register.withUnits(filter.partyId);
  const role = filter.role ?? 'any';
  const statuses = filter.statuses === undefined ? null : new Set(filter.statuses);
  const found: PlacedTiltak[] = [];
  for (const plan of plans) {
    if (filter.planId !== undefined && plan.planId !== filter.planId) continue;
    const satsningsomradeOf = new Map<string, string>();
    const areaTitleOf = new Map<string, string>();
    for (const area of plan.satsningsomrader)
      for (const inner of area.tiltaksomrader) {
        satsningsomradeOf.set(inner.tiltaksomradeId, area.satsningsomradeId);
        areaTitleOf.set(inner.tiltaksomradeId, inner.title);
      }
    for (const placed of placedTiltak(plan)) {
      const { tiltak } = placed;
      const areas = [placed.tiltaksomrade.tiltaksomradeId, ...tiltak.alsoTiltaksomradeIds];
      if (filter.tiltaksomradeId !== undefined && !areas.includes(filter.tiltaksomradeId)) continue;
      if (
        filter.satsningsomradeId !== undefined &&
        !areas.some((area) => satsningsomradeOf.get(area) === filter.satsningsomradeId)
      )
        continue;
      if (statuses !== null && !statuses.has(tiltak.status ?? 'NOT_REPORTED')) continue;
      if (partyIds !== null) {
        const named = [
          ...(role === 'participant' ? [] : tiltak.responsible),
          ...(role === 'responsible' ? [] : tiltak.participants),
        ];
        if (!named.some((party) => partyIds.has(party.id))) continue;
      }
      if (
        filter.fundedIn !== undefined &&
        !tiltak.funding.some((grant) => grant.year === filter.fundedIn && grant.withdrawnAt === null)
      )
        continue;
      // The names of the tiltaksområder it is listed under count too: "skrøpelig" finds the tiltak of
      // "Skrøpelige eldre", which no tiltak's own text names.
      if (
        filter.q !== undefined &&
        !matchesText(filter.q, [
          tiltak.title,
          tiltak.description,
          ...areas.map((id) => areaTitleOf.get(id) ?? null),
        ])
      )
        continue;
      found.push(placed);
    }
  }
  return found;
}
